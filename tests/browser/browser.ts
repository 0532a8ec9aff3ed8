/**
 * A real browser on a built site: Debian's Chromium driven by playwright-core,
 * the built dist/ served from 127.0.0.1. Remote content images are answered
 * with a local placeholder, so nothing leaves the machine.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir, root, type SiteName } from '../build/sites.ts';
import { headersForPath, readHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** http://127.0.0.1:port/ plus the base path. */
  url: string;
  /** Milliseconds to hold each response back, by URL path (a slow network for one query's files). */
  delay: (path: string) => number;
  close(): Promise<void>;
}

/**
 * Serve a built site the way a static host does: index.html for folders,
 * 404.html for the rest, and every response with the headers the site's own
 * `_headers` file gives its path (the Content-Security-Policy included), so
 * every browser test runs under the policy the site is published with.
 */
export function serve(site: SiteName, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  return serveDir(distDir(site), base, options);
}

export interface ServeOptions {
  /** Rewrite each page on its way out. */
  html?: (page: string) => string;
  /** Send the site's `_headers` (default); off only where a test needs what the published policy forbids. */
  headers?: boolean;
}

/**
 * The same for any built folder (npm run lighthouse serves dist/);
 * `html` may rewrite each page on its way out.
 */
export async function serveDir(folder: string, base = '/', { html, headers = true }: ServeOptions = {}): Promise<StaticSite> {
  const dir = resolve(folder);
  const rules = headers ? readHeadersFile(join(dir, '_headers')) : [];
  const served: StaticSite = { url: '', delay: () => 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headersForPath(rules, path))) res.setHeader(name, value);
    const wait = served.delay(path);
    if (wait > 0) {
      setTimeout(() => respond(path, res), wait);
      return;
    }
    respond(path, res);
  });
  function respond(path: string, res: ServerResponse) {
    let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      createReadStream(join(dir, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (html && file.endsWith('.html')) res.end(html(readFileSync(file, 'utf-8')));
    else createReadStream(file).pipe(res);
  }
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  served.url = `http://127.0.0.1:${port}${base}`;
  served.close = () => new Promise((ok) => server.close(() => ok()));
  return served;
}

/**
 * Chromium and built test sites served, for the tests of one file: started before them,
 * stopped after them. `site` is the first; `also` holds the others by name, each at its
 * base path. Read them inside the tests (they exist once started).
 */
export function chromiumOn(
  name: SiteName,
  ...others: [SiteName, string][]
): { readonly browser: Browser; readonly site: StaticSite; readonly also: Readonly<Record<SiteName, StaticSite>> } {
  let browser: Browser | undefined;
  const served: StaticSite[] = [];
  const also = {} as Record<SiteName, StaticSite>;
  beforeAll(async () => {
    browser = await launch();
    served.push(await serve(name));
    for (const [other, base] of others) served.push((also[other] = await serve(other, base)));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(served.map((s) => s.close()));
  });
  return {
    get browser() {
      return browser!;
    },
    get site() {
      return served[0];
    },
    also,
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const PLACEHOLDER = join(root, 'public/img/og-default.png');

export interface Watched {
  page: Page;
  /** Every request the page made to another origin than the local server. */
  foreign: string[];
  /** Uncaught script errors and console errors. */
  errors: string[];
}

/** A page whose remote images get the local placeholder, and whose foreign requests and errors are recorded. */
export async function openPage(browser: Browser, options: { width?: number; dark?: boolean; scale?: number } = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 390, height: 844 },
    deviceScaleFactor: options.scale ?? 1,
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      foreign.push(route.request().url());
      return route.request().resourceType() === 'image' ? route.fulfill({ path: PLACEHOLDER }) : route.abort();
    },
  );
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, foreign, errors };
}
