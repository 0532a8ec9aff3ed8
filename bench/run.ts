/**
 * The build benchmark: this site against a bare Astro blog (bench/baseline/)
 * on the same generated posts, side by side in one run, interleaved, cold each
 * time. Prints a table and saves JSON in bench/results/.
 *
 *   npm run bench -- --sizes 2000,6000 --runs 3 [--warm] [--only site|baseline|hugo] [--keep]
 *                    [--cards]            (adds this site built without link-preview cards: the difference is their cost)
 *                    [--hugo-theme DIR]   (adds Hugo + PaperMod: a `hugo` binary and the theme's folder)
 *
 * Each build runs in a temporary copy of its project (node_modules linked), so
 * generated posts and photos never touch the work tree. Measured per build:
 * wall time, CPU time of the whole process tree (user + system, Pagefind
 * included), peak RSS of the process tree (sampled from /proc every 50 ms),
 * pages and files written, dist size and search index size.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { generatePosts, photoPixels } from './generate.ts';
import { allocatorEnv, buildNodeFlags } from '../src/lib/allocators.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    cards: { type: 'boolean', default: false },
    'hugo-theme': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const hugoTheme = values['hugo-theme'];
const engines = (['site', 'site-no-cards', 'baseline', 'hugo'] as const).filter(
  (e) =>
    (!values.only || values.only === e || (values.only === 'site' && e === 'site-no-cards')) &&
    (e !== 'hugo' || hugoTheme) &&
    (e !== 'site-no-cards' || values.cards),
);
const isSite = (e: Engine) => e === 'site' || e === 'site-no-cards';

type Engine = (typeof engines)[number];

interface Measure {
  engine: Engine | 'site-warm' | 'site-no-cards-warm' | 'site-media-cached' | 'site-no-cards-media-cached';
  posts: number;
  run: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  pages: number;
  files: number;
  distMB: number;
  indexMB: number;
  /** Seconds the machine's CPUs spent waiting for the disk (iowait) or taken by the host (steal) during the build: the part of the wall time no code of the build can explain. */
  waitSeconds: number;
  /** This site's own report of its card work (the build's `Cards:` line). */
  cards?: string;
}

const work = join(tmpdir(), `tuongmai-bench-${process.pid}`);

/**
 * A previous build's output and caches, moved out of the way rather than deleted: deleted only
 * when the run ends. On a disk formatted ext4 without a journal (this machine's), the kernel
 * avoids reusing an inode freed in about the last half minute (until written back), looking past
 * every such inode each time it makes a file or folder: a build just after deleting thousands of
 * files pays for them, and an engine with more files pays on each of more files (bench/README.md, "The disk").
 */
const trash = join(work, 'trash');
let trashed = 0;
function discard(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, String(trashed++)));
}

