/** The order pages reach the search index while they render (src/lib/search-feed.ts). */
import { describe, expect, it, vi } from 'vitest';
import { onRequest } from '../../src/integrations/pagefind-middleware.ts';
import { SearchFeed, setCurrentFeed } from '../../src/lib/search-feed.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { searchablePath } from '../../src/lib/search-pages.ts';
import { buildWithoutFeed } from './pagefind-hooks.ts';

/** An index that records what it was handed and answers when told to. */
function fakeIndex(errorsFor: Record<string, string[]> = {}) {
  const added: string[] = [];
  const pending: (() => void)[] = [];
  let maxInFlight = 0;
  const add = (path: string, html: string) =>
    new Promise<readonly string[]>((resolve) => {
      added.push(`${path} ${html}`);
      pending.push(() => resolve(errorsFor[path] ?? []));
      maxInFlight = Math.max(maxInFlight, pending.length);
    });
  const answerAll = async () => {
    while (pending.length > 0) {
      pending.shift()!();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { add, added, answerAll, maxInFlight: () => maxInFlight };
}

const searchable = searchablePath(['lien-he/']);

// The build's posts and pages, as the middleware learns them (astro:content is not there outside a build).
vi.mock('../../src/lib/search-expected.ts', () => ({ expectedPages: async () => ['2025/07/01/a/', 'lien-he/', 'tags/'] }));

/** Whether the promise has settled by now. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('SearchFeed: pages reach the index in the order they started, whatever order they finish', () => {
  it('hands on a page only when every page that started before it is done', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable);
    const a = feed.reserve('2025/07/01/a/');
    const b = feed.reserve('2025/07/02/b/');
    const c = feed.reserve('lien-he/');
    feed.fill(c, '<p>c</p>');
    feed.fill(b, '<p>b</p>');
    expect(index.added).toEqual([]);
    feed.fill(a, '<p>a</p>');
    expect(index.added).toEqual(['2025/07/01/a/ <p>a</p>', '2025/07/02/b/ <p>b</p>', 'lien-he/ <p>c</p>']);
    const drained = feed.drained();
    await index.answerAll();
    // a, b and c were all held here until a was done.
    expect(await drained).toEqual({ complete: true, paths: ['2025/07/01/a/', '2025/07/02/b/', 'lien-he/'], errors: [], mostWaiting: 3 });
  });

  it('says all expected pages are handed on once the last of them is, and no indexed page is still rendering', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable);
    const first = feed.reserve('2025/07/01/a/');
    // Listings are not indexed, so they are not awaited.
    feed.expect(['2025/07/01/a/', '2025/07/02/b/', 'tags/', '2025/07/01/']);
    feed.fill(first, '<p>a</p>');
    expect(await settled(feed.allHanded())).toBe(false);
    const b = feed.reserve('2025/07/02/b/');
    const redirect = feed.reserve('2025/07/03/cu/');
    feed.fill(b, '<p>b</p>');
    // b is handed on, but a page at a post's address (an old address) is still rendering.
    expect(await settled(feed.allHanded())).toBe(false);
    feed.fill(redirect, undefined);
    expect(await settled(feed.allHanded())).toBe(true);
    expect(index.added).toEqual(['2025/07/01/a/ <p>a</p>', '2025/07/02/b/ <p>b</p>']);
  });

  it('never says so without being told which pages to expect', async () => {
    const feed = new SearchFeed(fakeIndex().add, searchable);
    feed.fill(feed.reserve('2025/07/01/a/'), '<p>a</p>');
    expect(await settled(feed.allHanded())).toBe(false);
  });

  it('gives no place to pages the search does not index, and skips a place whose page had nothing to index', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable);
    expect(feed.reserve('')).toBe(-1);
    expect(feed.reserve('tags/hanh-chinh/')).toBe(-1);
    expect(feed.reserve('2025/07/01/')).toBe(-1);
    const a = feed.reserve('2025/07/01/a/');
    const b = feed.reserve('2025/07/01/b/');
    feed.fill(a, undefined);
    feed.fill(b, '<p>b</p>');
    const drained = feed.drained();
    await index.answerAll();
    expect((await drained).paths).toEqual(['2025/07/01/b/']);
    expect(index.added).toEqual(['2025/07/01/b/ <p>b</p>']);
  });

  it('keeps at most `limit` pages waiting on the index; the rest wait their turn', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable, 2);
    const slots = ['a', 'b', 'c', 'd', 'e'].map((s) => feed.reserve(`2025/07/01/${s}/`));
    for (const s of slots) feed.fill(s, String(s));
    expect(index.added).toEqual(['2025/07/01/a/ 0', '2025/07/01/b/ 1']);
    const drained = feed.drained();
    await index.answerAll();
    expect((await drained).paths).toEqual(['a', 'b', 'c', 'd', 'e'].map((s) => `2025/07/01/${s}/`));
    expect(index.maxInFlight()).toBe(2);
    // Five started; when the first was handed on, four were still held here.
    expect((await drained).mostWaiting).toBe(4);
  });

  it("names the page in each of the index's errors", async () => {
    const index = fakeIndex({ '2025/07/01/b/': ['bad HTML'] });
    const feed = new SearchFeed(index.add, searchable);
    feed.fill(feed.reserve('2025/07/01/a/'), 'a');
    feed.fill(feed.reserve('2025/07/01/b/'), 'b');
    const drained = feed.drained();
    await index.answerAll();
    expect((await drained).errors).toEqual(['2025/07/01/b/: bad HTML']);
  });

  it('says so when a page that started never finished, without waiting for it', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable);
    feed.reserve('2025/07/01/a/');
    feed.fill(feed.reserve('2025/07/01/b/'), 'b');
    expect(await feed.drained()).toEqual({ complete: false, paths: [], errors: [], mostWaiting: 2 });
  });

  it('makes rendered pages wait for room once more than `hold` are held, and lets them go as the index takes them', async () => {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable, 1, 2);
    const slots = ['a', 'b', 'c', 'd'].map((s) => feed.reserve(`2025/07/01/${s}/`));
    for (const s of slots) feed.fill(s, String(s));
    let free = false;
    const room = feed.room().then(() => (free = true));
    await Promise.resolve();
    expect(free).toBe(false);
    await index.answerAll();
    await room;
    expect(free).toBe(true);
    await expect(feed.room()).resolves.toBeUndefined();
  });

  it('refuses a page filled twice', () => {
    const feed = new SearchFeed(fakeIndex().add, searchable);
    const a = feed.reserve('2025/07/01/a/');
    feed.fill(a, 'a');
    expect(() => feed.fill(a, 'a')).toThrow('Search feed: page 0 filled twice or never reserved');
  });
});

describe('the build middleware that feeds the search index', () => {
  const html = '<!DOCTYPE html><html lang="vi"><body><h1>Bài “a” &amp; b</h1></body></html>';
  const page = () => new Response(html, { status: 200, headers: { 'Content-Type': 'text/html', 'X-Test': '1' } });
  const request = (path: string) => ({ url: new URL(`https://tuongmai.com${path}`) }) as never;

  function withFeed() {
    const index = fakeIndex();
    const feed = new SearchFeed(index.add, searchable);
    setCurrentFeed(feed);
    return { index, feed };
  }

  it('hands a post page to the feed and passes the page on unchanged: status, headers, bytes', async () => {
    const { index, feed } = withFeed();
    try {
      const response = (await onRequest(request('/2025/07/01/a/'), async () => page())) as Response;
      expect(response.status).toBe(200);
      expect([...response.headers]).toEqual([...page().headers]);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(html))).toBe(true);
      expect(index.added).toEqual([`2025/07/01/a/ ${html}`]);
      const drained = feed.drained();
      await index.answerAll();
      expect((await drained).paths).toEqual(['2025/07/01/a/']);
    } finally {
      setCurrentFeed(undefined);
    }
  });

  it('leaves pages the search does not index alone, and gives redirects and failed renders no place', async () => {
    const { index, feed } = withFeed();
    try {
      const listing = page();
      expect(await onRequest(request('/tags/'), async () => listing)).toBe(listing);
      const moved = new Response(null, { status: 301, headers: { Location: '/2025/07/01/b/' } });
      expect(await onRequest(request('/2025/07/01/old/'), async () => moved)).toBe(moved);
      await expect(onRequest(request('/2025/07/01/broken/'), async () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
      expect(index.added).toEqual([]);
      expect(await feed.drained()).toEqual({ complete: true, paths: [], errors: [], mostWaiting: 0 });
    } finally {
      setCurrentFeed(undefined);
    }
  });

  it("tells the feed the build's posts and pages on the first page, so it knows when the last is handed on", async () => {
    const { index, feed } = withFeed();
    try {
      await onRequest(request('/2025/07/01/a/'), async () => page());
      expect(await settled(feed.allHanded())).toBe(false);
      await onRequest(request('/tags/'), async () => page());
      await onRequest(request('/lien-he/'), async () => page());
      expect(await settled(feed.allHanded())).toBe(true);
      expect(index.added.map((a) => a.split(' ')[0])).toEqual(['2025/07/01/a/', 'lien-he/']);
    } finally {
      setCurrentFeed(undefined);
    }
  });

  it('gives pages their places in the order they start, even when the first is indexed and waits for the list of pages', async () => {
    const { index, feed } = withFeed();
    try {
      // Four pages start at once, as build.concurrency starts them; the first is a standalone page.
      const started = ['/lien-he/', '/2025/07/01/a/', '/tags/', '/2025/07/01/b/'].map((path) => onRequest(request(path), async () => page()));
      await Promise.all(started);
      const drained = feed.drained();
      await index.answerAll();
      expect((await drained).paths).toEqual(['lien-he/', '2025/07/01/a/', '2025/07/01/b/']);
    } finally {
      setCurrentFeed(undefined);
    }
  });

  it('does nothing outside a build (no feed): the page is what the route returned', async () => {
    const listing = page();
    expect(await onRequest(request('/2025/07/01/a/'), async () => listing)).toBe(listing);
  });
});

describe('the search index integration, when the pages it was handed are not the build\'s', () => {
  it('indexes the build\'s pages again from dist/, says so, and writes a whole index', async () => {
    let fragments: string[] = [];
    const { warned, said } = await buildWithoutFeed((dist) => {
      expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
      fragments = readdirSync(join(dist, 'pagefind/fragment'));
    });
    expect(warned).toHaveLength(1);
    expect(warned[0].split('\n')[1]).toBe(
      "The search index was handed 0 pages while they rendered, not the build's 1 in its order: indexing them again from dist/ (the same index, slower).",
    );
    expect(fragments).toHaveLength(1);
    expect(said.at(-1)).toMatch(/\(1 of 2 pages indexed, read back from dist\/\)$/);
  });
});
