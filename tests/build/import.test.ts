/**
 * Three Jekyll sites (tests/fixtures/jekyll/: a Hux blog, a site with
 * category folders under a base URL, a Vietnamese blog full of Liquid and
 * kramdown) imported by `npm run import:jekyll` and built (the `imported`
 * site of global-setup): what readers of the new site see.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileFor, page, text } from './html.ts';
import { distExists, importReport, listDist, readDist } from './sites.ts';

/** Old URL (as the old site served it, base URL included) -> the post's new URL. */
const OLD_URLS: Record<string, string> = {
  // permalink: pretty, built in UTC.
  '/2017/02/28/bai-song-ngu/': '/2017/02/28/bai-song-ngu/',
  '/2017/03/01/trinh-chieu/': '/2017/03/01/trinh-chieu/',
  '/2018/01/01/cong-thuc/': '/2018/01/01/cong-thuc/',
  // 23:30 UTC on the 6th is the 7th in Hà Nội.
  '/2019/05/06/muc-luc/': '/2019/05/07/muc-luc/',
  '/2019/05/07/tu-wordpress/': '/2019/05/07/tu-wordpress/',
  // /:categories/:title/ under baseurl /tin: categories lower-cased, the title's case kept.
  '/tin/vi/news/thông-báo/khẩn/Họp-Dân-Cư/': '/2024/10/08/hop-dan-cu/',
  '/tin/en/events/meeting/': '/2024/10/09/meeting/',
  '/tin/cuoi-nam/': '/2025/01/01/cuoi-nam/',
  // A post's own permalink.
  '/tin/gioi-thieu-chuyen-muc.html': '/2024/11/20/gioi-thieu/',
  // /:year/:month/:title.html, .markdown, .html and .mkd posts.
  '/2023/01/chao-mung.html': '/2023/01/05/chao-mung/',
  '/2023/02/trang-html.html': '/2023/02/10/trang-html/',
  '/2023/03/khong-co-phan-dau.html': '/2023/03/03/khong-co-phan-dau/',
  '/2023/04/ngay-ruby.html': '/2023/04/04/ngay-ruby/',
};

const NEW_URLS = [...new Set(Object.values(OLD_URLS))];

// The rendering half of issue 8: redirect pages, kramdown and maths plugins, Hux's header, credit and keynote.
const rendering = it;

/** The text of each code block (the parser keeps <pre> as raw text: it is parsed again here). */
function codeBlocks(doc: HTMLElement): string[] {
  return doc.querySelectorAll('.post-body pre').map((pre) => parse(pre.innerHTML).text);
}

/** What a reader sees of some HTML, code blocks and code spans left out. */
function proseText(el: HTMLElement): string {
  const copy = parse(el.toString());
  for (const code of copy.querySelectorAll('pre, code')) code.remove();
  return text(copy);
}

function proseOf(doc: HTMLElement): string {
  return proseText(doc.querySelector('.post-body')!);
}

