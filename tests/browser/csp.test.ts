/**
 * The site works under exactly the headers it is published with: every page
 * type, search with results included, served with the policy from the
 * site's own `_headers` (tests/browser/browser.ts), breaks no rule of it and
 * logs no error.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumOn, openPage } from './browser.ts';
import { pageTypes } from './page-types.ts';

const fixture = chromiumOn('fixture', ['staging', '/staging/']);

type Recorded = { cspViolations: string[] };

/** Record every securitypolicyviolation event of every document the page loads. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as Recorded).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as Recorded).cspViolations);
}

async function visitAll(base: string) {
  const { page, errors } = await openPage(fixture.browser);
  const violationsSoFar = await recordViolations(page);
  const violations: string[] = [];
  const csp: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document') csp.push(r.headers()['content-security-policy'] ?? '');
  });
  for (const { path, ready } of pageTypes) {
    await page.goto(base + path);
    if (ready) await page.waitForSelector(ready);
    // Let late work (the search worker, lazy images) finish before counting.
    await page.waitForLoadState('networkidle');
    const seen = await violationsSoFar();
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  await page.context().close();
  return { violations, errors, csp };
}

describe('under the published Content-Security-Policy', () => {
  it('every page type, search with results included, breaks no rule and logs no error', async () => {
    const { violations, errors, csp } = await visitAll(fixture.site.url);
    expect(csp.length).toBe(pageTypes.length);
    for (const policy of csp) expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('so does the site under a base path', async () => {
    const { violations, errors } = await visitAll(fixture.also.staging.url);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a script the site did not ship is refused: the policy is really enforced', async () => {
    const { page, errors } = await openPage(fixture.browser);
    const violationsSoFar = await recordViolations(page);
    await page.goto(fixture.site.url);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect(violationsSoFar()).resolves.toEqual(['script-src-elem inline']);
    expect(errors).toEqual([expect.stringContaining("violates the following Content Security Policy directive 'script-src 'self' 'wasm-unsafe-eval''")]);
    await page.context().close();
  });
});
