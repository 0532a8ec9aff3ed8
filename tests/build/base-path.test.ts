/**
 * A staging copy under a sub-path (BASE_PATH=/staging, SITE_URL set): every
 * link, asset, feed and sitemap entry must stay inside /staging/.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { page } from './html.ts';
import { listDist, readDist } from './sites.ts';

const POST = '2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
const ORIGIN = 'https://staging.example.org';

describe('a site built under BASE_PATH=/staging', () => {
  const pages = listDist('staging').filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

  it('keeps every link and asset of every page under /staging/', () => {
    for (const file of pages) {
      const doc = page('staging', file);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
        if (url.startsWith('#')) continue;
        const absolute = new URL(url, `${ORIGIN}/staging/${file}`);
        if (absolute.origin !== ORIGIN) continue; // content images on other sites
        expect(absolute.pathname, `${file}: ${url}`).toMatch(/^\/staging\//);
      }
    }
  });

  it('puts the base path on links and images written in raw HTML and MDX JSX, and loads those images lazily', () => {
    for (const [path, alt] of [['2025/09/11/html-tho/', 'Ảnh chèn bằng HTML'], ['2025/09/10/bai-mdx/', 'Ảnh chèn bằng JSX']]) {
      const body = page('staging', path).querySelector('.post-body')!;
      const img = body.querySelector(`img[alt="${alt}"]`)!;
      // Local photos are served resized, from the base path (src/lib/images.ts).
      expect(img.getAttribute('src'), path).toMatch(/^\/staging\/_img\/[0-9a-f]{16}\/og-default-1200\.jpg$/);
      expect(img.getAttribute('loading'), path).toBe('lazy');
    }
    expect(page('staging', '2025/09/11/html-tho/').querySelector('.post-body a')!.getAttribute('href')).toBe('/staging/archive/');
    expect(page('staging', '2025/09/10/bai-mdx/').querySelector('.post-body a[href="/staging/tags/"]')).not.toBeNull();
  });

  it('writes absolute URLs with SITE_URL and the base path', () => {
    const doc = page('staging', POST);
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${ORIGIN}/staging/${POST}`);
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(
      /^https:\/\/staging\.example\.org\/staging\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-og\.jpg$/,
    );
    expect(doc.querySelector('.post-header__photo')!.getAttribute('src')).toMatch(/^\/staging\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-1200\.jpg$/);
    expect(readDist('staging', 'robots.txt')).toContain(`Sitemap: ${ORIGIN}/staging/sitemap-index.xml`);
  });

  it('links the feed and the sitemap inside the base path', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const channel = parser.parse(readDist('staging', 'feed.xml')).rss.channel;
    expect(channel.link).toBe(`${ORIGIN}/staging/`);
    expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}/staging/feed.xml`);
    const items = Array.isArray(channel.item) ? channel.item : [channel.item];
    expect(items.map((i: { link: string }) => i.link)).toContain(`${ORIGIN}/staging/${POST}`);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${ORIGIN}/staging/`));
    const urls = parser.parse(readDist('staging', 'sitemap-0.xml')).urlset.url as { loc: string }[];
    for (const u of urls) expect(u.loc).toMatch(new RegExp(`^${ORIGIN}/staging/`));
  });

  it('points the search page at the bundle and results under the base path', () => {
    const root = page('staging', 'search/index.html').querySelector('[data-pagefind-bundle]')!;
    expect(root.getAttribute('data-pagefind-bundle')).toBe('/staging/pagefind/');
    expect(root.getAttribute('data-base')).toBe('/staging/');
  });
});