describe('npm run import:jekyll on three Jekyll sites', () => {
  it('reports each file, Vietnamese then English, with file and line for what it could not carry over', () => {
    const hux = readFileSync(importReport('hux'), 'utf-8');
    expect(hux.split('\n')[0]).toBe('exit 0');
    expect(hux).toContain('_posts/2019-05-07-tu-wordpress.md:11: bỏ khóa lang (của theme hay công cụ khác, trang mới không dùng)\n');
    expect(hux).toContain('_posts/2019-05-07-tu-wordpress.md:11: dropped key lang (from another theme or tool; the new site has no use for it)\n');
    expect(hux).toContain('  - đổi tên thành 2019-05-07-muc-luc.md\n    renamed to 2019-05-07-muc-luc.md\n');

    const blog = readFileSync(importReport('vi-blog'), 'utf-8');
    // A missing image and an unknown Liquid tag are reported; the post is still imported, so the exit code is 0.
    expect(blog.split('\n')[0]).toBe('exit 0');
    expect(blog).toContain('_posts/2023-01-05-chao-mung.markdown:74: image /img/khong-co-anh.png is missing from the old site itself');
    expect(blog).toContain('_posts/2023-01-05-chao-mung.markdown:40: Liquid tag {% youtube abc123 %} is not supported');
    expect(blog).toContain('_posts/2023-01-05-chao-mung.markdown\n  - đã nhập, địa chỉ mới /2023/01/05/chao-mung/\n    imported, new URL /2023/01/05/chao-mung/\n');
    expect(blog).toContain('Content check: 14 posts pass.');
  });

  it('serves every post at its new URL', () => {
    for (const url of NEW_URLS) expect(distExists('imported', fileFor(url)), url).toBe(true);
  });

  rendering.each(Object.entries(OLD_URLS).filter(([old, now]) => old !== now))('%s still reaches the post at %s', (old, now) => {
    expect(distExists('imported', fileFor(old)), `no page at ${old}`).toBe(true);
    const doc = page('imported', old);
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toMatch(new RegExp(`^0; ?url=${now}$`, 'i'));
    expect(new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(now);
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(now);
  });

  rendering('shows no Liquid or kramdown syntax outside code, in pages, descriptions and the feed', () => {
    for (const url of NEW_URLS) {
      const doc = page('imported', url);
      const prose = proseOf(doc);
      for (const syntax of ['{%', '{{', '{:', '%}', '}}']) expect(prose, `${syntax} in ${url}`).not.toContain(syntax);
      const description = doc.querySelector('meta[name="description"]')!.getAttribute('content')!;
      for (const syntax of ['{%', '{{', '{:', '<!--']) expect(description, `${syntax} in the description of ${url}`).not.toContain(syntax);
    }
    const items = new XMLParser().parse(readDist('imported', 'feed.xml')).rss.channel.item as Record<string, string>[];
    expect(items.length).toBe(NEW_URLS.length);
    for (const item of items) {
      const prose = `${item.title} ${item.description} ${proseText(parse(item['content:encoded']))}`;
      for (const syntax of ['{%', '{{', '{:', '%}', '}}']) expect(prose, `${syntax} in the feed item of ${item.link}`).not.toContain(syntax);
    }
  });

  it('renders Liquid as Jekyll did: includes with parameters, _data, filters, post_url and links to posts', () => {
    const doc = page('imported', '/2023/01/05/chao-mung/');
    const prose = proseOf(doc);
    expect(prose).toContain('Bài mở đầu của Sổ tay thử nghiệm');
    expect(text(doc.querySelector('.ghi-chu'))).toBe('Lưu ý: nội dung từ include');
    expect(prose).toContain('Có 2 liên kết: Trang chủ, Lưu trữ.');
    expect(prose).toContain('Ngày đăng: 05/01/2023; liên hệ sotay@example.vn; tên gọn sổ-tay-thử.');
    expect(doc.querySelectorAll('.post-body strong').map((s) => text(s)).slice(0, 2)).toEqual(['Lưu ý', 'bạn đọc']);
    const links = doc.querySelectorAll('.post-body a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/2023/04/04/ngay-ruby/');
    expect(links).toContain('/2023/02/10/trang-html/');
    // Written as the old /:title.html address in an .html post, now the new URL.
    expect(page('imported', '/2023/02/10/trang-html/').querySelector('.post-body a')!.getAttribute('href')).toBe('/2023/01/05/chao-mung/');
    expect(page('imported', '/2024/10/09/meeting/').querySelector('.post-body a')!.getAttribute('href')).toBe('/2024/10/08/hop-dan-cu/');
    expect(page('imported', '/2024/11/20/gioi-thieu/').querySelector('.post-body a')!.getAttribute('href')).toBe('/2024/10/08/hop-dan-cu/');
  });

  it('turns {% highlight %} into a code block and keeps {% raw %} Liquid as text in its code block', () => {
    const codes = codeBlocks(page('imported', '/2023/01/05/chao-mung/'));
    expect(codes).toEqual([
      'def chao(ten)\n  puts "Xin chào #{ten}"\nend',
      '{{ page.title }} và {% if x %}thẻ Liquid{% endif %} được giữ nguyên trong khối raw.',
    ]);
  });

  it('keeps an .html post as HTML: no Markdown read into it, no indented line turned into code', () => {
    const doc = page('imported', '/2023/02/10/trang-html/');
    expect(proseOf(doc)).toContain('có *dấu sao* không phải Markdown');
    expect(doc.querySelector('.post-body pre')).toBeNull();
    expect(text(doc.querySelector('.post-body'))).toContain('Dòng thụt lề bốn dấu cách vẫn là HTML.');
  });

  it('drops an excerpt separator that is not an HTML comment', () => {
    const prose = proseOf(page('imported', '/2025/01/01/cuoi-nam/'));
    expect(prose).toBe('Viết lúc 23:30 giờ UTC: ở Tokyo và Hà Nội đã sang năm mới. Phần sau dấu tách tóm tắt.');
  });

  it('keeps an HTML block with blank lines in a Markdown post as HTML', () => {
    const doc = page('imported', '/2023/01/05/chao-mung/');
    expect(doc.querySelectorAll('.khung p').map((p) => text(p))).toEqual(['Đoạn HTML có dòng trống bên trong.', 'Đoạn thứ hai.']);
  });

  it('copies the images posts use to the paths the new posts use', () => {
    const files = listDist('imported');
    for (const image of ['img/post-bg-hop-dan.png', 'img/in-bai/so-do.png', 'assets/anh-chung.png', 'img/tieu-de.png', 'img/anh-html.png', '2023/01/images/anh-tuong-doi.png', '2023/pictures/anh-cha.png']) {
      expect(files).toContain(image);
    }
    // Relative to the old /2023/01/chao-mung.html: images/… and ../pictures/…. The build serves local photos
    // resized (src/lib/images.ts), named after the file they come from; a missing file stays as written.
    const sources = page('imported', '/2023/01/05/chao-mung/').querySelectorAll('.post-body img').map((i) => i.getAttribute('src'));
    for (const name of ['anh-tuong-doi', 'anh-cha', 'tieu-de']) {
      expect(sources).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^/_img/[0-9a-f]{16}/${name}-\\d+\\.jpg$`))]));
    }
  });

  rendering('carries the Hux header: the image under its mask, with the photo credit', () => {
    const header = page('imported', '/2019/05/07/muc-luc/').querySelector('.post-header')!;
    // A local header photo is a resized <picture> covering the header (src/lib/images.ts).
    expect(header.querySelector('.post-header__photo')!.getAttribute('src')).toMatch(/\/post-bg-hop-dan-\d+\.jpg$/);
    expect(header.getAttribute('style')).toContain('--header-mask: 0.3');
    const credit = page('imported', '/2017/02/28/bai-song-ngu/').querySelector('a[href="https://example.org/anh"]');
    expect(text(credit)).toBe('Ảnh: Nhóm thử nghiệm');
  });

  rendering('draws the gradient header, the text header, and the maths as MathML', () => {
    const doc = page('imported', '/2018/01/01/cong-thuc/');
    expect(doc.querySelector('.post-header')!.getAttribute('style')).toContain('linear-gradient(135deg, #1e3a8a, #0e7490)');
    // header-style: text: the title on the page's own background, no photo.
    expect(page('imported', '/2019/05/07/tu-wordpress/').querySelector('.post-header')!.getAttribute('style') ?? '').not.toContain('url(');
    expect(doc.querySelectorAll('.post-body math').length).toBe(2);
    expect(proseOf(doc)).not.toContain('$');
  });

  rendering('shows a keynote in its frame, over https', () => {
    const frame = page('imported', '/2017/03/01/trinh-chieu/').querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://slides.example.org/bai-trinh-chieu/');
  });

  it('keeps the multilingual post’s two languages', () => {
    const prose = proseOf(page('imported', '/2017/02/28/bai-song-ngu/'));
    expect(prose).toContain('Đây là phần tiếng Việt của bài song ngữ.');
    expect(prose).toContain('This is the English part of the bilingual post.');
  });

  it('keeps tags in any script, and turns categories into tags', () => {
    expect(text(page('imported', '/tags/微信/').querySelector('.post-summary__title'))).toBe('Chào mừng đến sổ tay');
    const tags = page('imported', '/2024/10/08/hop-dan-cu/').querySelectorAll('.post-header a').map((a) => text(a));
    expect(tags).toEqual(expect.arrayContaining(['vi', 'news', 'Thông-Báo', 'Khẩn']));
  });

  it('imports drafts as drafts: not published', () => {
    expect(listDist('imported').some((f) => f.includes('ban-nhap'))).toBe(false);
  });
});
