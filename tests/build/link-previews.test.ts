/**
 * What a link shared in Zalo or Facebook shows: every page names a
 * 1200×630 PNG or JPEG of at most 300 KB, with its size and a description;
 * a post with a local header photo shows the photo cropped, any other post
 * its own card, listings the site's card.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../src/lib/image-store.ts';
import { cardKey, renderCard } from '../../src/lib/og-card.ts';
import { page } from './html.ts';
import { buildLog, distDir, listDist, type SiteName } from './sites.ts';

const meta = (doc: ReturnType<typeof page>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

function previewFile(site: SiteName, url: string, origin = 'https://tuongmai.com/'): string {
  expect(url.startsWith(origin), url).toBe(true);
  return join(distDir(site), url.slice(origin.length));
}

describe('link previews', () => {
  const postPages = listDist('fixture').filter((f) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(f));

  it('every post names a 1200×630 PNG or JPEG of at most 300 KB, with type, size, alt and a Twitter copy', async () => {
    expect(postPages.length).toBeGreaterThan(30);
    for (const file of postPages) {
      const doc = page('fixture', `/${file.replace(/index\.html$/, '')}`);
      const url = meta(doc, 'og:image')!;
      expect([file, meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual([file, '1200', '630']);
      expect(meta(doc, 'og:image:alt'), file).toBeTruthy();
      expect(meta(doc, 'twitter:image'), file).toBe(url);
      const path = previewFile('fixture', url);
      expect(existsSync(path), `${file}: ${url}`).toBe(true);
      const image = await sharp(path).metadata();
      expect([file, image.width, image.height]).toEqual([file, 1200, 630]);
      expect(`image/${image.format === 'jpeg' ? 'jpeg' : image.format}`).toBe(meta(doc, 'og:image:type'));
      expect(statSync(path).size, file).toBeLessThanOrEqual(300_000);
    }
  });

  it('a post without a photo of its own shares its card: the card of its title and date', async () => {
    const doc = page('fixture', '/2025/08/05/sua-duong/');
    const url = meta(doc, 'og:image')!;
    expect(url).toBe('https://tuongmai.com/og/2025/08/05/sua-duong.png');
    const title = doc.querySelector('h1')!.textContent.trim();
    expect(meta(doc, 'og:image:alt')).toBe(`${title} (5 tháng 8, 2025), Phường Tương Mai`);
    // The published card is exactly the card drawn for this title and date (whose text the unit tests read back).
    const expected = await renderCard({ title, line: '5 tháng 8, 2025', siteName: 'Phường Tương Mai' });
    expect(readFileSync(previewFile('fixture', url)).equals(expected)).toBe(true);
  });

  it('a post with a local header photo shares the photo, cropped', () => {
    expect(meta(page('fixture', '/2025/08/20/anh-dien-thoai/'), 'og:image')).toMatch(/\/_img\/[0-9a-f]{16}\/dien-thoai-1-og\.jpg$/);
  });

  it('the home page, tags and archives share the site’s card', async () => {
    for (const path of ['/', '/tags/', '/tags/hanh-chinh/', '/archive/', '/2025/', '/2025/07/']) {
      expect([path, meta(page('fixture', path), 'og:image')]).toEqual([path, 'https://tuongmai.com/og/site.png']);
    }
    const card = await sharp(join(distDir('fixture'), 'og/site.png')).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
  });

  it('puts cards under the base path', () => {
    const doc = page('staging', '/2025/08/05/sua-duong/');
    expect(meta(doc, 'og:image')).toBe('https://staging.example.org/staging/og/2025/08/05/sua-duong.png');
    expect(existsSync(join(distDir('staging'), 'og/2025/08/05/sua-duong.png'))).toBe(true);
  });

  it('draws each card once: the staging build of the same posts (another address, same cards) takes every card from the cache', () => {
    expect(buildLog('fixture')).toMatch(/Cards: \d+ published, \d+ drawn, \d+ from the cache/);
    const [, published, cached] = /Cards: (\d+) published, 0 drawn, (\d+) from the cache/.exec(buildLog('staging')) ?? [];
    expect(Number(published)).toBeGreaterThan(30);
    // Every post's card and the site's: one key each.
    expect(Number(cached)).toBe(Number(published));
  });

  it('a card taken from the cache is not copied either: its file in dist is the cache’s own (a hard link)', () => {
    expect(buildLog('staging')).toMatch(/ 0 copied rather than linked\)/);
    const title = page('staging', '/2025/08/05/sua-duong/').querySelector('h1')!.textContent.trim();
    const key = cardKey({ title, line: '5 tháng 8, 2025', siteName: 'Phường Tương Mai' });
    const published = statSync(join(distDir('staging'), 'og/2025/08/05/sua-duong.png'));
    const cached = statSync(join(defaultCacheDir(), 'cards', `${key}.png`));
    expect([published.ino, published.nlink >= 2]).toEqual([cached.ino, true]);
  });
});
