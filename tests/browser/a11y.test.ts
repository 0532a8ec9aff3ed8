/**
 * axe-core in Chromium on every page type of the fixture site, light and
 * dark, on a 375 px phone and a 1280 px screen: no violation of the WCAG 2.1
 * A and AA rules or of axe's best practices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOn, openPage } from './browser.ts';
import { pageTypes } from './page-types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const fixture = chromiumOn('fixture');

interface Found {
  id: string;
  help: string;
  targets: string[];
}

async function runAxe(page: Page): Promise<Found[]> {
  // Evaluated through the DevTools protocol, so the site's policy does not apply to axe itself.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, TAGS);
}

describe('axe (WCAG 2.1 A/AA and best practices)', () => {
  it('runs for real: it reports an image without alt text and a low-contrast line', async () => {
    const { page } = await openPage(fixture.browser);
    await page.goto(fixture.site.url);
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><p style="color:#eee;background:#fff">mờ</p>');
    });
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
    await page.context().close();
  });

  for (const dark of [false, true]) {
    for (const width of [375, 1280]) {
      it(`finds no violation on any page type, ${dark ? 'dark' : 'light'}, ${width} px`, async () => {
        const { page, errors } = await openPage(fixture.browser, { width, dark });
        const violations: string[] = [];
        for (const { name, path, ready } of pageTypes) {
          await page.goto(fixture.site.url + path);
          if (ready) await page.waitForSelector(ready);
          const found = await runAxe(page);
          violations.push(...found.map((v) => `${name} (/${path}): ${v.id} — ${v.help}: ${v.targets.slice(0, 3).join(', ')}`));
        }
        expect(violations).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }
});