/** A copy of a project to build in, with the posts and photos of this size. */
function prepare(engine: Engine, n: number, posts: ReturnType<typeof generatePosts>, photos: string): string {
  const dir = join(work, `${engine}-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (engine === 'hugo') {
    // Hugo 0.111 + PaperMod with what this site also makes: tags, RSS, sitemap and a JSON search index.
    writeFileSync(
      join(dir, 'config.yml'),
      [
        'baseURL: https://example.org/', 'languageCode: vi', 'title: Bench', 'theme: PaperMod', `themesDir: ${JSON.stringify(dirname(hugoTheme!))}`,
        'paginate: 10', 'outputs:', '  home: [HTML, RSS, JSON]', 'taxonomies:', '  tag: tags', 'enableRobotsTXT: true',
      ].join('\n') + '\n',
    );
    if (basename(hugoTheme!) !== 'PaperMod') throw new Error('--hugo-theme must be a folder named PaperMod');
    mkdirSync(join(dir, 'content/posts'), { recursive: true });
    for (const post of posts) writeFileSync(join(dir, 'content/posts', post.file), post.source.replace(/^layout: post\n/m, ''));
    cpSync(photos, join(dir, 'static/img/bench'), { recursive: true });
    return dir;
  }
  const from = isSite(engine) ? root : join(root, 'bench/baseline');
  // deploy/: the headers' one source, which the hosting integration reads.
  const parts = isSite(engine) ? ['src', 'public', 'deploy', 'astro.config.mjs', 'package.json', 'tsconfig.json'] : ['src', 'astro.config.mjs'];
  for (const part of parts) if (existsSync(join(from, part))) cpSync(join(from, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const postsDir = isSite(engine) ? join(dir, 'src/content/posts') : join(dir, 'posts');
  rmSync(postsDir, { recursive: true, force: true });
  mkdirSync(postsDir, { recursive: true });
  for (const post of posts) writeFileSync(join(postsDir, post.file), post.source);
  cpSync(photos, join(dir, 'public/img/bench'), { recursive: true });
  return dir;
}

/**
 * Where the generated photos are kept between runs, a folder per size: making them is not measured,
 * and takes ~9 minutes for the 1,000 photos of 20,000 posts. Bump the version when makePhotos changes.
 */
const PHOTOS = join(root, 'node_modules/.cache/tuongmai-bench-photos/v2');

/** Phone-sized photos for the generated posts (made once, not measured; the same bytes for the same size on every machine). */
async function makePhotos(posts: ReturnType<typeof generatePosts>, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const names = new Set(posts.flatMap((p) => p.images));
  let i = 0;
  for (const image of names) {
    const file = join(dir, image.replace('/img/bench/', ''));
    const seed = i++;
    if (existsSync(file)) continue;
    // Written aside, then renamed: a run stopped midway leaves no half-written photo for the next.
    await sharp(photoPixels(seed, 2400, 1600), { raw: { width: 2400, height: 1600, channels: 3 } })
      .jpeg({ quality: 82 })
      .toFile(`${file}.part`);
    renameSync(`${file}.part`, file);
  }
}

/**
 * The machine's CPU time spent in iowait and steal so far, in seconds (the aggregate line of
 * /proc/stat; its fifth and eighth fields, in ticks of 1/100 s on Linux).
 */
function waitTicks(procStat: string): number {
  const fields = /^cpu\s+(.*)$/m.exec(procStat)?.[1].trim().split(/\s+/).map(Number);
  if (!fields || fields.length < 8) throw new Error('/proc/stat has no aggregate cpu line with steal time');
  return (fields[4] + fields[7]) / 100;
}

/** Runs a command and samples the RSS of its whole process tree. */
function measured(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ wall: number; cpu: number; peakRss: number; wait: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const wait0 = waitTicks(readFileSync('/proc/stat', 'utf8'));
    // GNU time reports the CPU of the command and every child it waited for.
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', join(cwd, '.time'), cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      const wait = waitTicks(readFileSync('/proc/stat', 'utf8')) - wait0;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-4000)}`));
      const [user, sys] = readFileSync(join(cwd, '.time'), 'utf8').trim().split(/\s+/).map(Number);
      resolve({ wall, cpu: user + sys, peakRss: peak, wait, stdout });
    });
  });
}

/** Sum of VmRSS (bytes) of a process and all its descendants. */
function treeRss(pid: number): number {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  let total = 0;
  for (const [p] of parent) {
    let q: number | undefined = p;
    while (q && q !== pid) q = parent.get(q);
    if (q !== pid) continue;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (kb) total += Number(kb[1]) * 1024;
    } catch {}
  }
  return total;
}

function walk(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0, pages = 0, bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, pages, bytes };
}

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|POSTS_DIR|BASE_PATH|SITE_URL)$/.test(k)));
env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * What a build keeps of the build before it: nothing (cold), every cache (warm), or only this
 * site's photo and card cache (`media`: Astro's content store made again, every page rendered
 * again, no photo encoded and no card drawn).
 */
type Kept = 'nothing' | 'caches' | 'media';

