/**
 * npm run import:jekyll -- <Jekyll site> [--dry-run] [--force]
 *
 * Imports a Jekyll site's posts into src/content/posts/ and the files they
 * use into public/, prints the report, then checks the posts as the build
 * does. The work is in src/lib/jekyll/; this file only reads the arguments
 * and writes. POSTS_DIR and PUBLIC_DIR point it elsewhere (the tests do).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site.config.ts';
import { checkPosts } from '../lib/jekyll/check.ts';
import { planImport } from '../lib/jekyll/import.ts';
import { message } from '../lib/jekyll/messages.ts';
import { exitCode, formatReport } from '../lib/jekyll/report.ts';
import { isJekyllSite } from '../lib/jekyll/site.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const force = args.includes('--force');
const positional = args.filter((a) => !a.startsWith('--'));

if (positional.length !== 1 || args.some((a) => a.startsWith('--') && a !== '--dry-run' && a !== '--force')) {
  console.error(message('usage').join('\n'));
  process.exit(2);
}
const siteDir = resolve(positional[0]);
if (!isJekyllSite(siteDir)) {
  console.error(message('notASite', { dir: siteDir }).join('\n'));
  process.exit(2);
}

const postsDir = resolve(process.env.POSTS_DIR ?? join(root, 'src/content/posts'));
const publicDir = resolve(process.env.PUBLIC_DIR ?? join(root, 'public'));
const plan = await planImport(siteDir, { timezone: site.timezone, postsDir, publicDir, force });

if (!dryRun) {
  mkdirSync(postsDir, { recursive: true });
  for (const copy of plan.copies) {
    const to = join(publicDir, copy.to);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(copy.from, to);
  }
  for (const write of plan.writes) writeFileSync(join(postsDir, write.target), write.text);
}
console.log(formatReport(plan, { dryRun }));

const check = checkPosts({
  postsDir,
  publicDir,
  root,
  timezone: site.timezone,
  defaultAuthor: site.author,
  pending: dryRun ? new Map(plan.writes.map((w) => [w.target, w.text])) : undefined,
  pendingFiles: dryRun ? plan.copies.map((c) => c.to) : undefined,
});
console.log('');
if (check.problems.length === 0) console.log(message('checkPassed', { count: check.count }).join('\n'));
else {
  console.log(message('checkFailed').join(' / ') + ':');
  for (const p of check.problems) console.log(`  - ${p}`);
}
process.exit(exitCode(plan, check.problems.length));
