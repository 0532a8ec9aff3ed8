/**
 * Ward notices and standalone pages on the fixture site, built at a fixed "now"
 * (FIXTURE_NOW, 10/2/2026 08:00 Hà Nội): four urgent notices in force, one
 * expired, a pinned old post, a pin that has ended, and a fixture page.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { listedPosts, page, text } from './html.ts';
import { distExists, listDist, readDist, type SiteName } from './sites.ts';
import { loadPagefind } from './pagefind.ts';
import { vietnameseSearch } from '../../src/lib/search-query.ts';

const STORM = '/2026/02/09/canh-bao-mua-lon/';
const WATER = '/2026/02/08/tam-ngung-cap-nuoc/';
const SPRAY = '/2026/02/07/phun-thuoc-diet-muoi/';
const TRAFFIC = '/2026/02/06/dieu-chinh-giao-thong/';
const COLD = '/2026/01/20/canh-bao-ret-dam/';
const PINNED = '/2025/06/15/lich-tiep-cong-dan/';
const OLD_PIN = '/2025/05/20/ghim-het-han/';

/** Every post the home page lists, across its pages. */
function homeListed(): string[] {
  const out: string[] = [];
  let next: string | undefined = '/';
  while (next) {
    out.push(...listedPosts('fixture', next));
    next = page('fixture', next).querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return out;
}

// /admin/ is the CMS's own page (no site layout); every other page has the banner and footer.
// The site's own pages: not the editor (/admin/) nor the redirect pages at old addresses (a refresh and a link, no layout).
const redirectFiles = (site: SiteName): Set<string> =>
  new Set(distExists(site, 'redirects.json') ? (JSON.parse(readDist(site, 'redirects.json')) as { file: string }[]).map((r) => r.file.replace(/^\/+/, '')) : []);
const htmlPages = (site: SiteName) => {
  const redirects = redirectFiles(site);
  return listDist(site).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/') && !redirects.has(f));
};

describe('the urgent notices banner', () => {
  const expected = [
    ['Cảnh báo mưa lớn và ngập úng cục bộ', STORM, 'đến 18:00 ngày 11/2/2026', '2026-02-11T18:00:00+07:00'],
    ['Tạm ngừng cấp nước để thay ống dẫn', WATER, 'đến 17:30 ngày 10/2/2026', '2026-02-10T17:30:00+07:00'],
    ['Phun thuốc diệt muỗi phòng sốt xuất huyết', SPRAY, 'đến 17:00 ngày 14/2/2026', '2026-02-14T17:00:00+07:00'],
  ];

  it('is at the top of every page, first after the skip link: the three newest notices in force, then a link to all four', () => {
    const files = htmlPages('fixture');
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const doc = page('fixture', file);
      const banners = doc.querySelectorAll('.notice-banner');
      expect(banners, file).toHaveLength(1);
      const body = doc.querySelector('body')!.children;
      expect(body[0].classList.contains('skip-link'), file).toBe(true);
      expect(body[1], file).toBe(banners[0]);
      expect(body[2].tagName, file).toBe('HEADER');
      const items = banners[0].querySelectorAll('.notice-banner__item').map((li) => {
        const a = li.querySelector('a')!;
        const time = li.querySelector('time')!;
        return [text(a), a.getAttribute('href'), text(time), time.getAttribute('datetime')];
      });
      expect(items, file).toEqual(expected);
      const more = banners[0].querySelector('.notice-banner__more a')!;
      expect([text(more), more.getAttribute('href')], file).toEqual(['Xem tất cả 4 thông báo khẩn', '/thong-bao-khan/']);
      expect(banners[0].getAttribute('aria-label')).toBe('Thông báo khẩn');
    }
  });

  it('never shows an expired notice, nor the fourth notice, in any banner', () => {
    for (const file of htmlPages('fixture')) {
      const banner = page('fixture', file).querySelector('.notice-banner')!;
      for (const gone of [COLD, TRAFFIC, OLD_PIN, PINNED]) expect(banner.querySelector(`a[href="${gone}"]`), `${file}: ${gone}`).toBeNull();
    }
  });

  it('is nowhere on a site with no urgent notice in force', () => {
    for (const file of htmlPages('site')) {
      expect(readDist('site', file), file).not.toContain('notice-banner');
    }
  });

  it('honours the base path', () => {
    const banner = page('staging', '/').querySelector('.notice-banner')!;
    expect(banner.querySelector('a')!.getAttribute('href')).toBe(`/staging${STORM}`);
    expect(banner.querySelector('.notice-banner__more a')!.getAttribute('href')).toBe('/staging/thong-bao-khan/');
  });

  it('leads to /thong-bao-khan/, which lists every notice in force, newest first', () => {
    const doc = page('fixture', '/thong-bao-khan/');
    expect(text(doc.querySelector('h1'))).toBe('Thông báo khẩn');
    expect(listedPosts('fixture', '/thong-bao-khan/')).toEqual([STORM, WATER, SPRAY, TRAFFIC]);
    expect(text(page('site', '/thong-bao-khan/').querySelector('.empty__title'))).toBe('Hiện không có thông báo khẩn nào.');
  });
});