/** The folder of the site's photos and cards, inside the build's cache folder. */
const MEDIA_CACHE = 'tuongmai-images';

async function build(engine: Engine, dir: string, kept: Kept = 'nothing'): Promise<Omit<Measure, 'engine' | 'posts' | 'run'>> {
  const dist = join(dir, 'dist');
  const cache = join(dir, '.cache');
  // Whatever is kept, the build starts without dist/, as a deploy does (a fresh checkout; its caches restored).
  const cold = [dist, cache, join(dir, '.astro'), join(dir, 'resources')];
  const media = existsSync(cache) ? readdirSync(cache).filter((e) => e !== MEDIA_CACHE).map((e) => join(cache, e)) : [];
  for (const d of kept === 'nothing' ? cold : kept === 'media' ? [dist, join(dir, '.astro'), ...media] : [dist]) discard(d);
  // The previous build's writes reach the disk now, not during this build (a warm build after a cold one waited ~20 s on them).
  spawnSync('sync');
  const runner = join(root, 'tests/build/run-build.mjs');
  // The baseline's Pagefind runs as its own process after the build, as a bare blog would run it.
  const script = engine === 'hugo' ? `hugo --quiet --destination "${dist}" --cacheDir "${cache}"` : isSite(engine) ? `"${process.execPath}" ${buildNodeFlags.join(' ')} "${runner}" "${dist}" "${cache}"` : `"${process.execPath}" "${runner}" "${dist}" "${cache}" && "${join(root, 'node_modules/.bin/pagefind')}" --site "${dist}" --silent`;
  // The photos' and cards' cache goes with the build's other caches (else it would be the work tree's node_modules/.cache, never cold).
  // The site's allocator settings and Node flags, as `npm run build` sets them (src/lib/allocators.ts); the baseline runs as Astro comes.
  const siteEnv = isSite(engine)
    ? { ...allocatorEnv, IMAGE_CACHE_DIR: join(cache, MEDIA_CACHE), ...(engine === 'site-no-cards' ? { TUONGMAI_NO_CARDS: '1' } : {}) }
    : {};
  const m = await measured('/bin/sh', ['-c', script], dir, { ...env, ...siteEnv, POSTS_DIR: isSite(engine) ? join(dir, 'src/content/posts') : join(dir, 'posts') });
  const all = walk(dist);
  const index = existsSync(join(dist, 'pagefind'))
    ? walk(join(dist, 'pagefind'))
    : { bytes: existsSync(join(dist, 'index.json')) ? statSync(join(dist, 'index.json')).size : 0 };
  return {
    wallSeconds: round(m.wall),
    cpuSeconds: round(m.cpu),
    peakRssMB: Math.round(m.peakRss / 2 ** 20),
    pages: all.pages,
    files: all.files,
    distMB: round(all.bytes / 2 ** 20),
    indexMB: round(index.bytes / 2 ** 20),
    waitSeconds: round(m.wait),
    cards: /Cards: [^\n]*/.exec(m.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[0],
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const results: Measure[] = [];

/** Keeps one build's measures and prints them as they come. */
function record(m: Measure): void {
  results.push(m);
  console.log(`${m.engine.padEnd(9)} ${m.posts} posts run ${m.run}: ${m.wallSeconds} s wall, ${m.cpuSeconds} s CPU, ${m.peakRssMB} MB peak, ${m.pages} pages, ${m.files} files, ${m.waitSeconds} s iowait + steal`);
  if (m.cards) console.log(`          ${m.cards}`);
}
try {
  for (const n of sizes) {
    const posts = generatePosts(n);
    const photos = join(PHOTOS, String(n));
    await makePhotos(posts, photos);
    const dirs = Object.fromEntries(engines.map((e) => [e, prepare(e, n, posts, photos)])) as Record<Engine, string>;
    for (let run = 1; run <= runs; run++) {
      // Interleaved: a slow minute on the machine hits both engines alike.
      for (const engine of run % 2 ? engines : [...engines].reverse()) {
        record({ engine, posts: n, run, ...(await build(engine, dirs[engine])) });
      }
    }
    // Warm: the previous build's caches kept, one post changed; as many times as there are runs.
    for (let run = 1; run <= (values.warm ? runs : 0); run++) {
      for (const engine of engines.filter(isSite)) {
        const postsDir = join(dirs[engine], 'src/content/posts');
        const first = join(postsDir, posts[0].file);
        writeFileSync(first, readFileSync(first, 'utf8') + '\nMột câu được thêm vào để đo lần dựng lại.\n');
        record({ engine: `${engine}-warm`, posts: n, run, ...(await build(engine, dirs[engine], 'caches')) });
        // Then the site's own work, cold, beside the baseline's: the photos and cards cached, nothing else.
        record({ engine: `${engine}-media-cached`, posts: n, run, ...(await build(engine, dirs[engine], 'media')) });
      }
    }
    if (!values.keep) for (const d of Object.values(dirs)) discard(d);
  }
} finally {
  rmSync(values.keep ? trash : work, { recursive: true, force: true });
}

// The table: medians per engine and size, and this site's ratio to the baseline.
const rows: string[] = ['| engine | posts | wall s | CPU s | peak RSS MB | pages | files | dist MB | index MB | iowait + steal s | wall ratio | CPU ratio | RSS ratio |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|'];
for (const n of sizes) {
  const med = (engine: string, key: keyof Measure) => {
    const xs = results.filter((r) => r.engine === engine && r.posts === n).map((r) => r[key] as number);
    return xs.length ? median(xs) : undefined;
  };
  for (const engine of ['baseline', 'hugo', 'site', 'site-no-cards', 'site-warm', 'site-no-cards-warm', 'site-media-cached', 'site-no-cards-media-cached']) {
    const wall = med(engine, 'wallSeconds');
    if (wall === undefined) continue;
    // The ratios to the baseline's medians in this run: wall time, CPU time, peak RSS.
    const ratio = (key: 'wallSeconds' | 'cpuSeconds' | 'peakRssMB') => {
      const base = med('baseline', key);
      return base ? `${(med(engine, key)! / base).toFixed(2)}x` : '';
    };
    rows.push(
      `| ${engine} | ${n} | ${wall} | ${med(engine, 'cpuSeconds')} | ${med(engine, 'peakRssMB')} | ${med(engine, 'pages')} | ${med(engine, 'files')} | ${med(engine, 'distMB')} | ${med(engine, 'indexMB')} | ${med(engine, 'waitSeconds')} | ${ratio('wallSeconds')} | ${ratio('cpuSeconds')} | ${ratio('peakRssMB')} |`,
    );
  }
}
console.log('\n' + rows.join('\n'));
// What the link-preview cards add: the same site built with and without them, in this run.
for (const n of sizes) {
  const of = (engine: string, key: 'wallSeconds' | 'cpuSeconds') => results.filter((r) => r.engine === engine && r.posts === n).map((r) => r[key]);
  const diff = (a: string, b: string, key: 'wallSeconds' | 'cpuSeconds') =>
    of(a, key).length && of(b, key).length ? round(median(of(a, key)) - median(of(b, key))) : undefined;
  const show = (a: string, b: string) => `${diff(a, b, 'wallSeconds')} s wall, ${diff(a, b, 'cpuSeconds')} s CPU`;
  if (diff('site', 'site-no-cards', 'wallSeconds') === undefined) continue;
  const warm = diff('site-warm', 'site-no-cards-warm', 'wallSeconds') !== undefined ? `; warm ${show('site-warm', 'site-no-cards-warm')}` : '';
  console.log(`Cards at ${n} posts (site minus site-no-cards): cold ${show('site', 'site-no-cards')}${warm}`);
}
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
const file = join(out, `build-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ sizes, runs, node: process.version, results }, null, 2));
console.log(`\nSaved ${file}`);
