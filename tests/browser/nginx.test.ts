/**
 * deploy/nginx/tuongmai.conf in a real nginx (Debian's nginx-light), serving
 * the fixture site: status codes, the headers of `_headers`, compression,
 * the 404 page, the trailing-slash and old-URL redirects, Pagefind's file
 * types; then searching in Chromium through it, under its headers.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { distDir } from '../build/sites.ts';
import { findRedirects, nginxRedirects } from '../../src/lib/nginx-redirects.ts';
import { launch, openPage } from './browser.ts';
import { headersForPath, readHeadersFile } from './headers-file.ts';
import { startNginx, type RunningNginx } from './nginx.ts';
import { POST } from './page-types.ts';

let nginx: RunningNginx;
const dist = distDir('fixture');
const published = readHeadersFile(join(dist, '_headers'));

beforeAll(async () => {
  nginx = await startNginx(dist, ({ html, conf }) => {
    // An old URL from the Jekyll site, as the import writes it, and its nginx 301.
    mkdirSync(join(html, 'bai-cu'), { recursive: true });
    writeFileSync(join(html, 'bai-cu/index.html'), `<!doctype html><title>Đã chuyển</title><meta http-equiv="refresh" content="0;url=/${POST}">`);
    writeFileSync(join(conf, 'tuongmai/redirects/site.conf'), nginxRedirects(findRedirects(html)));
    writeFileSync(join(html, 'img/ve.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(40)}</svg>`);
    mkdirSync(join(html, 'admin'), { recursive: true });
    writeFileSync(join(html, 'admin/index.html'), '<!doctype html><title>Quản trị</title>');
    writeFileSync(join(html, 'img/thu.json'), JSON.stringify({ posts: Array.from({ length: 40 }, (_, i) => `bài ${i}`) }));
    writeFileSync(join(html, 'img/thu.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  });
});
afterAll(async () => {
  await nginx?.stop();
});

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(nginx.url + path, { headers, redirect: 'manual' });
}

/** The response carries every header `_headers` gives its path, with the same value. */
function expectPublishedHeaders(response: Response, path: string) {
  const expected = headersForPath(published, path);
  expect(Object.keys(expected).length).toBeGreaterThan(4);
  for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
}

describe('nginx with deploy/nginx/tuongmai.conf', () => {
  it('sends exactly the headers of _headers: pages, hashed assets, Pagefind chunks, the editor', async () => {
    const astroCss = readFileSync(join(dist, 'index.html'), 'utf-8').match(/\/_astro\/[^"]+\.css/)![0];
    for (const path of ['/', `/${POST}`, '/feed.xml', '/sitemap-index.xml', astroCss, '/pagefind/pagefind-entry.json']) {
      const response = await get(path.slice(1));
      expect(response.status, path).toBe(200);
      expectPublishedHeaders(response, path);
    }
    const css = await get(astroCss.slice(1));
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get(POST);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // The editor's own policy, wherever its files end up.
    const admin = await get('admin/');
    expectPublishedHeaders(admin, '/admin/');
    expect(admin.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('serves Pagefind’s files with their types, its hashed chunks cached for a year, never gzipped again', async () => {
    const entry = JSON.parse(await (await get('pagefind/pagefind-entry.json')).text());
    const meta = `pagefind/pagefind.${entry.languages.vi.hash}.pf_meta`;
    const response = await get(meta, { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-encoding')).toBeNull();
    const wasm = await get('img/thu.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    for (const [dir, ext] of [['fragment', 'pf_fragment'], ['index', 'pf_index'], ['filter', 'pf_filter']]) {
      const file = readdirSync(join(dist, 'pagefind', dir)).find((f) => f.endsWith(`.${ext}`))!;
      const chunk = await get(`pagefind/${dir}/${file}`);
      expect(chunk.headers.get('content-type'), ext).toBe('application/octet-stream');
      expectPublishedHeaders(chunk, `/pagefind/${dir}/${file}`);
      expect(chunk.headers.get('cache-control'), ext).toBe('public, max-age=31536000, immutable');
    }
    const unhashed = await get('pagefind/wasm.unknown.pagefind');
    expect(unhashed.status).toBe(200);
    expect(unhashed.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('gzips HTML, CSS, JS, JSON, XML and SVG for browsers that ask', async () => {
    const astroCss = readFileSync(join(dist, 'index.html'), 'utf-8').match(/\/_astro\/[^"]+\.css/)![0].slice(1);
    const kinds = { '': 'text/html', [astroCss]: 'text/css', 'pagefind/pagefind.js': 'javascript', 'img/thu.json': 'application/json', 'feed.xml': 'xml', 'sitemap-0.xml': 'xml', 'img/ve.svg': 'image/svg+xml' };
    for (const [path, type] of Object.entries(kinds)) {
      const response = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(response.headers.get('content-type'), path).toContain(type);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('vary'), path).toBe('Accept-Encoding');
      // fetch has already gunzipped the body: it must be the file, byte for byte.
      const body = Buffer.from(await response.arrayBuffer());
      const file = path === '' ? 'index.html' : path;
      if (!file.startsWith('img/')) expect(body.equals(readFileSync(join(dist, file))), path).toBe(true);
    }
    const plain = await get('', { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers a missing page with the site’s 404 page, status 404, under the same headers', async () => {
    const response = await get('khong-co-trang-nay/');
    expect(response.status).toBe(404);
    expectPublishedHeaders(response, '/khong-co-trang-nay/');
    expect(await response.text()).toBe(readFileSync(join(dist, '404.html'), 'utf-8'));
    for (const hidden of ['_headers', '_redirects']) expect((await get(hidden)).status, hidden).toBe(404);
  });

  it('redirects a post URL without its trailing slash to the one with it, keeping the query', async () => {
    const bare = POST.replace(/\/$/, '');
    const response = await get(bare);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/${POST}`);
    const withQuery = await get(`${bare}?utm=x`);
    expect(withQuery.headers.get('location')).toBe(`/${POST}?utm=x`);
    expect((await get('2025')).headers.get('location')).toBe('/2025/');
  });

  it('sends the old site’s URLs on with a 301 from the redirects include', async () => {
    const response = await get('bai-cu/');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/${POST}`);
  });
});

describe('searching in Chromium through nginx', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"dong da" finds the Đống Đa posts under nginx’s headers, with no policy broken and no error', async () => {
    const { page, errors, foreign } = await openPage(browser);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI}`),
      ),
    );
    const response = await page.goto(`${nginx.url}search/?q=dong+da`);
    expect(response!.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await page.waitForSelector('#search-results .search-result');
    const first = page.locator('#search-results .search-result').first();
    await expect(first.locator('h2').textContent()).resolves.toBe('Sửa đường phố trên địa bàn');
    await expect(first.locator('mark').allTextContents()).resolves.toContain('Đống');
    await first.locator('a').click();
    await page.waitForURL(`${nginx.url}2025/08/05/sua-duong/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sửa đường phố trên địa bàn');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
