/**
 * Archives on fixture content: tag pages, date pages, pagination, and the
 * promise that every post can be reached and every URL a post implies exists.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, listedPosts, page, text } from './html.ts';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { distDir, distExists, listDist, readDist } from './sites.ts';

const postUrls = listDist('fixture')
  .filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f))
  .map((f) => `/${f.replace(/index\.html$/, '')}`);

/** Every post listed on a listing and its following pages. */
function allListed(urlPath: string): string[] {
  const out: string[] = [];
  let next: string | undefined = urlPath;
  while (next) {
    out.push(...listedPosts('fixture', next));
    next = page('fixture', next).querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return out;
}

describe('tags', () => {
  it('gives Vietnamese tags plain ASCII slugs', () => {
    for (const slug of ['hanh-chinh', 'duong-pho', 'doi-song', 'a-va-b-c', 'script', 'mot-trang', 'hai-trang', 'mdx']) {
      expect(distExists('fixture', `tags/${slug}/index.html`), slug).toBe(true);
    }
  });

  it('merges spellings that differ by case, spacing or accents into one tag, named by its most used spelling', () => {
    const tagDirs = listDist('fixture').filter((f) => /^tags\/[^/]+\/index\.html$/.test(f));
    expect(tagDirs.filter((f) => f.includes('hanh'))).toEqual(['tags/hanh-chinh/index.html']);
    const doc = page('fixture', '/tags/hanh-chinh/');
    expect(text(doc.querySelector('h1'))).toBe('Thẻ: Hành chính');
    // "Hành chính" ×4 (seed, cuối tháng, ẩn, 2 bài cụm từ) beats "hành chính", "Hanh chinh" and "Hành  chính".
    expect(allListed('/tags/hanh-chinh/')).toHaveLength(8);
  });

  it('lists every tag on /tags/ by count, then name in Vietnamese order, linking to its page', () => {
    const items = page('fixture', '/tags/').querySelectorAll('.tag-cloud a');
    const rows = items.map((a) => ({
      name: text(a.childNodes[0] as never),
      count: Number(text(a.querySelector('.count'))),
      href: a.getAttribute('href'),
    }));
    expect(text(items[0])).toBe('Hai trang 11 bài viết');
    expect(rows.slice(0, 4)).toEqual([
      { name: 'Hai trang', count: 11, href: '/tags/hai-trang/' },
      { name: 'Một trang', count: 10, href: '/tags/mot-trang/' },
      { name: 'Hành chính', count: 8, href: '/tags/hanh-chinh/' },
      { name: 'Jekyll', count: 7, href: '/tags/jekyll/' },
    ]);
    expect(rows[4]).toEqual({ name: 'Thử HTML', count: 2, href: '/tags/thu-html/' });
    const ones = rows.slice(5);
    expect(ones.every((r) => r.count === 1)).toBe(true);
    expect(ones.map((r) => r.name)).toEqual(ones.map((r) => r.name).sort(new Intl.Collator('vi').compare));
    expect(rows.map((r) => r.name)).not.toContain('Nháp');
  });

  it('puts exactly one page of posts on one page, with no pagination', () => {
    expect(listedPosts('fixture', '/tags/mot-trang/')).toHaveLength(10);
    expect(page('fixture', '/tags/mot-trang/').querySelector('.pagination')).toBeNull();
    expect(distExists('fixture', 'tags/mot-trang/page/2/index.html')).toBe(false);
  });

  it('puts one post more than a page on a second page, linked both ways with rel prev/next', () => {
    const first = page('fixture', '/tags/hai-trang/');
    expect(listedPosts('fixture', '/tags/hai-trang/')).toHaveLength(10);
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/tags/hai-trang/page/2/');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    const second = page('fixture', '/tags/hai-trang/page/2/');
    expect(listedPosts('fixture', '/tags/hai-trang/page/2/')).toEqual(['/2024/11/01/hai-trang-1/']);
    expect(second.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/tags/hai-trang/');
    expect(second.querySelector('a[rel="next"]')).toBeNull();
    expect(text(second.querySelector('h1'))).toBe('Thẻ: Hai trang · Trang 2/2');
    expect(distExists('fixture', 'tags/hai-trang/page/3/index.html')).toBe(false);
  });

  it('lists a tag newest first', () => {
    const listed = allListed('/tags/hai-trang/');
    expect(listed[0]).toBe('/2024/11/11/hai-trang-11/');
    expect(listed.at(-1)).toBe('/2024/11/01/hai-trang-1/');
  });
});

describe('date archives', () => {
  it('files a post at 23:30 on 31 July under July, and one at 23:30 on 31 December under that year', () => {
    expect(postUrls).toContain('/2025/07/31/hop-cuoi-thang/');
    expect(listedPosts('fixture', '/2025/07/')).toContain('/2025/07/31/hop-cuoi-thang/');
    expect(listedPosts('fixture', '/2025/07/31/')).toEqual(['/2025/07/31/hop-cuoi-thang/']);
    expect(distExists('fixture', '2025/08/01/index.html')).toBe(false);
    expect(listedPosts('fixture', '/2025/12/31/')).toEqual(['/2025/12/31/tong-ket-nam/']);
  });

  it('honours an explicit offset: 20:00 on 31 December at -05:00 is 1 January 2026 in Hà Nội', () => {
    expect(listedPosts('fixture', '/2026/01/01/')).toEqual(['/2026/01/01/gio-new-york/']);
    const time = page('fixture', '/2026/01/01/gio-new-york/').querySelector('.post-header__meta time')!;
    expect(time.getAttribute('datetime')).toBe('2026-01-01T08:00:00+07:00');
  });

  it('titles and breadcrumbs each level in Vietnamese', () => {
    const month = page('fixture', '/2025/07/');
    expect(text(month.querySelector('h1'))).toBe('Tháng 7, 2025');
    expect(month.querySelectorAll('.breadcrumbs li').map(text)).toEqual(['Trang chủ', '2025', 'Tháng 7']);
    expect(month.querySelector('.breadcrumbs a[href="/2025/"]')).not.toBeNull();
    expect(text(page('fixture', '/2025/').querySelector('h1'))).toBe('Năm 2025');
    expect(text(page('fixture', '/2025/07/31/').querySelector('h1'))).toBe('Ngày 31 tháng 7, 2025');
  });

  it('lists a year’s months with their counts, newest first, and leaves empty months out', () => {
    const months = page('fixture', '/2025/').querySelectorAll('.month-list li').map(text);
    expect(months).toEqual([
      'Tháng 12 1 bài viết',
      'Tháng 10 2 bài viết',
      'Tháng 9 3 bài viết',
      'Tháng 8 4 bài viết',
      'Tháng 7 2 bài viết',
      'Tháng 6 1 bài viết',
      'Tháng 5 1 bài viết',
    ]);
    for (const empty of ['01', '02', '03', '04', '11']) {
      expect(distExists('fixture', `2025/${empty}/index.html`), empty).toBe(false);
    }
  });

  it('paginates a long year like the home page', () => {
    expect(listedPosts('fixture', '/2024/')).toHaveLength(10);
    expect(listedPosts('fixture', '/2024/page/3/')).toHaveLength(4);
    expect(page('fixture', '/2024/page/2/').querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/2024/');
  });

  it('/archive/ lists every post by year and month, each group linking to its date page', () => {
    const doc = page('fixture', '/archive/');
    expect(doc.querySelectorAll('.archive-year > h2 a').map((a) => a.getAttribute('href'))).toEqual(['/2026/', '/2025/', '/2024/', '/2023/']);
    expect(doc.querySelectorAll('.archive-month > h3').map(text).slice(0, 2)).toEqual(['Tháng 2, 2026 4 bài viết', 'Tháng 1, 2026 2 bài viết']);
    const listed = doc.querySelectorAll('.archive-list a').map((a) => a.getAttribute('href'));
    expect([...listed].sort()).toEqual([...postUrls].sort());
  });
});

describe('what is published', () => {
  it('leaves drafts (draft: true or in _drafts/), unpublished and future posts out of every page, count and tag', () => {
    // No file for them or their tags...
    const files = listDist('fixture');
    for (const gone of ['ban-nhap', 'nhap-jekyll', 'chua-cong-bo', 'bai-tuong-lai', 'tags/nhap', 'tags/hen-gio', '2099']) {
      expect(files.join('\n'), gone).not.toContain(gone);
    }
    // ...nor a word of them in any page, feed, sitemap or search fragment.
    const titles = ['Bản nháp không được đăng', 'Bài chưa công bố', 'Bài hẹn giờ trong tương lai', 'Bản nháp trong thư mục _drafts'];
    const words = [...titles, 'ban-nhap', 'chua-cong-bo', 'bai-tuong-lai', 'nhap-jekyll', 'Nháp', 'Hẹn giờ'];
    for (const file of files.filter((f) => /\.(html|xml)$/.test(f))) {
      const content = readDist('fixture', file);
      for (const w of words) expect(content.includes(w), `${file} holds "${w}"`).toBe(false);
    }
    const fragments = files.filter((f) => f.startsWith('pagefind/fragment/')).map((f) => gunzipSync(readFileSync(join(distDir('fixture'), f))).toString());
    expect(fragments.length).toBe(postUrls.length + 3); // and the standalone pages: about, lien-he, trang-thu
    for (const w of titles) expect(fragments.some((f) => f.includes(w)), w).toBe(false);
  });

  it('counts only public posts: every count shown equals the posts listed under it', () => {
    // /tags/: each tag's count is the number of posts its pages list.
    for (const a of page('fixture', '/tags/').querySelectorAll('.tag-cloud a')) {
      const count = Number(text(a.querySelector('.count')));
      expect(allListed(a.getAttribute('href')!), a.getAttribute('href')!).toHaveLength(count);
    }
    // /archive/ and each year page: each year's and month's count is the number of posts under it.
    const archive = page('fixture', '/archive/');
    let total = 0;
    for (const h of archive.querySelectorAll('.archive-year > h2, .archive-month > h3')) {
      const href = h.querySelector('a')!.getAttribute('href')!;
      const count = Number(/(\d+) bài viết/.exec(text(h.querySelector('.count')))![1]);
      expect(allListed(href), href).toHaveLength(count);
      if (h.tagName === 'H2') total += count;
    }
    expect(total).toBe(postUrls.length);
    expect(text(archive.querySelector('.listing__intro'))).toBe(`Tất cả bài viết, theo năm và tháng. ${postUrls.length} bài viết.`);
    for (const li of page('fixture', '/2025/').querySelectorAll('.month-list li')) {
      const href = li.querySelector('a')!.getAttribute('href')!;
      expect(allListed(href), href).toHaveLength(Number(/(\d+) bài viết/.exec(text(li.querySelector('.count')))![1]));
    }
  });

  it('keeps hidden posts off the home page but in archives and tags', () => {
    const hidden = '/2025/09/01/bai-an/';
    expect(allListed('/')).not.toContain(hidden);
    expect(allListed('/tags/hanh-chinh/')).toContain(hidden);
    expect(listedPosts('fixture', '/2025/09/')).toContain(hidden);
    expect(page('fixture', '/archive/').querySelector(`a[href="${hidden}"]`)).not.toBeNull();
  });

  it('lists on the home page, newest first after the pinned post, every public post that is not hidden, once', () => {
    const home = allListed('/');
    // Hidden: bai-an, and the seven Hux/kramdown posts of 2023 (hux.test.ts).
    expect(home).toHaveLength(postUrls.length - 8);
    expect(new Set(home).size).toBe(home.length);
    expect(home.slice(0, 2)).toEqual(['/2025/06/15/lich-tiep-cong-dan/', '/2026/02/09/canh-bao-mua-lon/']);
    expect(home.at(-1)).toBe('/2024/03/15/tu-rat-dai/');
  });
});

describe('reachability', () => {
  it('reaches every post from /archive/ and from each of its tags', () => {
    const archive = page('fixture', '/archive/');
    for (const url of postUrls) {
      expect(archive.querySelector(`a[href="${url}"]`), url).not.toBeNull();
      for (const tag of page('fixture', url).querySelectorAll('.post-header .tag')) {
        expect(allListed(tag.getAttribute('href')!), `${url} from ${tag.getAttribute('href')}`).toContain(url);
      }
    }
  });

  it('has a page at every URL a post URL implies: its day, month and year', () => {
    for (const url of postUrls) {
      const [, y, m, d] = url.split('/');
      for (const cut of [`/${y}/`, `/${y}/${m}/`, `/${y}/${m}/${d}/`]) {
        expect(existsSync(join(distDir('fixture'), fileFor(cut))), `${url} -> ${cut}`).toBe(true);
      }
    }
  });

  it('links each post to its newer and older neighbours', () => {
    const doc = page('fixture', '/2025/07/31/hop-cuoi-thang/');
    expect(doc.querySelector('.post-nav a[rel="prev"]')!.getAttribute('href')).toBe('/2025/08/05/sua-duong/');
    expect(doc.querySelector('.post-nav a[rel="next"]')!.getAttribute('href')).toBe(
      '/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/',
    );
  });
});

describe('an empty site', () => {
  it('builds and says there are no posts yet', () => {
    const doc = page('empty', '/');
    expect(text(doc.querySelector('.empty__title'))).toBe('Chưa có bài viết');
    expect(text(page('empty', '/archive/'))).toContain('Chưa có bài viết');
    expect(text(page('empty', '/tags/'))).toContain('Chưa có bài viết');
  });
});
