/**
 * Searching as a resident does: in Chromium, on the built fixture site,
 * typing into the boxes, filtering, sorting, following a result.
 */
import { describe, expect, it } from 'vitest';
import { chromiumOn, openPage } from './browser.ts';

const fixture = chromiumOn('fixture', ['staging', '/staging/']);

const results = '#search-results .search-result';

async function searchPage(query: string, base = () => fixture.site.url) {
  const watched = await openPage(fixture.browser);
  await watched.page.goto(`${base()}search/?q=${encodeURIComponent(query)}`);
  await watched.page.waitForSelector(results);
  return watched;
}

describe('the search page', () => {
  it('runs ?q= on load: "dao thi thu hang" finds the chairwoman’s post (and the about page) first, highlighted as written', async () => {
    const { page, errors, foreign } = await searchPage('dao thi thu hang');
    const titles = (await page.locator(`${results} h2`).allTextContents()).slice(0, 2);
    expect(titles.sort()).toEqual(['Giới thiệu', 'Tương Mai với mô hình chính quyền hai cấp']);
    const first = page.locator(results).filter({ hasText: 'Tương Mai với mô hình chính quyền hai cấp' });
    await expect(first.locator('.search-result__date').textContent()).resolves.toBe('1 tháng 7, 2025');
    const marks = await first.locator('mark').allTextContents();
    expect(marks.slice(0, 4).join(' ')).toBe('Đào Thị Thu Hằng');
    await expect(page.inputValue('#search-q')).resolves.toBe('dao thi thu hang');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.screenshot({ path: 'tests/.output/screenshots/search-dao-thi-thu-hang.png', fullPage: true });
  });

  it('announces the number of results to screen readers', async () => {
    const { page } = await searchPage('duong');
    const status = page.locator('#search-status');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await page.waitForFunction(() => /Tìm thấy \d+ kết quả/.test(document.querySelector('#search-status')!.textContent!));
    const count = await page.locator(results).count();
    await expect(status.textContent()).resolves.toBe(`Tìm thấy ${count} kết quả cho “duong”.`);
  });

  it('searches as the resident types, keeps the URL shareable, and a result leads to its post', async () => {
    const { page } = await searchPage('tuong mai');
    await page.fill('#search-q', 'dong da');
    await page.waitForFunction(() => location.search === '?q=dong+da');
    await page.waitForFunction(() => document.querySelector('#search-results h2')?.textContent === 'Sửa đường phố trên địa bàn');
    await expect(page.locator(results).first().locator('mark').allTextContents()).resolves.toContain('Đống');
    await page.locator(results).first().locator('a').click();
    await page.waitForURL('**/2025/08/05/sua-duong/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Sửa đường phố trên địa bàn');
  });

  it('finds words typed with marks, in capitals and in decomposed (NFD) form', async () => {
    for (const q of ['ĐĂNG KÝ', 'đăng ký'.normalize('NFD'), 'dang ky']) {
      const { page } = await searchPage(q);
      await expect(page.locator(results).first().locator('h2').textContent(), q).resolves.toBe('Sửa đường phố trên địa bàn');
      await page.context().close();
    }
  });

  it('says when a word is in no post, rather than showing pages without it', async () => {
    const { page } = await openPage(fixture.browser);
    await page.goto(`${fixture.site.url}search/?q=tuong+mai+xyzzy`);
    await page.waitForFunction(() => document.querySelector('#search-status')!.textContent!.includes('xyzzy'));
    await expect(page.locator('#search-status').textContent()).resolves.toBe('Không có bài viết nào chứa từ “xyzzy”. Hãy thử từ khác.');
    await expect(page.locator(results).count()).resolves.toBe(0);
  });

  it('filters by tag and sorts by newest on request', async () => {
    const { page } = await searchPage('bai thu');
    const byRelevance = await page.locator(`${results} h2`).allTextContents();
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => location.search.includes('sort=newest'));
    await page.waitForFunction(
      () => document.querySelector('#search-results h2')?.textContent === 'Cảnh báo mưa lớn và ngập úng cục bộ',
    );
    const newest = await page.locator(`${results} h2`).allTextContents();
    expect(newest).not.toEqual(byRelevance);
    await page.getByLabel('Đường phố (1)').check();
    await page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length === 1);
    await expect(page.locator(`${results} h2`).textContent()).resolves.toBe('Sửa đường phố trên địa bàn');
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['Đường phố']);
  });

  it('shows ten results at a time, and more on request', async () => {
    const { page } = await searchPage('bai thu');
    await expect(page.locator(results).count()).resolves.toBe(10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .search-result').length === 20);
    // Focus moves to the first new result, so keyboard users carry on where the new results start.
    await expect(page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10])).resolves.toBe(true);
  });
});

describe('hostile text in results', () => {
  it('shows a title and excerpt holding markup as text, with no element of their own', async () => {
    const { page, errors } = await searchPage('thong bao a');
    const first = page.locator(results).first();
    await expect(first.locator('h2').textContent()).resolves.toBe(
      'Thông báo A & B <b>đậm</b> "trích" </script><script>alert(1)</script> chuông',
    );
    await expect(first.locator('.search-result__excerpt').textContent()).resolves.toContain('<b>đậm</b>');
    await expect(page.locator('#search-results b, #search-results script').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('searching from any page', () => {
  it('the header box on the home page is a plain form to /search/?q=', async () => {
    const { page } = await openPage(fixture.browser);
    await page.goto(fixture.site.url);
    await page.fill('#site-search', 'duong');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/search/?q=duong');
    await page.waitForSelector(results);
    await expect(page.locator(results).first().locator('h2').textContent()).resolves.toBe('Sửa đường phố trên địa bàn');
  });

  it('works with the keyboard alone, with a visible focus', async () => {
    const { page } = await openPage(fixture.browser, { width: 1280 });
    await page.goto(fixture.site.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    // Tab to the header search box, type, submit.
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'site-search')) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type('dang ky');
    await page.keyboard.press('Enter');
    await page.waitForSelector(results);
    // From the search box, Tab reaches the first result's link.
    await page.focus('#search-q');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('#search-results'))) break;
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Sửa đường phố trên địa bàn');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/2025/08/05/sua-duong/');
  });
});

describe('a site under a base path', () => {
  it('loads the bundle and links results under /staging/', async () => {
    const { page, errors } = await searchPage('dao thi thu hang', () => fixture.also.staging.url);
    const hrefs = await page.locator(`${results} h2 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 2).sort()).toEqual(['/staging/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/', '/staging/about/']);
    await page.locator(`${results} a[href="/staging/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/"]`).first().click();
    await page.waitForURL('**/staging/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/');
    expect(errors).toEqual([]);
  });
});