describe('a notice’s own page', () => {
  it('says until when a notice in force applies', () => {
    const status = page('fixture', STORM).querySelector('.notice-status')!;
    expect(text(status)).toBe('Có hiệu lực đến 18:00 ngày 11/2/2026');
    expect(status.classList.contains('notice-status--expired')).toBe(false);
  });

  it('marks an expired notice “Đã hết hạn” with when it ended', () => {
    const status = page('fixture', COLD).querySelector('.notice-status')!;
    expect(text(status)).toBe('Đã hết hạn Thông báo này hết hiệu lực lúc 18:00 ngày 22/1/2026.');
    expect(status.classList.contains('notice-status--expired')).toBe(true);
    expect(text(page('fixture', OLD_PIN).querySelector('.notice-status'))).toBe('Đã hết hạn Thông báo này hết hiệu lực lúc 17:00 ngày 31/1/2026.');
  });

  it('keeps the expired notice in archives, its tag, the feed and search', async () => {
    expect(page('fixture', '/archive/').querySelector(`a[href="${COLD}"]`)).not.toBeNull();
    expect(listedPosts('fixture', '/2026/01/')).toContain(COLD);
    expect(listedPosts('fixture', '/tags/thoi-tiet/')).toEqual([COLD]);
    const summary = page('fixture', '/tags/thoi-tiet/').querySelector('.post-summary')!;
    expect(text(summary.querySelector('.badge--expired'))).toBe('Đã hết hạn');
    const feed = new XMLParser().parse(readDist('fixture', 'feed.xml')).rss.channel.item as { link: string }[];
    expect(feed.map((i) => i.link)).toContain(`https://tuongmai.com${COLD}`);
    const pagefind = await loadPagefind('fixture');
    const { results } = await vietnameseSearch(pagefind, 'ret dam');
    expect(await Promise.all(results.map(async (r) => (await r.data()).url))).toContain(COLD);
  });
});

describe('the home page', () => {
  it('leads with the pinned post in force, marked, above newer posts, and lists it only there', () => {
    const doc = page('fixture', '/');
    const listed = listedPosts('fixture', '/');
    expect(listed).toHaveLength(10);
    expect(listed.slice(0, 4)).toEqual([PINNED, STORM, WATER, SPRAY]);
    expect(text(doc.querySelector('.post-summary .badge--pinned'))).toBe('Tin ghim');
    expect(doc.querySelectorAll('.badge--pinned')).toHaveLength(1);
    expect(homeListed().filter((u) => u === PINNED)).toHaveLength(1);
  });

  it('puts a pin that has ended back in its place by date', () => {
    expect(listedPosts('fixture', '/').slice(0, 2)).not.toContain(OLD_PIN);
    const pages = homeListed();
    expect(pages.filter((u) => u === OLD_PIN)).toHaveLength(1);
    expect(pages.indexOf(OLD_PIN)).toBeGreaterThan(pages.indexOf('/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/'));
  });
});

