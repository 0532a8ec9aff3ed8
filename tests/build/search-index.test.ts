/**
 * The search index that `astro build` writes, queried from Node with the
 * site's own query logic: what residents type must find what they mean.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { vietnameseSearch, type PagefindApi } from '../../src/lib/search-query.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { close as closePagefind } from 'pagefind';
import { join } from 'node:path';
import { indexFiles } from '../../src/integrations/pagefind.ts';
import { searchablePath } from '../../src/lib/search-pages.ts';
import { loadPagefind } from './pagefind.ts';
import { buildLog, distDir, distExists, listDist, readDist } from './sites.ts';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
beforeAll(async () => {
  pagefind = await loadPagefind('fixture');
});

async function urls(query: string, options = {}): Promise<string[]> {
  const { results } = await vietnameseSearch(pagefind, query, options);
  return Promise.all(results.map(async (r) => (await r.data()).url));
}

/** The excerpt a query shows for one page. */
async function excerptOf(query: string, url: string): Promise<string | undefined> {
  const { results } = await vietnameseSearch(pagefind, query);
  const data = await Promise.all(results.map((r) => r.data()));
  return data.find((d) => d.url === url)?.excerpt;
}

async function firstExcerpt(query: string): Promise<string> {
  const { results } = await vietnameseSearch(pagefind, query);
  return (await results[0].data()).excerpt;
}

const SEED = '/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
const ROAD = '/2025/08/05/sua-duong/';

