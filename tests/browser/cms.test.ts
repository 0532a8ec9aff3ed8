/**
 * The browser editor, end to end: the built site's /admin/ in Chromium, with decap-server
 * writing into a copy of the project, in an editor's browser set to New York time. What is
 * checked is what a ward officer gets: the files on disk, then the site built from them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { launch, serve, type StaticSite } from './browser.ts';
import { copyProject, startDecapServer, type DecapServer } from './decap.ts';
import { distDir, root, runBuild, type SiteName } from '../build/sites.ts';
import { loadPagefind } from '../build/pagefind.ts';

const SEED = '2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md';
const SCREENSHOTS = join(root, 'tests/.output/screenshots');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let site: StaticSite;
let decap: DecapServer;
let project: string;
/** Requests to any other host than 127.0.0.1 that are not the seed post's own remote photos. */
const foreign: string[] = [];
const contentImages: string[] = [];
const errors: string[] = [];

const posts = () => join(project, 'src/content/posts');
const readPost = (name: string) => readFileSync(join(posts(), name), 'utf-8');

async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}

beforeAll(async () => {
  project = copyProject('cms-project');
  decap = await startDecapServer(project);
  // Without the published headers: the local backend (decap-server on 127.0.0.1) is outside the production /admin/ policy.
  site = await serve('site', '/', { headers: false });
  browser = await launch();
  // The editor is abroad: the date they pick must still be the instant they meant.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York', locale: 'vi-VN' });
  page = await context.newPage();
  const seedBody = readFileSync(join(root, 'src/content/posts', SEED), 'utf-8');
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      const url = route.request().url();
      if (route.request().resourceType() === 'image' && seedBody.includes(url)) {
        contentImages.push(url);
        return route.fulfill({ path: join(root, 'public/img/og-default.png') });
      }
      foreign.push(url);
      return route.abort();
    },
  );
  page.on('pageerror', (e) => errors.push(`${e.message} ${e.stack ?? ''}`.slice(0, 500)));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await decap?.stop();
});

describe('the browser editor at /admin/', () => {
  it('opens in Vietnamese on the local backend and lists the existing posts', async () => {
    await page.goto(`${site.url}admin/?decap_server_port=${decap.port}`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tương Mai với mô hình chính quyền hai cấp — 01/07/2025').waitFor();
    await expect(page.getByRole('link', { name: 'Bài viết' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-list.png') });
  });

  it('refuses a header mask of 2 in the form, with the message in Vietnamese, and writes nothing', async () => {
    await page.goto(`${site.url}admin/?decap_server_port=${decap.port}#/collections/posts/new`);
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Thông báo lịch tiếp dân định kỳ tháng Mười');
    await page.getByRole('button', { name: /^Thêm thẻ/ }).click();
    await page.locator('input[id^="item-field"]').fill('Tiếp dân');
    // 20:00 in New York is 07:00 the next morning in Hà Nội.
    await page.getByLabel('Ngày đăng', { exact: true }).fill('2025-10-06T20:00');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Bài thử do trình soạn bài tạo: lịch tiếp công dân định kỳ của phường.');
    await page.getByLabel(/^Độ tối lớp phủ ảnh/).fill('2');
    await publish();
    const message = page.getByText('Độ tối lớp phủ ảnh phải nằm trong khoảng từ 0 đến 1.');
    await message.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-editor-error.png') });
    expect(readdirSync(posts())).toEqual([SEED]);
    // Decap rejects its save with no reason when the form is invalid: the one uncaught "error" expected here.
    expect(errors.map((e) => e.trim())).toEqual(['undefined']);
    errors.length = 0;
  });

  it('publishes the new post as a file: ASCII name, the front matter filled in, the text', async () => {
    await page.getByLabel(/^Độ tối lớp phủ ảnh/).fill('');
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-editor.png') });
    await publish();
    const name = '2025-10-06-thong-bao-lich-tiep-dan-dinh-ky-thang-muoi.md';
    await page.waitForURL(`**#/collections/posts/entries/${name.replace(/\.md$/, '')}`);
    expect(existsSync(join(posts(), name))).toBe(true);
    expect(readPost(name)).toBe(
      [
        '---',
        'title: Thông báo lịch tiếp dân định kỳ tháng Mười',
        'date: 2025-10-06 20:00:00-04:00',
        'tags:',
        '  - Tiếp dân',
        'layout: post',
        '---',
        'Bài thử do trình soạn bài tạo: lịch tiếp công dân định kỳ của phường.',
        '',
      ].join('\n'),
    );
  });

  it('editing a hand-written post changes only the line of the key that changed', async () => {
    const before = readPost(SEED);
    // A fresh load, as an editor opening the post from a link (the login is remembered).
    await page.goto('about:blank');
    await page.goto(`${site.url}admin/?decap_server_port=${decap.port}#/collections/posts/entries/${SEED.replace(/\.md$/, '')}`);
    const title = page.getByLabel('Tiêu đề', { exact: true });
    await expect.poll(() => title.inputValue(), { timeout: 20_000 }).toBe('Tương Mai với mô hình chính quyền hai cấp');
    await title.fill('Tương Mai với mô hình chính quyền hai cấp (cập nhật)');
    await publish();
    const expected = before.replace(
      'title:      Tương Mai với mô hình chính quyền hai cấp\n',
      'title: Tương Mai với mô hình chính quyền hai cấp (cập nhật)\n',
    );
    expect(expected).not.toBe(before);
    await expect.poll(() => readPost(SEED), { timeout: 15_000 }).toBe(expected);
  });

  it('loaded nothing from any other host, and threw no error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the site built from the edited files has the post, its tag page and its search result', async () => {
    const name = 'cms-built' as SiteName;
    const result = await runBuild(name, { postsDir: posts() });
    expect(result.code, result.output).toBe(0);
    const dist = distDir(name);
    // The instant picked in New York: 2025-10-06 20:00 -04:00 is 2025-10-07 07:00 in Hà Nội.
    const postHtml = parse(readFileSync(join(dist, '2025/10/07/thong-bao-lich-tiep-dan-dinh-ky-thang-muoi/index.html'), 'utf-8'));
    expect(postHtml.querySelector('h1')!.text).toBe('Thông báo lịch tiếp dân định kỳ tháng Mười');
    expect(postHtml.querySelector('meta[property="article:published_time"]')!.getAttribute('content')).toBe('2025-10-07T07:00:00+07:00');
    const tagHtml = parse(readFileSync(join(dist, 'tags/tiep-dan/index.html'), 'utf-8'));
    expect(tagHtml.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/2025/10/07/thong-bao-lich-tiep-dan-dinh-ky-thang-muoi/');
    const seedHtml = parse(readFileSync(join(dist, '2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/index.html'), 'utf-8'));
    expect(seedHtml.querySelector('h1')!.text).toBe('Tương Mai với mô hình chính quyền hai cấp (cập nhật)');
    const pagefind = await loadPagefind(name);
    const search = await pagefind.search('tiếp công dân');
    const urls = await Promise.all(search!.results.map(async (r) => (await r.data()).url));
    expect(urls).toContain('/2025/10/07/thong-bao-lich-tiep-dan-dinh-ky-thang-muoi/');
  });
});
