/**
 * Ward notices in Chromium: the banner on phones and wide screens, the contact
 * page, and a notice printed to an A4 PDF whose text is read back with
 * pdftotext (Debian's poppler-utils), as a notice board copy would be.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOn, openPage } from './browser.ts';

const fixture = chromiumOn('fixture');
const scratch = mkdtempSync(join(tmpdir(), 'tuongmai-print-'));
const SHOTS = 'tests/.output/screenshots';

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const SEED = '2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
const STORM = '2026/02/09/canh-bao-mua-lon/';

/** Print a page of the fixture site to an A4 PDF; its text as pdftotext reads it, its pages and images as poppler lists them. */
async function printed(path: string): Promise<{ text: string; info: string; images: number }> {
  const { page } = await openPage(fixture.browser, { width: 1280 });
  await page.goto(fixture.site.url + path, { waitUntil: 'networkidle' });
  const file = join(scratch, `${path.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.context().close();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf-8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf-8' });
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf-8' }).trim().split('\n').length - 2;
  return { text, info, images };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
const unbroken = (s: string) => s.replace(/\s+/g, '');

describe('a notice printed on A4', () => {
  it('the seed post keeps its title, date, author, text, photos and web address, and drops the screen’s furniture', async () => {
    const { text, info, images } = await printed(SEED);
    const words = squash(text);
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    expect(words).toContain('Tương Mai với mô hình chính quyền hai cấp');
    expect(words).toContain('Gần dân hơn, kiến tạo hơn');
    expect(words).toContain('Đăng bởi tuongmai.com');
    expect(words).toContain('1 tháng 7, 2025');
    expect(words).toContain('Từ ngày 1/7, chính quyền hai cấp được triển khai');
    expect(words).toContain('Ảnh: Lan Chi.');
    expect(unbroken(text)).toContain(unbroken(`Xem trên mạng: https://tuongmai.com/${SEED}`));
    expect(images).toBe(3); // the three photos of the text, not the header photo behind the title
    for (const gone of [
      'Bỏ qua, đến nội dung chính', // skip link
      'Lưu trữ', // header nav
      'Tìm kiếm', // header nav
      'Tìm\n', // search button
      'Thông báo khẩn', // banner label
      'Cảnh báo mưa lớn', // banner
      'Xem tất cả', // banner
      'Mục lục', // table of contents
      'Bài mới hơn', // newer / older
      'Bài cũ hơn',
      'Theo dõi qua RSS', // footer
    ]) {
      expect(text, gone).not.toContain(gone);
    }
  });

  it('an urgent notice prints until when it applies, its photo, and not the other notices of the banner', async () => {
    const { text, images } = await printed(STORM);
    const words = squash(text);
    expect(words).toContain('Cảnh báo mưa lớn và ngập úng cục bộ');
    expect(words).toContain('Có hiệu lực đến 18:00 ngày 11/2/2026');
    expect(words).toContain('Người dân hạn chế đi qua những nơi ngập sâu.');
    expect(unbroken(text)).toContain(unbroken(`https://tuongmai.com/${STORM}`));
    expect(images).toBe(1);
    for (const gone of ['Tạm ngừng cấp nước', 'Phun thuốc diệt muỗi', 'Xem tất cả 4']) expect(words, gone).not.toContain(gone);
  });

  it('sizes photos to the A4 text column and a part of the page height', async () => {
    const { page } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(fixture.site.url + SEED, { waitUntil: 'networkidle' });
    // Lazy photos load as they come into view: bring each in and wait for it, as a reader scrolling before printing would.
    for (const img of await page.locator('.post-body figure img').all()) await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.post-body figure img')].every((i) => i.complete && i.naturalHeight > 0));
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('.post-body figure img').evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(3);
    // A4 is 210 mm wide, less 2 × 15 mm margins: 180 mm ≈ 680 CSS px; photos at most 110 mm ≈ 416 px high.
    for (const b of boxes) {
      expect(b.height).toBeGreaterThan(100);
      expect(b.height).toBeLessThanOrEqual(416);
    }
    await page.context().close();
  });
});

describe('the banner on screens', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px sits above the header, readable, without sideways scrolling`, async () => {
      const { page, errors } = await openPage(fixture.browser, { width });
      await page.goto(fixture.site.url);
      const banner = page.locator('.notice-banner');
      const header = page.locator('.site-header');
      const b = (await banner.boundingBox())!;
      expect(b.y).toBe(0);
      expect(b.y + b.height).toBeLessThanOrEqual((await header.boundingBox())!.y + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const colours = await page.locator('.notice-banner__title').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('aside')!).backgroundColor]);
      expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(143, 29, 29)']);
      await page.screenshot({ path: `${SHOTS}/banner-${width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the contact page at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { page } = await openPage(fixture.browser, { width });
      await page.goto(`${fixture.site.url}lien-he/`);
      await expect(page.locator('a[href="tel:113"]').isVisible()).resolves.toBe(true);
      await page.screenshot({ path: `${SHOTS}/lien-he-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });
});
