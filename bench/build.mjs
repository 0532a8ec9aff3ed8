// Benchmark: build generated sites of N posts and time the whole build, the
// pages per second and the search index. Generated posts exist only here.
// Usage: npm run bench -- 1000 5000     (results in bench/results/)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });

const TAGS = ['Hành chính', 'Đường phố', 'Giáo dục', 'Y tế', 'An ninh – Trật tự', 'Văn hóa', 'Môi trường', 'Thông báo'];
const WORDS = 'phường tương mai người dân đăng ký thủ tục hành chính đường phố đống đa giáo dục y tế an ninh trật tự văn hóa môi trường thông báo lịch tiếp dân cán bộ công chức'.split(' ');

function generate(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < n; i++) {
    const date = new Date(start + Math.floor(rnd() * 6 * 365 * 86400000));
    const ymd = date.toISOString().slice(0, 10);
    const hm = date.toISOString().slice(11, 19);
    const tags = [TAGS[i % TAGS.length], TAGS[Math.floor(rnd() * TAGS.length)]];
    const para = () => Array.from({ length: 60 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ') + '.';
    writeFileSync(
      join(dir, `${ymd}-bai-thu-${i}.md`),
      `---\ntitle: Bài thử số ${i}\ndate: ${ymd} ${hm}\ntags: [${tags.join(', ')}]\ncatalog: true\n---\n\n${para()}\n\n## Phần một\n\n${para()}\n\n## Phần hai\n\n${para()}\n`,
    );
  }
}

const rows = [];
for (const n of sizes) {
  const posts = join(out, `posts-${n}`);
  generate(posts, n);
  const dist = join(out, `dist-${n}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['tests/build/run-build.mjs', dist, join(out, `cache-${n}`)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', POSTS_DIR: posts, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf-8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`build of ${n} posts failed:\n${r.stderr}`);
  const count = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const row = { posts: n, pages: count(dist), seconds: Number(seconds.toFixed(1)) };
  rows.push(row);
  console.log(`${n} posts: ${row.pages} pages in ${row.seconds} s (${(row.pages / seconds).toFixed(0)} pages/s)`);
  rmSync(dist, { recursive: true, force: true });
  rmSync(posts, { recursive: true, force: true });
}
writeFileSync(join(out, `build-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(rows, null, 2));
