/**
 * npm run lighthouse [dist]: Lighthouse 12.2.3 in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium) on the home page, a post and a
 * search with results of a built site, served from 127.0.0.1 with the site's
 * own `_headers`. Accessibility, best practices and SEO must score 100;
 * performance is printed only (shared machines are too noisy to assert it).
 * Exits 1 when a category is under 100, naming the audits that failed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { site } from '../../src/site.config.ts';
import { serveDir } from './browser.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;

// The newest post, from the feed the build wrote (its URL without the site's origin and base).
const feed = readFileSync(join(dist, 'feed.xml'), 'utf-8');
const channel = new URL(/<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed)![1]);
const firstItem = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed);
const post = firstItem ? new URL(firstItem[1]).pathname.slice(channel.pathname.length) : undefined;
const only = process.env.LIGHTHOUSE_ONLY;
const pages = Object.fromEntries(Object.entries({ home: '', ...(post ? { post } : {}), search: 'search/?q=phuong' }).filter(([n]) => !only || n === only));

// Offline, like every browser test: photos hosted elsewhere are shown as the site's own placeholder image.
const placeholder = channel.pathname + site.defaultImage.replace(/^\//, '');
const server = await serveDir(dist, channel.pathname, {
  html: (page) => page.replace(/(<img\b[^>]*?\ssrc=")https:\/\/[^"]+"/g, `$1${placeholder}"`),
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const TRIES = 3;

/**
 * Lighthouse's report on one page. An asserted category Lighthouse could not score (an audit of it errored, or
 * the whole run did: its score is null, not low) was not measured, so the page is audited again, up
 * to three times; after that it counts as under 100, with the errors printed.
 */
async function audit(name: string, url: string): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse gave no result for ${name}`);
    const lhr = result.lhr;
    const unscored = ASSERTED.filter((id) => lhr.categories[id] && lhr.categories[id].score === null);
    if (!lhr.runtimeError && unscored.length === 0) return lhr;
    // The audits of those categories that errored (others may error without costing a score).
    const errors = unscored
      .flatMap((id) => lhr.categories[id].auditRefs)
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].scoreDisplayMode === 'error')
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id].errorMessage ?? 'error'}`);
    const why = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : errors.join('; ') || 'no audit says why';
    console.log(`  ${name}: Lighthouse could not score ${unscored.join(', ') || 'the page'} (${why}), try ${attempt} of ${TRIES}`);
    if (attempt === TRIES) return lhr;
  }
}

let failed = 0;
try {
  for (const [name, path] of Object.entries(pages)) {
    const { categories, audits } = await audit(name, server.url + path);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(`${name.padEnd(7)} /${path}: performance ${score('performance')}, ${ASSERTED.map((c) => `${c} ${score(c)}`).join(', ')}`);
    for (const id of ASSERTED) {
      if (score(id) === 100) continue;
      failed++;
      const bad = categories[id].auditRefs.filter((r) => r.weight > 0 && (audits[r.id].score ?? 1) < 1).map((r) => `${r.id} (${audits[r.id].title})`);
      console.log(`  ✗ ${id} ${score(id)}: ${bad.join('; ')}`);
      for (const ref of categories[id].auditRefs.filter((r) => r.weight > 0 && (audits[r.id].score ?? 1) < 1)) {
        const items = (audits[ref.id].details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        for (const item of items.slice(0, 5)) console.log(`      ${ref.id}: ${JSON.stringify(item).slice(0, 300)}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failed > 0) {
  console.log(`Lighthouse: ${failed} category score(s) under 100`);
  process.exit(1);
}
console.log('Lighthouse: accessibility, best practices and SEO are 100 on every page');
