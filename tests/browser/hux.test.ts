/** Hux's post variants as residents see them in Chromium: headers, keynote, maths, two languages without script. */
import { describe, expect, it } from 'vitest';
import { chromiumOn, openPage } from './browser.ts';

const fixture = chromiumOn('fixture');

const SHOTS = 'tests/.output/screenshots';

describe('Hux posts', () => {
  it('draws the header-bg-css gradient as the header band', async () => {
    const { page, errors } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(`${fixture.site.url}2023/03/02/dau-trang-chuyen-mau/`);
    const background = await page.locator('.post-header').evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(background).toBe('linear-gradient(135deg, rgb(30, 58, 138) 0%, rgb(14, 116, 144) 100%)');
    await page.screenshot({ path: `${SHOTS}/hux-gradient-1280.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the keynote slides in a 16:9 frame as wide as the column', async () => {
    const { page, errors } = await openPage(fixture.browser, { width: 1280 });
    // The slides' host is answered locally: tests never leave the machine.
    await page.route('https://docs.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<body style="margin:0;display:grid;place-items:center;height:100vh;background:#234;color:#fff;font:48px sans-serif">Trang chiếu 1</body>' }),
    );
    await page.goto(`${fixture.site.url}2023/03/04/trinh-chieu/`);
    const frame = page.locator('.keynote iframe');
    await frame.scrollIntoViewIfNeeded();
    const box = (await frame.boundingBox())!;
    expect(box.width).toBeGreaterThan(1000);
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    await expect(page.frameLocator('.keynote iframe').locator('body').textContent()).resolves.toBe('Trang chiếu 1');
    await page.screenshot({ path: `${SHOTS}/hux-keynote-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the maths as MathML, displayed formulas on their own lines, without sideways scrolling on a phone', async () => {
    const { page, errors } = await openPage(fixture.browser, { width: 390 });
    await page.goto(`${fixture.site.url}2023/03/06/cong-thuc-toan/`);
    const display = page.locator('math[display="block"]').first();
    const box = (await display.boundingBox())!;
    expect(box.height).toBeGreaterThan(10);
    expect(await display.evaluate((el) => getComputedStyle(el).display)).toBe('block math');
    expect(await page.evaluate(() => document.scripts.length)).toBe(1); // the JSON-LD only
    await page.screenshot({ path: `${SHOTS}/hux-maths-390.png`, fullPage: true });
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows one language at a time, switched by links, with no script', async () => {
    const { page } = await openPage(fixture.browser, { width: 390 });
    await page.goto(`${fixture.site.url}2023/03/05/song-ngu/`);
    await expect(page.locator('#lang-vi').isVisible()).resolves.toBe(true);
    await expect(page.locator('#lang-en').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**#lang-en');
    await expect(page.locator('#lang-en').isVisible()).resolves.toBe(true);
    await expect(page.locator('#lang-vi').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: `${SHOTS}/hux-multilingual-en-390.png` });
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page.locator('#lang-vi').isVisible()).resolves.toBe(true);
    await expect(page.locator('#lang-en').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('lays out the kramdown post (notice, table footer, definitions, footnotes) within a phone’s width', async () => {
    const { page, errors } = await openPage(fixture.browser, { width: 320 });
    await page.goto(`${fixture.site.url}2023/03/07/cu-phap-kramdown/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.locator('abbr[title="Dịch vụ công"]').isVisible()).resolves.toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/hux-kramdown-390.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends an old address on to the post', async () => {
    const { page } = await openPage(fixture.browser, { width: 390 });
    await page.goto(`${fixture.site.url}2019/05/dau-trang-cu.html`);
    await page.waitForURL('**/2023/03/02/dau-trang-chuyen-mau/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Đầu trang chuyển màu');
    await page.context().close();
  });
});
