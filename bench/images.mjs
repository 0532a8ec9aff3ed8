// Benchmark of the photo and card work: builds one generated site twice,
// with an empty image cache (cold) and again with the cache it left (warm),
// each time from a fresh Astro cache, and reports what the integration
// measured (image and card work) beside the whole build's wall time.
// The difference between the two builds is what photos and cards cost.
// Usage: npm run bench:images -- [posts=2000] [photos=10]   (results in bench/results/)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makePhoto } from '../tests/build/photos.ts';

const [posts = 2000, photos = 10] = process.argv.slice(2).map(Number);
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'bench/results/images');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The site: `posts` posts without a photo (each gets a drawn card), and `photos` posts
// with a 4000×3000 phone photo as header and in the text (each a photo and its crop).
const postsDir = join(out, 'posts');
const publicDir = join(out, 'public');
mkdirSync(postsDir, { recursive: true });
cpSync(join(root, 'public'), publicDir, { recursive: true });
const WORDS = 'thông báo lịch tiếp dân phường tương mai đăng ký thủ tục hành chính đường phố giáo dục y tế an ninh trật tự văn hóa môi trường'.split(' ');
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
const day = (i) => new Date(Date.UTC(2020, 0, 1) + i * 86400000).toISOString().slice(0, 10);
for (let i = 0; i < posts; i++) {
  const title = words(6 + Math.floor(rnd() * 18));
  writeFileSync(join(postsDir, `${day(i % 2000)}-bai-${i}.md`), `---\ntitle: ${title[0].toUpperCase()}${title.slice(1)} ${i}\ndate: ${day(i % 2000)} 08:00:00\n---\n\n${words(80)}.\n`);
}
for (let i = 0; i < photos; i++) {
  await makePhoto(join(publicDir, `img/bench/anh-${i}.jpg`), { seed: 100 + i });
  writeFileSync(
    join(postsDir, `${day(i)}-anh-${i}.md`),
    `---\ntitle: Bài có ảnh ${i}\ndate: ${day(i)} 09:00:00\nheader-img: /img/bench/anh-${i}.jpg\n---\n\n${words(60)}.\n\n![Ảnh ${i}](/img/bench/anh-${i}.jpg)\n\n> Chú thích.\n`,
  );
}

const imageCache = join(out, 'image-cache');
function build(label) {
  const astroCache = join(out, `astro-cache-${label}`);
  rmSync(astroCache, { recursive: true, force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['tests/build/run-build.mjs', join(out, `dist-${label}`), astroCache], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', POSTS_DIR: postsDir, PUBLIC_DIR: publicDir, IMAGE_CACHE_DIR: imageCache, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf-8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${label} build failed:\n${r.stdout}\n${r.stderr}`);
  const photoLine = /Photos: (\d+) used, (\d+) processed, (\d+) from the cache, (\d+) link-preview crops made \((\d+) ms/.exec(r.stdout);
  const cardLine = /Cards: (\d+) published, (\d+) drawn, (\d+) from the cache \((\d+) ms of drawing on the workers; (\d+) ms waited/.exec(r.stdout);
  const row = {
    build: label,
    seconds: Number(seconds.toFixed(1)),
    photos: { used: +photoLine[1], processed: +photoLine[2], cached: +photoLine[3], crops: +photoLine[4], workMs: +photoLine[5] },
    cards: { published: +cardLine[1], drawn: +cardLine[2], cached: +cardLine[3], drawingMs: +cardLine[4], waitedAfterPagesMs: +cardLine[5] },
  };
  console.log(JSON.stringify(row));
  rmSync(join(out, `dist-${label}`), { recursive: true, force: true });
  rmSync(astroCache, { recursive: true, force: true });
  return row;
}

rmSync(imageCache, { recursive: true, force: true });
const cold = build('cold');
const warm = build('warm');
const result = {
  posts,
  photos,
  cold,
  warm,
  coldMinusWarmSeconds: Number((cold.seconds - warm.seconds).toFixed(1)),
};
console.log(`${posts} posts, ${photos} photos: cold ${cold.seconds} s, warm ${warm.seconds} s; photos and cards cost ${result.coldMinusWarmSeconds} s cold`);
writeFileSync(join(root, 'bench/results', `images-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
rmSync(postsDir, { recursive: true, force: true });
