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
  console.error(`Trang đã dựng ở ${dist} có ${report.problems.length} lỗi / The built site has ${report.problems.length} problem(s):`);
  for (const p of report.problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `Đủ cả ${report.posts} bài đã đăng, không lộ bài nào trong ${report.withheld} bài chưa đăng / ` +
    `All ${report.posts} published posts are in place; none of the ${report.withheld} withheld posts shows (${dist}).`,
);
