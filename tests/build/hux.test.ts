/**
 * Posts as Jekyll and the Hux theme wrote them (tests/fixtures/posts/2023-03-*):
 * Hux's headers, keynote, multilingual and maths posts, every kramdown
 * construct, jemoji, and old addresses that still lead to the post. Read from
 * the fixture site's real build, as a reader, a feed reader or a crawler sees it.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { page, text } from './html.ts';
import { loadPagefind } from './pagefind.ts';
import { distExists, listDist, readDist, type SiteName } from './sites.ts';

const GRADIENT = '/2023/03/02/dau-trang-chuyen-mau/';
const PHOTO = '/2023/03/03/anh-co-tac-gia/';
const KRAMDOWN = '/2023/03/07/cu-phap-kramdown/';
const MATHS = '/2023/03/06/cong-thuc-toan/';

/** kramdown, Liquid and maths syntax that must never reach a reader as text. */
const RAW_SYNTAX = /\{:|\{\{|\{%|\$\$|\*\[[A-Z]+\]:|\[\^/;

/** HTML without what may legitimately hold syntax: code, scripts, and the TeX kept inside MathML for copying. */
function prose(html: string): string {
  return html.replace(/<(pre|code|script|annotation)\b[^]*?<\/\1>/g, '');
}

const body = (path: string) => page('fixture', path).querySelector('.post-body')!;
/** The text of a highlighted code block (the parser keeps <pre> content as raw HTML). */
const codeText = (el: HTMLElement | null) => (el?.innerHTML ?? '').replace(/<[^>]+>/g, '');

describe('nothing of kramdown syntax reaches a reader as text', () => {
  it('in no page of the site', () => {
    // /admin/ is the editor's page, with its own test.
    const pages = listDist('fixture').filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) expect(prose(readDist('fixture', file)), file).not.toMatch(RAW_SYNTAX);
  });

  it('in no meta description, link preview or listing excerpt', () => {
    for (const file of listDist('fixture').filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const doc = parse(readDist('fixture', file));
      for (const meta of doc.querySelectorAll('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]')) {
        expect(meta.getAttribute('content'), file).not.toMatch(RAW_SYNTAX);
      }
    }
    expect(page('fixture', KRAMDOWN).querySelector('meta[name="description"]')!.getAttribute('content')).toBe('Hồ sơ nộp qua cổng DVC 🎉');
    expect(page('fixture', MATHS).querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      'Diện tích mảnh vườn ở ngõ Tương Mai là S = a × b, với a là chiều dài.',
    );
  });

  it('in no feed entry, where the maths is MathML', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' });
    const items = parser.parse(readDist('fixture', 'tags/jekyll/feed.xml')).rss.channel.item as Record<string, string>[];
    expect(items).toHaveLength(7);
    for (const item of items) {
      expect(item.description, item.title).not.toMatch(RAW_SYNTAX);
      expect(prose(item['content:encoded']), item.title).not.toMatch(RAW_SYNTAX);
    }
    const maths = items.find((i) => i.title === 'Công thức toán')!;
    expect(maths['content:encoded']).toContain('<math display="block" class="tml-display" style="display:block math;">');
  });
});

describe('the kramdown post', () => {
  const el = (selector: string) => body(KRAMDOWN).querySelector(selector)!.outerHTML;

  it('has its {:toc} as a table of contents of its headings', () => {
    expect(el('nav.toc--body')).toBe(
      '<nav class="toc toc--body" aria-label="Mục lục" data-pagefind-ignore=""><p class="toc__title">Mục lục</p><ol>' +
        '<li><a href="#thong-bao">Thông báo</a></li><li><a href="#thuat-ngu">Thuật ngữ</a></li><li><a href="#bang">Bảng</a></li></ol></nav>',
    );
  });

  it('gives attribute lists to paragraphs, links, emphasis, headings and tables', () => {
    expect(el('p.lead')).toBe(
      '<p class="lead">Hồ sơ nộp qua cổng <abbr title="Dịch vụ công">DVC</abbr><sup><a href="#user-content-fn-dvc" id="user-content-fnref-dvc" ' +
        'data-footnote-ref aria-describedby="footnote-label">1</a></sup> 🎉</p>',
    );
    expect(el('p.notice')).toBe('<p class="notice">Mang theo căn cước khi đến <abbr title="Ủy ban nhân dân">UBND</abbr>.</p>');
    expect(el('a.btn')).toBe('<a href="/archive/" id="dang-ky" class="btn">Đăng ký trực tuyến</a>');
    expect(el('em.em')).toBe('<em class="em">gọi điện</em>');
    expect(el('#thuat-ngu')).toBe('<h2 id="thuat-ngu">Thuật ngữ</h2>');
    expect(body(KRAMDOWN).querySelector('table')!.getAttribute('class')).toBe('bang-so');
  });

  it('renders the definition list, the table footer and the markdown="1" block', () => {
    expect(el('dl')).toBe('<dl>\n<dt>Căn cước</dt>\n<dd>Giấy tờ tùy thân của công dân.</dd>\n</dl>');
    expect(el('tfoot')).toBe('<tfoot><tr>\n<td>Cộng</td>\n<td style="text-align: right">50</td>\n</tr></tfoot>');
    expect(body(KRAMDOWN).querySelectorAll('tbody tr')).toHaveLength(2);
    expect(el('div.notice')).toBe('<div class="notice">\n<p><strong>Lưu ý:</strong> giờ làm việc từ 8 giờ 🕗</p>\n</div>');
  });

  it('labels its footnotes in Vietnamese and keeps code as written', () => {
    const notes = body(KRAMDOWN).querySelector('section.footnotes')!;
    expect(text(notes.querySelector('h2'))).toBe('Chú thích');
    expect(notes.querySelector('a[data-footnote-backref]')!.getAttribute('aria-label')).toBe('Quay lại chỗ dẫn chú thích 1');
    expect(codeText(body(KRAMDOWN).querySelector('pre'))).toBe('{: .khong-doi} $$1+1$$ :smile:');
  });
});

describe('the maths post (mathjax: true)', () => {
  const html = body(MATHS).outerHTML;

  it('has MathML for every formula, displayed ones as blocks, and no script', () => {
    expect(body(MATHS).querySelectorAll('math')).toHaveLength(5);
    expect(body(MATHS).querySelectorAll('math[display="block"]')).toHaveLength(2);
    expect(page('fixture', MATHS).querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(readDist('fixture', 'index.html')).not.toContain('mathjax');
  });

  it('keeps the Vietnamese with stacked marks right beside a formula intact', () => {
    expect(html).toContain('Ở đây, Ữ Ặ Ậ Ỗ Ờ <math><semantics><msqrt>');
    expect(html).toContain('</math> Ữ Ặ Ậ Ỗ Ờ.</p>');
    expect(html).toContain('<mtext>Diện\u00a0tích</mtext>');
  });

  it('leaves a lone dollar and dollars in code as text', () => {
    expect(text(body(MATHS).querySelectorAll('p')[3])).toBe('Phí 5$ một tháng không phải công thức.');
    expect(codeText(body(MATHS).querySelector('pre'))).toBe('$$ trong khối mã vẫn là chữ $$');
  });
});

describe('Hux headers', () => {
  const header = (path: string): HTMLElement => page('fixture', path).querySelector('header.post-header')!;

  it('header-style: text has no band and no image, even with header-img', () => {
    const h = header('/2023/03/01/dau-trang-chu/');
    expect(h.getAttribute('class')).toBe('post-header post-header--text');
    expect(h.getAttribute('style')).toBeUndefined();
    expect(h.querySelector('.post-header__credit')).toBeNull();
  });

  it('header-bg-css without an image is the band’s background', () => {
    const h = header(GRADIENT);
    expect(h.getAttribute('class')).toBe('post-header post-header--gradient');
    expect(h.getAttribute('style')).toBe('--header-bg: linear-gradient(135deg, #1e3a8a 0%, #0e7490 100%)');
  });

  it('a header image shows its credit, linked', () => {
    expect(header(PHOTO).querySelector('.post-header__credit')!.outerHTML).toBe(
      '<p class="post-header__credit" data-pagefind-ignore>Ảnh: <a href="https://example.org/nhom-bien-tap" rel="noopener">Nhóm biên tập</a></p>',
    );
  });
});

describe('layout: keynote', () => {
  it('shows the slides in a lazy, titled frame under the header, with a link to open them', () => {
    const doc = page('fixture', '/2023/03/04/trinh-chieu/');
    expect(doc.querySelector('header.post-header + figure.keynote')).not.toBeNull();
    expect(doc.querySelector('.keynote iframe')!.outerHTML).toBe(
      '<iframe src="https://docs.google.com/presentation/d/e/hop-to-dan-pho/embed" title="Bản trình chiếu: Trình chiếu họp tổ dân phố" ' +
        'loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    expect(doc.querySelector('.keynote__link a')!.getAttribute('href')).toBe('https://docs.google.com/presentation/d/e/hop-to-dan-pho/embed');
  });
});

describe('multilingual: true', () => {
  const doc = () => page('fixture', '/2023/03/05/song-ngu/');

  it('links to each language, in the order of the blocks', () => {
    expect(doc().querySelector('.lang-switch')!.outerHTML).toBe(
      '<nav class="lang-switch" aria-label="Chọn ngôn ngữ của bài" data-pagefind-ignore><ul>' +
        '<li><a href="#lang-en" hreflang="en" lang="en">English</a></li><li><a href="#lang-vi" hreflang="vi" lang="vi">Tiếng Việt</a></li></ul></nav>',
    );
  });

  it('marks each block with its language; Vietnamese shows first; no script', () => {
    const blocks = doc().querySelectorAll('.post-lang');
    expect(blocks.map((b) => [b.id, b.getAttribute('lang'), b.classList.contains('post-lang--default')])).toEqual([
      ['lang-en', 'en', false],
      ['lang-vi', 'vi', true],
    ]);
    expect(text(blocks[1])).toBe('Giới thiệu Phần tiếng Việt của trang.');
    expect(doc().querySelector('meta[name="description"]')!.getAttribute('content')).toBe('Phần tiếng Việt của trang.');
  });
});

describe('old addresses (redirect_from)', () => {
  const OLD = [
    ['2019/05/dau-trang-cu.html', GRADIENT, 'Đầu trang chuyển màu'],
    ['tin-cu/dau-trang/index.html', GRADIENT, 'Đầu trang chuyển màu'],
    ['anh-cu/index.html', PHOTO, 'Ảnh đầu trang có ghi tác giả'],
  ] as const;

  function redirect(site: SiteName, file: string) {
    const doc = parse(readDist(site, file));
    return {
      refresh: doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
      canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content'),
      link: doc.querySelector('body a')?.outerHTML,
      text: text(doc.querySelector('body')),
      scripts: doc.querySelectorAll('script').length,
    };
  }

  it('each has a page that sends the reader to the post, canonical to it, not indexed, with a Vietnamese link', () => {
    for (const [file, to, title] of OLD) {
      expect(redirect('fixture', file), file).toEqual({
        refresh: `0; url=${to}`,
        canonical: `https://tuongmai.com${to}`,
        robots: 'noindex',
        link: `<a href="${to}">${title}</a>`,
        text: `Bài viết này đã chuyển sang địa chỉ mới: ${title}`,
        scripts: 0,
      });
    }
  });

  it('lives under the base path on a staging copy', () => {
    expect(redirect('staging', '2019/05/dau-trang-cu.html')).toMatchObject({
      refresh: `0; url=/staging${GRADIENT}`,
      canonical: `https://staging.example.org/staging${GRADIENT}`,
      link: `<a href="/staging${GRADIENT}">Đầu trang chuyển màu</a>`,
    });
    expect(readDist('staging', '_redirects')).toContain(`/staging/2019/05/dau-trang-cu.html /staging${GRADIENT} 301\n`);
  });

  it('is listed for servers: _redirects (301s) and redirects.json', () => {
    expect(readDist('fixture', '_redirects')).toBe(
      `/anh-cu ${PHOTO} 301\n/2019/05/dau-trang-cu.html ${GRADIENT} 301\n/tin-cu/dau-trang/ ${GRADIENT} 301\n`,
    );
    expect(JSON.parse(readDist('fixture', 'redirects.json')).map((r: { from: string; to: string; status: number }) => [r.from, r.to, r.status])).toEqual([
      ['/anh-cu', PHOTO, 301],
      ['/2019/05/dau-trang-cu.html', GRADIENT, 301],
      ['/tin-cu/dau-trang/', GRADIENT, 301],
    ]);
  });

  it('is in neither the sitemap nor the search index', async () => {
    const sitemap = readDist('fixture', 'sitemap-0.xml');
    for (const old of ['dau-trang-cu', 'tin-cu', 'anh-cu', 'redirects.json', '_redirects']) expect(sitemap).not.toContain(old);
    const pagefind = await loadPagefind('fixture');
    const { results } = (await pagefind.search('chuyển sang địa chỉ mới'))!;
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    // Posts and standalone pages may answer; no redirect page may.
    const redirects = (JSON.parse(readDist('fixture', 'redirects.json')) as { file: string }[]).map((r) => '/' + r.file.replace(/index\.html$/, ''));
    expect(redirects.length).toBeGreaterThan(0);
    expect(urls.filter((u) => redirects.includes(u))).toEqual([]);
    expect(distExists('fixture', '2023/03/02/dau-trang-chuyen-mau/index.html')).toBe(true);
  });
});
