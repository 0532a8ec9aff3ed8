/**
 * What subscribers and search engines read: the RSS feeds and the sitemap,
 * parsed with a real XML parser, as a feed reader or crawler would.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, page } from './html.ts';
import { distDir, listDist, readDist, type SiteName } from './sites.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category', 'url', 'sitemap'].includes(name) });

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category?: string[];
}

/** The pages of old addresses (redirect_from) only send readers on: no feed link, not in the sitemap (see hux.test.ts). */
const isRedirectPage = (file: string) => readDist('fixture', file).includes('<meta http-equiv="refresh"');

function feed(site: SiteName, path: string) {
  const xml = readDist(site, path);
  expect(XMLValidator.validate(xml), path).toBe(true);
  const channel = parser.parse(xml).rss.channel;
  return { channel, items: (channel.item ?? []) as Item[] };
}

describe('the site feed, /feed.xml', () => {
  const { channel, items } = feed('site', 'feed.xml');

  it('describes the ward’s channel in Vietnamese, with its own address', () => {
    expect(channel.title).toBe('Phường Tương Mai');
    expect(channel.description).toMatch(/phường Tương Mai/);
    expect(channel.link).toBe('https://tuongmai.com/');
    expect(channel.language).toBe('vi');
    expect(channel.lastBuildDate).toBe('Mon, 30 Jun 2025 17:00:01 GMT');
    expect(channel['atom:link']['@_href']).toBe('https://tuongmai.com/feed.xml');
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('carries the seed post with each of its fields', () => {
    expect(items).toHaveLength(1);
    const [item] = items;
    const url = 'https://tuongmai.com/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
    expect(item.title).toBe('Tương Mai với mô hình chính quyền hai cấp');
    expect(item.link).toBe(url);
    expect(item.guid).toEqual({ '#text': url, '@_isPermaLink': 'true' });
    expect(new Date(item.pubDate).toISOString()).toBe('2025-06-30T17:00:01.000Z');
    expect(item.pubDate).toBe('Mon, 30 Jun 2025 17:00:01 GMT');
    expect(item.category).toEqual(['Hành chính']);
    expect(item.description).toBe('Gần dân hơn, kiến tạo hơn');
    const html = item['content:encoded'];
    expect(html).toContain('<h2 id=');
    expect(html.match(/<figure>/g)).toHaveLength(3);
    expect(html).not.toContain('[//]');
  });
});

describe('feeds of fixture content', () => {
  const { items } = feed('fixture', 'feed.xml');

  it('holds the newest 20 public posts, newest first, and never a draft, future or unpublished post', () => {
    expect(items).toHaveLength(20);
    const times = items.map((i) => new Date(i.pubDate).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items[0].link).toBe('https://tuongmai.com/2026/02/09/canh-bao-mua-lon/');
    const links = items.map((i) => i.link).join(' ');
    for (const gone of ['ban-nhap', 'chua-cong-bo', 'bai-tuong-lai']) expect(links).not.toContain(gone);
  });

  it('makes every relative link and image in the post body absolute', () => {
    const mdx = items.find((i) => i.link.endsWith('/2025/09/10/bai-mdx/'))!;
    const html = mdx['content:encoded'];
    expect(html).toContain('href="https://tuongmai.com/about/"');
    expect(html).toMatch(/src="https:\/\/tuongmai\.com\/_img\/[0-9a-f]{16}\/og-default-1200\.jpg"/);
    expect(html).toContain('href="https://tuongmai.com/2025/09/10/bai-mdx/#phan-mot"');
    expect(html).toContain('Bài thử MDX, năm 2025.');
    for (const m of html.matchAll(/\s(?:src|href)="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\//);
  });

  it('keeps titles, tags and bodies with & < " </script> and control characters well-formed and intact', () => {
    const item = items.find((i) => i.link.endsWith('/2025/08/10/ky-tu-dac-biet/'))!;
    expect(item.title).toBe('Thông báo A & B <b>đậm</b> "trích" </script><script>alert(1)</script> chuông');
    expect(item.category).toEqual(['A & B <c>', '</script>']);
    expect(item.description).toBe('Mô tả có & < > " và </script>');
    expect(item['content:encoded']).toContain('&amp; &lt; &gt;');
    expect(readDist('fixture', 'feed.xml')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('gives each tag its own feed, linked from the tag page', () => {
    const tag = feed('fixture', 'tags/hanh-chinh/feed.xml');
    expect(tag.channel['atom:link']['@_href']).toBe('https://tuongmai.com/tags/hanh-chinh/feed.xml');
    expect(tag.channel.link).toBe('https://tuongmai.com/tags/hanh-chinh/');
    expect(tag.items).toHaveLength(8);
    for (const item of tag.items) expect(item.category).toContain('Hành chính');
    const doc = page('fixture', '/tags/hanh-chinh/');
    const alternates = doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
    expect(alternates).toEqual(['https://tuongmai.com/feed.xml', 'https://tuongmai.com/tags/hanh-chinh/feed.xml']);
    expect(doc.querySelector('main a[href="/tags/hanh-chinh/feed.xml"]')).not.toBeNull();
  });

  it('announces the site feed in every page head and links it in every footer', () => {
    for (const file of listDist('fixture').filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/') && !isRedirectPage(f))) {
      const doc = page('fixture', file);
      expect(doc.querySelector('link[rel="alternate"][href="https://tuongmai.com/feed.xml"]'), file).not.toBeNull();
      expect(doc.querySelector('footer a[href="/feed.xml"]'), file).not.toBeNull();
    }
  });
});

describe('the sitemap', () => {
  function sitemapUrls(site: SiteName): { loc: string; lastmod?: string }[] {
    const index = parser.parse(readDist(site, 'sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
    return index.flatMap((s) => {
      const file = new URL(s.loc).pathname.replace(/^\//, '');
      return parser.parse(readDist(site, file)).urlset.url;
    });
  }
  const urls = sitemapUrls('fixture');
  const paths = urls.map((u) => new URL(u.loc).pathname);

  it('lists only pages that exist in the build', () => {
    for (const path of paths) expect(existsSync(join(distDir('fixture'), fileFor(path))), path).toBe(true);
  });

  it('lists every public page: posts, home pages, tags, archives, dates, standalone pages, notices', () => {
    const pages = listDist('fixture')
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/') && !isRedirectPage(f))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect([...paths].sort()).toEqual(pages.sort());
    for (const must of ['/', '/page/2/', '/tags/', '/tags/hai-trang/page/2/', '/archive/', '/2025/', '/2025/07/', '/2025/07/31/', '/about/', '/lien-he/', '/trang-thu/', '/thong-bao-khan/', '/search/']) {
      expect(paths, must).toContain(must);
    }
    expect(paths.join(' ')).not.toMatch(/404|ban-nhap|chua-cong-bo|2099/);
  });

  it('dates each post by its last change, else its publication', () => {
    const lastmod = (p: string) => urls.find((u) => new URL(u.loc).pathname === p)?.lastmod;
    expect(lastmod('/2025/10/01/cum-tu-chinh-xac/')).toBe('2025-10-05T03:00:00.000Z');
    expect(lastmod('/2025/07/31/hop-cuoi-thang/')).toBe('2025-07-31T16:30:00.000Z');
    expect(sitemapUrls('site').find((u) => u.loc.endsWith('-hai-cap/'))?.lastmod).toBe('2025-06-30T17:00:01.000Z');
  });

  it('is announced by robots.txt with its absolute address', () => {
    expect(readDist('site', 'robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://tuongmai.com/sitemap-index.xml\n');
  });
});

describe('feed items that are easy to get wrong', () => {
  const { items } = feed('fixture', 'tags/thu-html/feed.xml');
  const item = (slug: string) => items.find((i) => i.link.endsWith(`/${slug}/`))!;

  it('keeps href="/…" and src="/…" written inside <code> as the post wrote them', () => {
    const html = item('mo-dau-bang-html')['content:encoded'];
    expect(html).toContain('<code>&lt;img src="/img/a.jpg"&gt;</code>');
    expect(html).toContain('"/lien-he/"');
    expect(html).not.toContain('https://tuongmai.com/lien-he/');
    expect(html).not.toContain('https://tuongmai.com/img/a.jpg');
  });

  it('describes a post that opens with inline HTML, and a photo-only post, never with nothing', () => {
    expect(item('mo-dau-bang-html').description).toBe('(Tin kiểm tra) - Đoạn mở đầu bắt đầu bằng chữ đậm viết bằng HTML, như các bài chép từ trang cũ.');
    expect(item('chi-co-anh').description).toBe('Ảnh thử: sân trước trụ sở');
  });

  it('gives every item of every feed a description', () => {
    for (const file of listDist('fixture').filter((f) => f.endsWith('feed.xml'))) {
      for (const i of feed('fixture', file).items) expect(String(i.description ?? '').trim(), `${file}: ${i.link}`).not.toBe('');
    }
  });
});
