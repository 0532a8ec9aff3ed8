/** The pages as residents see them on phones and wide screens, in Chromium. */
import { describe, expect, it } from 'vitest';
import { chromiumOn, openPage } from './browser.ts';

const fixture = chromiumOn('fixture');

const POST = '2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
// A post whose title, first paragraph, tag, heading, code and table hold a long URL or a word with no break.
const LONG = '2024/03/15/tu-rat-dai/';
const LONG_TAG = 'tags/theratdaikhongcokhoangtrangnaodexuongdongtrendienthoaihep/';
const PAGES = [
  '', POST, '2025/09/10/bai-mdx/', 'tags/', 'tags/hanh-chinh/', 'archive/', '2025/', 'about/', 'search/?q=dong+da', '404.html',
  LONG, LONG_TAG, '2024/03/15/', '2024/03/', '2024/page/3/', 'page/4/', '2024/03/16/mo-dau-bang-html/', 'search/?q=kiem+tra+do+dai',
];

describe('on a 320 px phone', () => {
  it('no page scrolls sideways, in light or dark', async () => {
    for (const dark of [false, true]) {
      const { page, errors } = await openPage(fixture.browser, { width: 320, dark });
      const wide: string[] = [];
      for (const path of PAGES) {
        await page.goto(fixture.site.url + path);
        if (path.startsWith('search/')) await page.waitForFunction(() => /^Tìm thấy|^Không/.test(document.querySelector('#search-status')!.textContent!));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) wide.push(`/${path} is ${width} px wide (${dark ? 'dark' : 'light'})`);
        if (path === LONG && !dark) await page.screenshot({ path: 'tests/.output/screenshots/long-words-320.png', fullPage: true });
      }
      expect(wide).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the post page keeps its table of contents folded above the text', async () => {
    const { page } = await openPage(fixture.browser, { width: 390 });
    await page.goto(fixture.site.url + POST);
    await expect(page.locator('details.toc--inline').isVisible()).resolves.toBe(true);
    await expect(page.locator('nav.toc--side').isVisible()).resolves.toBe(false);
    await expect(page.locator('details.toc--inline a').first().isVisible()).resolves.toBe(false);
    await page.locator('details.toc--inline summary').click();
    await page.locator('details.toc--inline a').first().click();
    await page.waitForURL('**#mot-dau-moc-lich-su-voi-nhung-cam-ket-cu-the');
    await page.screenshot({ path: 'tests/.output/screenshots/post-390.png' });
  });
});

describe('on a wide screen', () => {
  it('the post page shows its table of contents beside the text, staying in view', async () => {
    const { page } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(fixture.site.url + POST);
    await expect(page.locator('nav.toc--side').isVisible()).resolves.toBe(true);
    await expect(page.locator('details.toc--inline').isVisible()).resolves.toBe(false);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(100);
    const box = await page.locator('nav.toc--side').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    await page.screenshot({ path: 'tests/.output/screenshots/post-1280-scrolled.png' });
  });

  it('the header image is drawn, resized, under its mask', async () => {
    const { page } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(fixture.site.url + POST);
    const header = page.locator('.post-header');
    const photo = page.locator('.post-header__photo');
    await photo.evaluate((img: HTMLImageElement) => img.decode());
    expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-1600\.webp$/);
    const [photoBox, headerBox] = [await photo.boundingBox(), await header.boundingBox()];
    expect(photoBox).toEqual(headerBox);
    const mask = await header.evaluate((el) => getComputedStyle(el, '::before').opacity);
    expect(Number(mask)).toBeCloseTo(0.5);
  });
});

describe('hostile text', () => {
  it('a title holding </script><script>alert(1) runs nothing and shows as text', async () => {
    const { page, errors } = await openPage(fixture.browser);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      return d.dismiss();
    });
    await page.goto(`${fixture.site.url}2025/08/10/ky-tu-dac-biet/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('</script><script>alert(1)</script>');
    const ld = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!));
    expect(ld.headline).toContain('</script><script>alert(1)</script>');
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});