describe('standalone pages', () => {
  it('are built at /<file name>/ with their own head', () => {
    const doc = page('fixture', '/trang-thu/');
    expect(text(doc.querySelector('title'))).toBe('Trang thử nghiệm · Phường Tương Mai');
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(
      'Một trang đứng riêng để kiểm thử, có thứ tự trong thanh điều hướng và ngày cập nhật.',
    );
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://tuongmai.com/trang-thu/');
    expect(doc.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('website');
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe('https://tuongmai.com/trang-thu/');
    expect(text(doc.querySelector('main h1'))).toBe('Trang thử nghiệm');
    expect(text(doc.querySelector('.page__updated'))).toBe('Cập nhật ngày 15 tháng 1, 2026');
    expect(doc.querySelector('main h2#muc-mot')).not.toBeNull();
    expect(page('staging', '/trang-thu/').querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://staging.example.org/staging/trang-thu/',
    );
  });

  it('join the menu in their nav order, marked on their own page', () => {
    const nav = page('fixture', '/trang-thu/').querySelectorAll('.site-nav a');
    expect(nav.map((a) => [text(a), a.getAttribute('href')]).slice(4)).toEqual([
      ['Giới thiệu', '/about/'],
      ['Liên hệ', '/lien-he/'],
      ['Trang thử nghiệm', '/trang-thu/'],
    ]);
    expect(nav.filter((a) => a.getAttribute('aria-current') === 'page').map(text)).toEqual(['Trang thử nghiệm']);
  });

  it('keep Giới thiệu at /about/', () => {
    const doc = page('site', '/about/');
    expect(text(doc.querySelector('main h1'))).toBe('Giới thiệu');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://tuongmai.com/about/');
    expect(doc.querySelector('main a[href="/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/"]')).not.toBeNull();
    expect(page('staging', '/about/').querySelector('main a[href="/staging/archive/"]')).not.toBeNull();
  });
});

describe('Liên hệ', () => {
  const doc = page('site', '/lien-he/');

  it('gives the national emergency numbers as tel: links, and no other number', () => {
    const tel = doc.querySelectorAll('a[href^="tel:"]').map((a) => [a.getAttribute('href'), text(a)]);
    expect(tel).toEqual([
      ['tel:113', '113 Công an'],
      ['tel:114', '114 Phòng cháy, chữa cháy và cứu nạn, cứu hộ'],
      ['tel:115', '115 Cấp cứu y tế'],
    ]);
  });

  it('links the national public service portal and the Hà Nội portal', () => {
    const links = doc.querySelectorAll('main .contact-points__portals a').map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn/'],
      ['Cổng thông tin thành phố Hà Nội', 'https://hanoi.gov.vn/'],
    ]);
  });

  it('shows no ward address, phone or email while the config has none', () => {
    expect(doc.querySelector('.contact-points__ward')).toBeNull();
    expect(doc.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
    expect(text(doc.querySelector('main'))).not.toMatch(/Địa chỉ|Điện thoại:/);
  });
});

describe('the footer of every page', () => {
  it('says the site is a community one, not the ward government, and links to Liên hệ and the official portals', () => {
    for (const site of ['fixture', 'site'] as const) {
      for (const file of htmlPages(site)) {
        const footer = page(site, file).querySelector('footer')!;
        expect(text(footer.querySelector('p')), `${site} ${file}`).toBe(
          'Trang tin cộng đồng về phường Tương Mai, thành phố Hà Nội; không phải trang chính thức của chính quyền phường. Thông tin chính thức có trên các cổng thông tin dưới đây.',
        );
        expect(text(footer.querySelector('a[href="/lien-he/"]')), `${site} ${file}`).toBe('Liên hệ');
        expect(text(footer.querySelector('a[href="https://dichvucong.gov.vn/"]')), `${site} ${file}`).toBe('Cổng Dịch vụ công quốc gia');
        expect(text(footer.querySelector('a[href="https://hanoi.gov.vn/"]')), `${site} ${file}`).toBe('Cổng thông tin thành phố Hà Nội');
        expect(text(footer.querySelector('.site-footer__copy')), `${site} ${file}`).toMatch(/^© \d{4} Trang tin cộng đồng phường Tương Mai$/);
      }
    }
    expect(page('staging', '/').querySelector('footer a[href="/staging/lien-he/"]')).not.toBeNull();
  });

  it('is preceded by the page’s address, for paper only', () => {
    expect(text(page('fixture', STORM).querySelector('.print-address'))).toBe(`Xem trên mạng: https://tuongmai.com${STORM}`);
  });
});
