/**
 * The search page under real use, in Chromium: what is highlighted, "Xem
 * thêm" clicked twice or during a new search, answers arriving out of order
 * (the test server holds one query's files back), what loads before anyone
 * types, and whether anything moves while results arrive.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldVietnamese } from '../../src/lib/slugs.ts';
import { chromiumOn, openPage } from './browser.ts';

const fixture = chromiumOn('fixture', ['empty', '/']);

const results = '#search-results .search-result';

async function searchPage(query: string) {
  const watched = await openPage(fixture.browser);
  await watched.page.goto(`${fixture.site.url}search/?q=${encodeURIComponent(query)}`);
  await watched.page.waitForFunction(() => /^Tìm thấy|^Không/.test(document.querySelector('#search-status')!.textContent!));
  return watched;
}

const rowTitles = (page: Page) => page.locator(`${results} h2`).allTextContents();
const statusText = (page: Page) => page.locator('#search-status').textContent();
const foundCount = async (page: Page) => Number(/Tìm thấy (\d+) kết quả/.exec((await statusText(page)) ?? '')?.[1]);

describe('highlights', () => {
  it('"dang" marks only đăng/đang/Đăng: whole syllables, never dân', async () => {
    const { page } = await searchPage('dang');
    const marks = await page.locator(`${results} mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => foldVietnamese(m) !== 'dang')).toEqual([]);
    await page.context().close();
  });

  it('"dang ky tam tru" shows the place where the four words stand together, each marked', async () => {
    const { page } = await searchPage('dang ky tam tru');
    const excerpt = page.locator(`${results} .search-result__excerpt`).first();
    const html = await excerpt.innerHTML();
    expect(html).toMatch(/<mark>đăng<\/mark> <mark>ký<\/mark> <mark>tạm<\/mark> <mark>trú<\/mark>/i);
    const marks = await page.locator(`${results} mark`).allTextContents();
    expect(marks.filter((m) => !['dang', 'ky', 'tam', 'tru'].includes(foldVietnamese(m)))).toEqual([]);
    await page.context().close();
  });
});

describe('"Xem thêm": one page at a time, for the query it belongs to', () => {
  it('a double click adds one page, never the same results twice; every result is reachable', async () => {
    const { page } = await searchPage('bai thu');
    const total = await foundCount(page);
    expect(total).toBeGreaterThan(20);
    await page.dblclick('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length >= 20);
    await page.waitForTimeout(500);
    let hrefs = await page.locator(`${results} h2 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(20);
    expect(new Set(hrefs).size).toBe(20);
    while (await page.locator('#search-more').isVisible()) {
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n || document.querySelector<HTMLElement>('#search-more')!.hidden, hrefs.length);
      hrefs = await page.locator(`${results} h2 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    }
    expect(hrefs).toHaveLength(total);
    expect(new Set(hrefs).size).toBe(total);
    await page.context().close();
  });

  it('a click while a new search runs adds nothing of the old query to the new one', async () => {
    const { page } = await searchPage('bai thu');
    // The old query's next page arrives late, after the new search has drawn its list.
    fixture.site.delay = (path) => (path.includes('/pagefind/fragment/') ? 1500 : 0);
    try {
      await page.fill('#search-q', 'sua duong');
      await page.press('#search-q', 'Enter');
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('#search-more')!.click());
      await page.waitForFunction(() => /cho “sua duong”/.test(document.querySelector('#search-status')!.textContent!), null, { timeout: 10_000 });
      await page.waitForTimeout(2500);
      const total = await foundCount(page);
      const titles = await rowTitles(page);
      expect(titles).toHaveLength(total);
      expect(titles.filter((t) => t.startsWith('Bài thử') || t.startsWith('Bài một trang') || t.startsWith('Bài hai trang'))).toEqual([]);
      await expect(page.locator('#search-more').isHidden()).resolves.toBe(true);
    } finally {
      fixture.site.delay = () => 0;
    }
    await page.context().close();
  });

  it('an older query answering after a newer one never shows its results', async () => {
    const { page } = await openPage(fixture.browser);
    await page.goto(`${fixture.site.url}search/`);
    fixture.site.delay = (path) => (path.includes('/pagefind/fragment/') ? 2000 : 0);
    try {
      await page.fill('#search-q', 'bai thu');
      await page.press('#search-q', 'Enter');
      await page.waitForRequest((r) => r.url().includes('/pagefind/fragment/'));
      fixture.site.delay = () => 0;
      await page.fill('#search-q', 'dao thi thu hang');
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(() => /cho “dao thi thu hang”/.test(document.querySelector('#search-status')!.textContent!));
      await page.waitForTimeout(2500);
      const titles = await rowTitles(page);
      expect(titles).toHaveLength(await foundCount(page));
      // The chairwoman's post and the about page, which names her too.
      expect(titles.slice(0, 2).sort()).toEqual(['Giới thiệu', 'Tương Mai với mô hình chính quyền hai cấp']);
      expect(titles.filter((t) => /^Bài (thử|một trang|hai trang)/.test(t))).toEqual([]);
    } finally {
      fixture.site.delay = () => 0;
    }
    await page.context().close();
  });
});

describe('weight and stability', () => {
  it('loads no Pagefind script or wasm before the box is focused, then loads it on focus', async () => {
    const { page } = await openPage(fixture.browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${fixture.site.url}search/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(requested.filter((u) => /\.wasm|pagefind/.test(u))).toEqual([]);
    await Promise.all([page.waitForRequest((r) => r.url().endsWith('/pagefind/pagefind.js')), page.focus('#search-q')]);
    await page.context().close();
  });

  it('shows the tag filter in the page as built, before any script runs', async () => {
    const { page } = await openPage(fixture.browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${fixture.site.url}search/`);
    await expect(page.getByLabel('Đường phố (1)').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  for (const width of [390, 1280]) {
    it(`moves nothing while results load at ${width} px: layout shift under 0.02`, async () => {
      const { page } = await openPage(fixture.browser, { width });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number[] }).shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(e.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${fixture.site.url}search/?q=bai+thu&tag=Hai+trang`);
      await page.waitForSelector(results);
      await page.waitForTimeout(800);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      const cls = shifts.reduce((a, b) => a + b, 0);
      expect(cls).toBeLessThan(0.02);
      await page.screenshot({ path: `tests/.output/screenshots/search-cls-${width}.png` });
      await page.context().close();
    });
  }
});

describe('a site with no posts', () => {
  it('answers a search with no results, without loading an index it does not have', async () => {
    const { page, errors } = await openPage(fixture.browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${fixture.also.empty.url}search/?q=ph%C6%B0%E1%BB%9Dng`);
    await page.waitForFunction(() => /^Không/.test(document.querySelector('#search-status')!.textContent!));
    await expect(statusText(page)).resolves.toBe('Không tìm thấy kết quả nào cho “phường”.');
    await expect(page.locator(results).count()).resolves.toBe(0);
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
