/**
 * The sites the build and browser tests look at, each a real `astro build`
 * of this project: the site itself, the site under a base path, fixture
 * content, and no content at all. Built once per test run (global-setup).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePhoto } from './photos.ts';
import { allocatorEnv, buildNodeFlags } from '../../src/lib/allocators.ts';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outputRoot = join(root, 'tests/.output');

export interface SiteSpec {
  /** Folder of posts (POSTS_DIR); the site's own when omitted. */
  postsDir?: string;
  /** Folder of standalone pages (PAGES_DIR); the site's own when omitted. */
  pagesDir?: string;
  env?: Record<string, string>;
}

/** The fixture sites' public/: a copy of the site's, plus generated phone photos under img/test/. */
export const fixturePublicDir = join(outputRoot, 'fixture-public');

/**
 * The fixture sites' "now" (BUILD_NOW, Hà Nội time): their notices are live or expired, and
 * their posts published, whatever day the tests run.
 */
export const FIXTURE_NOW = '2026-02-10 08:00';

const fixtureContent = { postsDir: join(outputRoot, 'fixture-posts'), pagesDir: join(outputRoot, 'fixture-pages') };

export const sites = {
  site: {},
  fixture: { ...fixtureContent, env: { PUBLIC_DIR: fixturePublicDir, BUILD_NOW: FIXTURE_NOW } },
  // The fixture content (which holds the seed post) under a base path.
  staging: {
    ...fixtureContent,
    env: { PUBLIC_DIR: fixturePublicDir, BUILD_NOW: FIXTURE_NOW, BASE_PATH: '/staging', SITE_URL: 'https://staging.example.org' },
  },
  empty: { postsDir: join(outputRoot, 'empty-posts') },
  // The Jekyll fixture sites (tests/fixtures/jekyll/) as `npm run import:jekyll` writes them.
  imported: { postsDir: join(outputRoot, 'imported-posts'), env: { PUBLIC_DIR: join(outputRoot, 'imported-public') } },
  // The fixture content again, on a machine whose clock is 14 hours ahead of UTC: the same bytes must come out.
  'fixture-kiritimati': { ...fixtureContent, env: { PUBLIC_DIR: fixturePublicDir, BUILD_NOW: FIXTURE_NOW, TZ: 'Pacific/Kiritimati' } },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof sites;

/** The sites the quality gates (HTML, links, verify) look at: all but the copy that only proves the build reproducible. */
export const gatedSites = (Object.keys(sites) as SiteName[]).filter((name) => name !== 'fixture-kiritimati');

export function distDir(name: string): string {
  return join(outputRoot, name, 'dist');
}

/**
 * The environment for an Astro process started by a test: none of vitest's
 * variables (NODE_ENV=test would make Vite build for development, VITEST
 * makes Astro's dev server serve no pages) and none of the site settings.
 */
export function astroEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$|POSTS_DIR$|PAGES_DIR$|PUBLIC_DIR$|BUILD_NOW$|BASE_PATH$|SITE_URL$)/.test(k)),
  );
  // The allocator settings `npm run build` gives Astro (src/cli/build.ts), so the tests build as the deploy does.
  return { ...env, ...allocatorEnv, ASTRO_TELEMETRY_DISABLED: '1' };
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * Build the project with the given posts and environment into tests/.output/<name>/dist,
 * from a cold cache unless `warm` (then the previous build's content cache is reused).
 */
export function runBuild(name: string, spec: SiteSpec, { warm = false } = {}): Promise<BuildResult> {
  const out = join(outputRoot, name);
  if (!warm) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...astroEnv(), ...spec.env };
  if (spec.postsDir) env.POSTS_DIR = spec.postsDir;
  if (spec.pagesDir) env.PAGES_DIR = spec.pagesDir;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...buildNodeFlags, 'tests/build/run-build.mjs', join(out, 'dist'), join(out, 'cache')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

export async function buildSite(name: SiteName): Promise<void> {
  const result = await runBuild(name, sites[name]);
  if (result.code !== 0) throw new Error(`Build of the "${name}" site failed:\n${result.output}`);
  writeFileSync(join(outputRoot, name, 'build.log'), result.output);
}

/** What the build of a test site printed. */
export function buildLog(name: SiteName): string {
  return readFileSync(join(outputRoot, name, 'build.log'), 'utf-8');
}

/** A written file of a built site, as text. */
export function readDist(name: SiteName, path: string): string {
  return readFileSync(join(distDir(name), path), 'utf-8');
}

export function distExists(name: SiteName, path: string): boolean {
  return existsSync(join(distDir(name), path));
}

/** Every file under a built site, as paths relative to it. */
export function listDist(name: SiteName, dir = ''): string[] {
  return readdirSync(join(distDir(name), dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listDist(name, join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The fixture's phone photos: under public/img/test/, and one next to its post. */
export const fixturePhotos = {
  header: join(fixturePublicDir, 'img/test/dien-thoai-1.jpg'),
  markdown: join(fixturePublicDir, 'img/test/dien-thoai-2.jpg'),
  besidePost: join(sites.fixture.postsDir, 'dien-thoai-3.jpg'),
};

/** Lay out the fixture sites: their posts and pages (prepareFixturePosts), and public/ with the phone photos. */
export async function prepareFixtureSites(): Promise<void> {
  prepareFixturePosts();
  rmSync(fixturePublicDir, { recursive: true, force: true });
  cpSync(join(root, 'public'), fixturePublicDir, { recursive: true });
  // Drawn once into tests/.output/photos (the same bytes every time), then copied where the posts name them.
  const drawn = join(outputRoot, 'photos');
  for (const [i, target] of Object.values(fixturePhotos).entries()) {
    const source = join(drawn, `photo-${i + 1}.jpg`);
    await makePhoto(source, { seed: i + 1 });
    mkdirSync(dirname(target), { recursive: true });
    cpSync(source, target);
  }
}

/**
 * Lay out the fixture content: the hand-written posts, the seed post, generated runs for
 * pagination; the site's own pages and the fixture pages.
 */
export function prepareFixturePosts(): void {
  const pages = sites.fixture.pagesDir;
  rmSync(pages, { recursive: true, force: true });
  cpSync(join(root, 'src/content/pages'), pages, { recursive: true });
  cpSync(join(root, 'tests/fixtures/pages'), pages, { recursive: true });
  const dir = sites.fixture.postsDir;
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/posts'), dir, { recursive: true });
  const seed = '2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md';
  cpSync(join(root, 'src/content/posts', seed), join(dir, seed));
  for (const run of generatedRuns) {
    for (let i = 1; i <= run.count; i++) {
      const day = String(i).padStart(2, '0');
      writeFileSync(
        join(dir, `${run.month}-${day}-${run.slug}-${i}.md`),
        `---\ntitle: ${run.title} ${i}\ndate: ${run.month}-${day} 09:00:00\ntags: [${run.tag}]\n---\n\nBài thử số ${i} của nhóm ${run.title.toLowerCase()}.\n`,
      );
    }
  }
  rmSync(sites.empty.postsDir, { recursive: true, force: true });
  mkdirSync(sites.empty.postsDir, { recursive: true });
}

/** The Jekyll fixture sites, imported in this order by the real command into the `imported` site. */
export const jekyllFixtures = ['hux', 'categories', 'vi-blog'] as const;

/** Where the import's report for each fixture is kept, for the tests to read. */
export function importReport(fixture: (typeof jekyllFixtures)[number]): string {
  return join(outputRoot, `import-${fixture}.log`);
}

/**
 * Run `npm run import:jekyll` (its script, on this Node) over each Jekyll fixture into a fresh
 * posts folder and a copy of public/, keeping each report and exit code.
 */
export function prepareImportedSite(): void {
  const { postsDir, env } = sites.imported;
  rmSync(postsDir, { recursive: true, force: true });
  rmSync(env.PUBLIC_DIR, { recursive: true, force: true });
  cpSync(join(root, 'public'), env.PUBLIC_DIR, { recursive: true });
  mkdirSync(postsDir, { recursive: true });
  for (const fixture of jekyllFixtures) {
    const run = spawnSync(process.execPath, ['src/cli/import-jekyll.ts', join(root, 'tests/fixtures/jekyll', fixture)], {
      cwd: root,
      env: { ...astroEnv(), POSTS_DIR: postsDir, PUBLIC_DIR: env.PUBLIC_DIR },
      encoding: 'utf-8',
    });
    writeFileSync(importReport(fixture), `exit ${run.status}\n${run.stdout}${run.stderr}`);
  }
}

/** Generated posts: a tag with exactly one page of posts, and one with one post more than a page. */
export const generatedRuns = [
  { month: '2024-10', slug: 'mot-trang', title: 'Bài một trang', tag: 'Một trang', count: 10 },
  { month: '2024-11', slug: 'hai-trang', title: 'Bài hai trang', tag: 'Hai trang', count: 11 },
] as const;
