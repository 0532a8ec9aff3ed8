/**
 * npm run verify [dist] [--posts DIR] [--now DATE]
 * Proves a built site lost no published post and shows no withheld one
 * (src/lib/verify.ts). Posts are read from --posts, else POSTS_DIR, else
 * src/content/posts. "Now" (what pinned, expiring and future posts are judged
 * against) is --now, else BUILD_NOW as the build read it (a post-style date,
 * Hà Nội time unless it has an offset), else when dist/index.html was written.
 * Exits 1 and lists the problems when there are any.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { site } from '../site.config.ts';
import { parsePostDate } from '../lib/dates.ts';
import { message } from '../lib/messages.ts';
import { formatProblems } from '../lib/problems.ts';
import { readPostSources, verifyDist } from '../lib/verify.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { posts: { type: 'string' }, now: { type: 'string' } },
});
const dist = resolve(positionals[0] ?? 'dist');
const postsDir = resolve(values.posts ?? process.env.POSTS_DIR ?? 'src/content/posts');
const nowText = values.now ?? process.env.BUILD_NOW;
const report = verifyDist(dist, readPostSources(postsDir), { now: nowText?.trim() ? parsePostDate(nowText, site.timezone) : undefined });

if (report.problems.length > 0) {
  const heading = message('verify.failed', { dist, count: report.problems.length });
  console.error(`${heading.vi}\n(${heading.en})\n\n${formatProblems(report.problems)}`);
  process.exit(1);
}
const ok = message('verify.ok', { dist, posts: report.posts, withheld: report.withheld });
console.log(`${ok.vi} / ${ok.en}`);
