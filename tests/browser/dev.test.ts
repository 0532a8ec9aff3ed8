/**
 * `astro dev`: the search page uses the last build's index, or says in
 * Vietnamese that search needs one build; never a script error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { astroEnv, distDir, outputRoot, root } from '../build/sites.ts';
import { launch, openPage } from './browser.ts';

let browser: Browser;
const servers: ChildProcess[] = [];

/** Start `astro dev` on a free port; resolves with its URL once it serves. */
async function startDev(outDir: string): Promise<string> {
  const child = spawn(process.execPath, ['tests/browser/run-dev.mjs', outDir], {
    cwd: root,
    env: astroEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(child);
  let output = '';
  const port = await new Promise<string>((ready, fail) => {
    child.stdout!.on('data', (d) => {
      output += d;
      const m = /ready (\d+)/.exec(output);
      if (m) ready(m[1]);
    });
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  return `http://127.0.0.1:${port}/`;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
});

describe('search in astro dev', () => {
  it('says plainly that search needs one build when there is no index yet', async () => {
    const empty = join(outputRoot, 'dev-no-build');
    mkdirSync(empty, { recursive: true });
    const url = await startDev(empty);
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}search/?q=tuong+mai`);
    // The first visit may be reloaded once by Vite while it prepares dependencies: wait it out. The text is
    // taken in the same moment it is seen (a reload right after would show the page's opening line again).
    const said = await page.waitForFunction(
      () => {
        const text = document.querySelector('#search-status')?.textContent ?? '';
        return text.startsWith('Chưa có') ? text : false;
      },
      null,
      { timeout: 45_000 },
    );
    expect(await said.jsonValue()).toBe('Chưa có chỉ mục tìm kiếm: chạy “npm run build” một lần, rồi tải lại trang này.');
    expect(errors.filter((e) => !/Failed to load resource|404/.test(e))).toEqual([]);
  });

  it('searches the last build’s index when there is one', async () => {
    const url = await startDev(distDir('fixture'));
    const { page, errors } = await openPage(browser);
    await page.goto(`${url}search/?q=dao+thi+thu+hang`);
    await page.waitForSelector('#search-results .search-result', { timeout: 45_000 });
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles.slice(0, 2)).toContain('Tương Mai với mô hình chính quyền hai cấp');
    expect(errors).toEqual([]);
  });
});
