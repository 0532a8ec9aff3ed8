/**
 * The responsive markup of local photos, on HTML fragments as the Markdown
 * plugins write them, with a small photo drawn for the test and a throwaway
 * cache: which widths are made, what the <picture> says, what is left alone.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ogFile, registry, resetRegistry, settle, storedImage, variantWidths } from '../../src/lib/image-store.ts';
import { CONTENT_SIZES, expectHeaderPhotos, headerPhoto, responsiveHtml } from '../../src/lib/images.ts';

let dir: string;
let publicDir: string;
let beside: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tuongmai-images-'));
  publicDir = join(dir, 'public');
  mkdirSync(join(publicDir, 'img'), { recursive: true });
  const photo = { create: { width: 2000, height: 1500, channels: 3 as const, background: '#3a7' } };
  await sharp(photo).jpeg().toFile(join(publicDir, 'img/anh-a.jpg'));
  beside = join(dir, 'anh-canh-bai.jpg');
  await sharp({ create: { ...photo.create, width: 700, height: 500 } }).jpeg().toFile(beside);
  resetRegistry(join(dir, 'cache'), publicDir);
});

afterAll(() => {
  resetRegistry();
  rmSync(dir, { recursive: true, force: true });
});

const render = (html: string, base = '/', feed = false) => responsiveHtml(html, { publicDir, base, feed });

describe('variant widths', () => {
  it('are the standard widths below the photo, and the photo itself up to 1600 px: never enlarged', () => {
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600]);
    expect(variantWidths(1600)).toEqual([480, 800, 1200, 1600]);
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
    expect(variantWidths(480)).toEqual([480]);
    expect(variantWidths(300)).toEqual([300]);
  });
});

describe('a local photo in a post body', () => {
  it('becomes a <picture>: WebP widths for the reading column, the JPEG fallback, width and height, lazy', async () => {
    const html = await render('<p><img src="/img/anh-a.jpg" alt="Ảnh họp" loading="lazy" decoding="async"></p>');
    const hash = /\/_img\/([0-9a-f]{16})\//.exec(html)![1];
    expect(html).toBe(
      `<p><picture><source type="image/webp" srcset="/_img/${hash}/anh-a-480.webp 480w, /_img/${hash}/anh-a-800.webp 800w, ` +
        `/_img/${hash}/anh-a-1200.webp 1200w, /_img/${hash}/anh-a-1600.webp 1600w" sizes="${CONTENT_SIZES}">` +
        `<img alt="Ảnh họp" loading="lazy" decoding="async" src="/_img/${hash}/anh-a-1200.jpg" width="1600" height="1200"></picture></p>`,
    );
  });

  it('links a captioned photo to its original, and publishes the original of a photo next to the post', async () => {
    const html = await render(
      `<figure><img src="/img/anh-a.jpg" alt=""><figcaption>Chú thích.</figcaption></figure>` +
        `<figure><img src="${pathToFileURL(beside).href}" alt=""><figcaption>Ảnh cạnh bài.</figcaption></figure>`,
    );
    expect(html).toContain('<figcaption>Chú thích. <a class="figure-original" href="/img/anh-a.jpg">Xem ảnh gốc (');
    expect(html).toMatch(/<figcaption>Ảnh cạnh bài\. <a class="figure-original" href="\/_img\/[0-9a-f]{16}\/anh-canh-bai\.jpg">Xem ảnh gốc \(\d+ KB\)<\/a><\/figcaption>/);
    expect(html).not.toContain('file:');
    // 700 px wide: 480 and itself, nothing larger.
    expect(html).toMatch(/anh-canh-bai-480\.webp 480w, \/_img\/[0-9a-f]{16}\/anh-canh-bai-700\.webp 700w"/);
  });

  it('keeps an editor’s narrower width, and fills the slot it makes', async () => {
    const html = await render('<img src="/img/anh-a.jpg" width="300">');
    expect(html).toContain('sizes="min(300px, 100vw)"');
    expect(html).toContain(' width="300"');
    expect(html).toContain(' height="225"');
  });

  it('gives feed readers one large JPEG at its own size', async () => {
    const html = await render('<img src="/img/anh-a.jpg" alt="A" loading="lazy">', '/', true);
    expect(html).toMatch(/^<img src="\/_img\/[0-9a-f]{16}\/anh-a-1200\.jpg" alt="A" width="1200" height="900">$/);
  });

  it('leaves alone remote images, images with their own srcset or <picture>, missing files, GIFs and SVGs', async () => {
    for (const html of [
      '<img src="https://i.ex-cdn.com/a.jpg" loading="lazy">',
      '<img src="/img/anh-a.jpg" srcset="/img/anh-a.jpg 2000w">',
      '<picture><source srcset="/x.avif"><img src="/img/anh-a.jpg"></picture>',
      '<img src="/img/khong-co.jpg">',
      '<img src="/img/hoat-hinh.gif">',
      '<img src="/favicon.svg">',
    ]) {
      expect(await render(html)).toBe(html);
    }
  });

  it('processes each photo once: another build with the same cache does no image work', async () => {
    await settle();
    resetRegistry(join(dir, 'cache'), publicDir);
    await render('<img src="/img/anh-a.jpg">');
    expect(registry().stats).toMatchObject({ processed: 0, cached: 1 });
  });
});

describe('a header photo shown first by another page', () => {
  // A listing or another post's body may ask for the photo before its post's page asks for the crop.
  const cropIn = async (file: string) => {
    const image = await storedImage(file);
    return join(registry().cacheDir, image.hash, ogFile(image));
  };

  it('is cropped for link previews in the pass that makes its variants, when the posts’ header photos are told first', async () => {
    await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#a37' } }).jpeg().toFile(join(publicDir, 'img/anh-dau.jpg'));
    resetRegistry(join(dir, 'cache-header'), publicDir);
    expectHeaderPhotos(['/img/anh-dau.jpg', 'https://example.org/remote.jpg', undefined]);
    await render('<img src="/img/anh-dau.jpg">');
    await settle();
    // The crop is already there: the post page that asks for it later decodes nothing again.
    expect(existsSync(await cropIn(join(publicDir, 'img/anh-dau.jpg')))).toBe(true);
    expect(registry().stats).toMatchObject({ processed: 1, ogCrops: 1 });
    await headerPhoto('/img/anh-dau.jpg');
    await settle();
    expect(registry().stats).toMatchObject({ processed: 1, ogCrops: 1 });
  });

  it('is cropped in a second pass when nobody said so before', async () => {
    resetRegistry(join(dir, 'cache-untold'), publicDir);
    await render('<img src="/img/anh-dau.jpg">');
    await settle();
    const crop = await cropIn(join(publicDir, 'img/anh-dau.jpg'));
    expect(existsSync(crop)).toBe(false);
    await headerPhoto('/img/anh-dau.jpg');
    await settle();
    expect(existsSync(crop)).toBe(true);
    expect(registry().stats).toMatchObject({ processed: 1, ogCrops: 1 });
  });
});