describe('the index written while the pages render (src/lib/search-feed.ts)', () => {
  it('is, byte for byte, the index of the built pages read back from dist/ in the order the build started them', async () => {
    const log = buildLog('fixture').replace(/\x1b\[[0-9;]*m/g, '');
    // Astro logs each page as it starts rendering: '├─ /2025/07/01/slug/index.html'. The first few start
    // before any is done, so their lines run on into the next one's time: '├─ /about/index.html15:00:24   ├─ …'.
    const started = [...log.matchAll(/├─ \/(\S+?)(?=\d\d:\d\d:\d\d|\s|$)/g)].map(([, file]) => file.replace(/(^|\/)index\.html$/, '$1'));
    const searchable = searchablePath(['about/', 'lien-he/', 'trang-thu/']);
    const chosen = started.filter(searchable);
    expect(chosen.length).toBeGreaterThan(30);
    // Every page the index reads renders before any other (searchableFirst): the index was written while the others rendered.
    expect(started.slice(0, chosen.length)).toEqual(chosen);
    expect(started.length).toBeGreaterThan(chosen.length + 50);
    expect(log).toMatch(
      new RegExp(`\\(${chosen.length} of \\d+ pages indexed as they were rendered; at most \\d+ waiting for Pagefind at once; its writing began \\d+ ms before the last page\\)`),
    );
    const out = mkdtempSync(join(tmpdir(), 'tuongmai-pagefind-'));
    try {
      await indexFiles(distDir('fixture'), chosen, out);
      const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
      const built = join(distDir('fixture'), 'pagefind');
      expect(files(built)).toEqual(files(out));
      for (const file of files(out)) expect(readFileSync(join(built, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
      await closePagefind();
    }
  });
});

describe('the index astro build writes', () => {
  it('is in dist/pagefind, with no separate step', () => {
    expect(distExists('fixture', 'pagefind/pagefind.js')).toBe(true);
    expect(distExists('site', 'pagefind/pagefind.js')).toBe(true);
  });

  it('holds posts and standalone pages only: not the home page, archives, tags or notices list', async () => {
    const { results } = (await pagefind.search('phường'))!;
    const all = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(all.length).toBeGreaterThan(0);
    for (const url of all) expect(url).toMatch(/^\/(\d{4}\/\d{2}\/\d{2}\/[^/]+|about|lien-he|trang-thu)\/$/);
    expect(all).toContain('/about/');
    expect(all).toContain('/lien-he/');
  });

  it('indexes every post page and standalone page, nothing else: the pages of the index are exactly those', async () => {
    const indexed = await Promise.all((await pagefind.search(null))!.results.map(async (r) => (await r.data()).url));
    const posts = listDist('fixture')
      .filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(posts.length).toBeGreaterThan(30);
    expect(indexed.sort()).toEqual([...posts, '/about/', '/lien-he/', '/trang-thu/'].sort());
  });

  it('of a site with no posts holds its standalone pages only: not the home page, /tags/ or /404.html', () => {
    // Before, Pagefind read all of dist/ and "phường" found /, /tags/ and /404.html.
    const entry = JSON.parse(readDist('empty', 'pagefind/pagefind-entry.json'));
    expect(entry.languages.vi.page_count).toBe(2); // Giới thiệu and Liên hệ
    expect(listDist('empty').filter((f) => f.startsWith('pagefind/fragment/'))).toHaveLength(2);
  });

  it('indexes the article, not the nav, footer, table of contents or tag list', async () => {
    expect((await pagefind.search('"bỏ qua"'))!.results).toHaveLength(0); // the skip link in the header
    const rss = await Promise.all((await pagefind.search('RSS'))!.results.map(async (r) => (await r.data()).url));
    expect(rss).toEqual(['/about/']); // the about page's own text; not the footer of every page
    expect((await pagefind.search('"Mục lục"'))!.results).toHaveLength(0); // the table of contents
    expect((await pagefind.search('MDX'))!.results.length).toBe(1); // the title, not the tag “MDX” on other pages
  });

  it('indexes photo captions', async () => {
    expect((await urls('"Lan Chi"'))[0]).toBe(SEED);
    expect((await urls('Lan Chi'))[0]).toBe(SEED);
  });

  it('carries each post’s tags as a filter, its date as meta and a date sort key', async () => {
    const tags = (await pagefind.filters()).tag;
    expect(tags['Hành chính']).toBe(8);
    expect(tags['Đường phố']).toBe(1);
    const { results } = (await pagefind.search('Tương Mai', { filters: { tag: 'Hành chính' } }))!;
    const data = await Promise.all(results.map((r) => r.data()));
    expect(data.map((d) => d.url)).toContain(SEED);
    const seed = data.find((d) => d.url === SEED)!;
    expect(seed.meta.title).toBe('Tương Mai với mô hình chính quyền hai cấp');
    expect(seed.meta.date).toBe('1 tháng 7, 2025');
    expect(seed.meta.image).toMatch(/^\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-480\.webp$/);
    expect(seed.filters!.tag).toEqual(['Hành chính']);
  });
});

describe('queries residents type', () => {
  // The about page states who the chairwoman is, from the seed post: both answer the query.
  it('"dao thi thu hang", without tone marks or đ, finds the chairwoman’s post and the about page first', async () => {
    expect((await urls('dao thi thu hang')).slice(0, 2).sort()).toEqual([SEED, '/about/']);
    expect(await excerptOf('dao thi thu hang', SEED)).toMatch(/<mark>Đào<\/mark> <mark>Thị<\/mark> <mark>Thu<\/mark> <mark>Hằng<\/mark>/);
  });

  it('"duong", "dang ky" and "dong da" find đường, đăng ký and Đống Đa, highlighted as written', async () => {
    expect((await urls('duong'))[0]).toBe(ROAD);
    expect((await urls('dang ky'))[0]).toBe(ROAD);
    expect((await urls('dong da'))[0]).toBe(ROAD);
    expect(await firstExcerpt('dong da')).toContain('<mark>Đống</mark> <mark>Đa');
    expect(await firstExcerpt('dang ky')).toContain('<mark>đăng</mark> <mark>ký');
  });

  it('finds the same with tone marks, in capitals, and in decomposed (NFD) form', async () => {
    const marked = await urls('Đào Thị Thu Hằng');
    expect(marked.slice(0, 2).sort()).toEqual([SEED, '/about/']);
    for (const q of ['ĐÀO THỊ THU HẰNG', 'Đào Thị Thu Hằng'.normalize('NFD'), 'đào thị thu hằng']) {
      expect(await urls(q), q).toEqual(marked);
    }
    expect((await urls('DAO THI THU HANG')).slice(0, 2).sort()).toEqual([SEED, '/about/']);
    expect((await urls('Đống Đa'.normalize('NFD')))[0]).toBe(ROAD);
    expect((await urls('ĐƯỜNG'))[0]).toBe(ROAD);
  });

  it('ranks pages with a quoted phrase exactly first', async () => {
    const phrase = await urls('"chính quyền hai cấp"');
    const loose = await urls('chính quyền hai cấp');
    expect(loose).toContain('/2025/10/02/tu-roi-rac/');
    expect(phrase.indexOf('/2025/10/02/tu-roi-rac/')).toBeGreaterThan(phrase.indexOf('/2025/10/01/cum-tu-chinh-xac/'));
    expect(phrase.indexOf('/2025/10/02/tu-roi-rac/')).toBeGreaterThan(phrase.indexOf(SEED));
    expect(await urls('"chinh quyen hai cap"')).toEqual(phrase);
  });

  it('says which word no page contains, instead of drifting to pages that match the rest', async () => {
    const outcome = await vietnameseSearch(pagefind, 'tuong mai xyzzy');
    expect(outcome.results).toHaveLength(0);
    expect(outcome.missing).toEqual(['xyzzy']);
  });

  it('sorts by newest on request, and filters by tag', async () => {
    const newest = await urls('bai thu', { sort: { date: 'desc' } });
    expect(newest[0]).toBe('/2026/02/09/canh-bao-mua-lon/');
    expect(newest.at(-1)).toBe('/2024/10/01/mot-trang-1/');
    expect(newest).toHaveLength(39); // posts only: standalone pages have no date to sort by
    const tagged = await urls('tuong mai', { filters: { tag: { any: ['Đường phố'] } } });
    expect(tagged).toEqual([]);
    expect(await urls('', { filters: { tag: { any: ['Đường phố'] } } })).toEqual([ROAD]);
  });

  it('orders by date alone when newest first is asked, whatever the phrase ranking', async () => {
    const byDate = (list: string[]) => [...list].sort().reverse();
    for (const q of ['dao thi thu hang', 'chinh quyen hai cap', '"chính quyền hai cấp"']) {
      const newest = await urls(q, { sort: { date: 'desc' } });
      expect(newest.length, q).toBeGreaterThan(1);
      expect(newest, q).toEqual(byDate(newest));
    }
  });

  it('lists a tag without words newest first, even when no sort is given', async () => {
    const listed = await urls('', { filters: { tag: { any: ['Hành chính'] } }, sort: undefined });
    expect(listed).toHaveLength(8);
    expect(listed).toEqual([...listed].sort().reverse());
  });
});

describe('the real site', () => {
  it('finds the seed post for the queries residents type', async () => {
    const site: PagefindApi = await loadPagefind('site');
    for (const q of ['dao thi thu hang', 'tuong mai', 'hanh chinh', '"chính quyền hai cấp"', 'cong chuc so']) {
      const { results } = await vietnameseSearch(site, q);
      expect(results.length, q).toBeGreaterThan(0);
    }
  });
});
