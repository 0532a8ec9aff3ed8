/**
 * Photos as the built site serves them: the fixture post with three 4000 px
 * phone photos (its header, one under public/ written in Markdown, one next
 * to the post in raw HTML) comes out as resized WebP sets with a JPEG
 * fallback, never the originals; feeds carry a large resized JPEG.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { page, text } from './html.ts';
import { defaultCacheDir } from '../../src/lib/image-store.ts';
import { buildLog, distDir, readDist } from './sites.ts';

const POST = '/2025/08/20/anh-dien-thoai/';
const VARIANT = /^\/_img\/([0-9a-f]{16})\/([a-z0-9-]+)-(\d+)\.(webp|jpg)$/;

function variantOnDisk(url: string, site: 'fixture' | 'staging' = 'fixture', base = '/'): string {
  const path = join(distDir(site), url.slice(base.length));
  expect(existsSync(path), url).toBe(true);
  return path;
}

describe('the photos of a post', () => {
  const doc = page('fixture', POST);
  const body = doc.querySelector('.post-body')!;
  const pictures = body.querySelectorAll('picture');

  it('serves every local photo of the text as WebP at 480, 800, 1200 and 1600 px with a JPEG fallback', () => {
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      const source = picture.querySelector('source[type="image/webp"]')!;
      const candidates = source.getAttribute('srcset')!.split(', ').map((c) => c.split(' '));
      expect(candidates.map(([, w]) => w)).toEqual(['480w', '800w', '1200w', '1600w']);
      for (const [url, w] of candidates) {
        const [, , , width, ext] = VARIANT.exec(url)!;
        expect(`${width}w`).toBe(w);
        expect(ext).toBe('webp');
        variantOnDisk(url);
      }
      expect(source.getAttribute('sizes')).toBe('(min-width: 768px) 704px, (min-width: 400px) 92vw, calc(100vw - 2rem)');
      const img = picture.querySelector('img')!;
      expect(img.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{16}\/dien-thoai-[23]-1200\.jpg$/);
      expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1200']);
      expect(img.getAttribute('loading')).toBe('lazy');
    }
    expect(pictures[0].querySelector('img')!.getAttribute('alt')).toBe('Ảnh thử thứ hai');
    expect(pictures[1].querySelector('img')!.getAttribute('alt')).toBe('Ảnh thử thứ ba, đặt cạnh bài');
  });

  it('writes variants of the sizes they claim, never larger than the photo', async () => {
    const srcset = pictures[0].querySelector('source')!.getAttribute('srcset')!;
    for (const [url, w] of srcset.split(', ').map((c) => c.split(' '))) {
      const meta = await sharp(variantOnDisk(url)).metadata();
      expect([meta.format, `${meta.width}w`, meta.height]).toEqual(['webp', w, (Number.parseInt(w) * 3) / 4]);
    }
    const fallback = await sharp(variantOnDisk(pictures[0].querySelector('img')!.getAttribute('src')!)).metadata();
    expect([fallback.format, fallback.width, fallback.height]).toEqual(['jpeg', 1200, 900]);
  });

  it('covers the header with a responsive photo sized to the viewport', () => {
    const header = doc.querySelector('.post-header__photo')!;
    expect(header.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{16}\/dien-thoai-1-1200\.jpg$/);
    expect(header.getAttribute('loading')).toBe('eager');
    expect(header.getAttribute('width')).toBe('1600');
    expect(header.closest('picture')!.querySelector('source')!.getAttribute('sizes')).toBe('100vw');
    expect(doc.querySelector('.post-header')!.getAttribute('style')).toBe('--header-mask: 0.4');
  });

  it('crops the header photo to a 1200×630 JPEG of at most 300 KB for link previews', async () => {
    const url = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(url).toMatch(/^https:\/\/tuongmai\.com\/_img\/[0-9a-f]{16}\/dien-thoai-1-og\.jpg$/);
    const file = variantOnDisk(url.slice('https://tuongmai.com'.length));
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(statSync(file).size).toBeLessThanOrEqual(300_000);
  });

  it('links a captioned photo to its full-size original, and names no original anywhere else', () => {
    const link = body.querySelector('figcaption a.figure-original')!;
    expect(link.getAttribute('href')).toBe('/img/test/dien-thoai-2.jpg');
    expect(text(link)).toMatch(/^Xem ảnh gốc \(\d+(,\d)? MB\)$/);
    const html = readDist('fixture', '2025/08/20/anh-dien-thoai/index.html');
    expect(html.match(/\/img\/test\/dien-thoai-\d\.jpg/g)).toEqual(['/img/test/dien-thoai-2.jpg']);
    expect(html).not.toContain('file:');
    expect(html).not.toContain('dien-thoai-3.jpg');
  });

  it('gives every image of every post page a width and a height, except remote ones', () => {
    for (const path of [POST, '/2025/09/10/bai-mdx/', '/2025/09/11/html-tho/']) {
      for (const img of page('fixture', path).querySelectorAll('.post-body img')) {
        expect([path, img.getAttribute('width')], img.toString()).toEqual([path, expect.stringMatching(/^\d+$/)]);
        expect(img.getAttribute('height'), img.toString()).toMatch(/^\d+$/);
      }
    }
  });

  it('leaves remote images as they are: lazy, never fetched at build', () => {
    const seed = page('fixture', '/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/');
    const remote = seed.querySelectorAll('.post-body img');
    expect(remote).toHaveLength(3);
    for (const img of remote) {
      expect(img.getAttribute('src')).toMatch(/^https:\/\/i\.ex-cdn\.com\//);
      expect(img.getAttribute('loading')).toBe('lazy');
      expect(img.closest('picture')).toBeNull();
    }
  });

  it('copies no original into the build besides public/ itself', () => {
    const astroAssets = existsSync(join(distDir('fixture'), '_astro')) ? readdirSync(join(distDir('fixture'), '_astro')) : [];
    expect(astroAssets.filter((f) => /\.(jpe?g|png|webp)$/i.test(f))).toEqual([]);
    for (const dir of readdirSync(join(distDir('fixture'), '_img'))) {
      for (const f of readdirSync(join(distDir('fixture'), '_img', dir))) {
        expect(statSync(join(distDir('fixture'), '_img', dir, f)).size, f).toBeLessThan(400_000);
      }
    }
  });

  it('puts the base path on every variant URL', () => {
    const staging = page('staging', POST);
    const srcset = staging.querySelector('.post-body source')!.getAttribute('srcset')!;
    for (const [url] of srcset.split(', ').map((c) => c.split(' '))) {
      expect(url).toMatch(/^\/staging\/_img\/[0-9a-f]{16}\//);
      variantOnDisk(url, 'staging', '/staging/');
    }
  });
});

describe('photos in feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = parser.parse(readDist('fixture', 'feed.xml'));
  const item = feed.rss.channel.item.find((i: { link: string }) => i.link.endsWith(POST));

  it('carries one large resized JPEG per photo, at an absolute URL', () => {
    const html: string = item['content:encoded'];
    const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    expect(imgs).toHaveLength(2);
    for (const img of imgs) {
      expect(img).toMatch(/ src="https:\/\/tuongmai\.com\/_img\/[0-9a-f]{16}\/dien-thoai-[23]-1200\.jpg"/);
      expect(img).toContain('width="1200" height="900"');
    }
    expect(html).not.toContain('<picture');
    expect(html).not.toContain('file:');
  });
});

describe('the image cache', () => {
  it('processes each photo once: a later build of the same photos does no image work', () => {
    const fixture = /Photos: (\d+) used, (\d+) processed, (\d+) from the cache/.exec(buildLog('fixture'))!;
    expect(Number(fixture[1])).toBeGreaterThanOrEqual(5);
    expect(Number(fixture[2]) + Number(fixture[3])).toBe(Number(fixture[1]));
    // The staging build renders the same photos after the fixture build: all of them come from the cache.
    expect(buildLog('staging')).toMatch(/Photos: \d+ used, 0 processed, \d+ from the cache, 0 link-preview crops made/);
  });

  it('publishes the variants as hard links to the cache (no bytes copied, no new file made); an original photo is copied', () => {
    const root = join(distDir('staging'), '_img');
    let linked = 0;
    let copied = 0;
    for (const hash of readdirSync(root)) {
      for (const name of readdirSync(join(root, hash))) {
        const published = statSync(join(root, hash, name));
        const cached = statSync(join(defaultCacheDir(), hash, name), { throwIfNoEntry: false });
        if (cached) {
          expect([name, published.ino]).toEqual([name, cached.ino]);
          linked++;
        } else {
          // An original photo published beside its variants (one kept next to a post): the editor's file, copied.
          expect([name, published.nlink]).toEqual([name, 1]);
          copied++;
        }
      }
    }
    expect(linked).toBeGreaterThanOrEqual(25);
    expect(buildLog('staging')).toContain(`; ${linked + copied} files in _img/, ${linked} of them linked from the cache\n`);
  });
});
