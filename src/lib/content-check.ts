/**
 * The checks content goes through, as functions the build's loader and `npm run check:content`
 * both call: file names, the front matter's YAML (with its line), the collection's schema, the
 * post index. `checkCollection` runs them all over a folder without Astro, in a fraction of a
 * second per thousand posts, and returns every problem at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { features } from '../markdown/features.ts';
import { message, type Message } from './messages.ts';
import { buildPostIndex, PostIndexError, type PostSource } from './post-index.ts';
import type { PostData } from './post-schema.ts';
import { problem, problemFromText, type ContentProblem } from './problems.ts';

/** A content collection as the checks see it: src/content.config.ts builds its loaders from the same spec. */
export interface CollectionSpec {
  name: string;
  /** Folder of the entries, relative to the project root or absolute. */
  dir: string;
  /** Posts live at any depth (Jekyll's _posts/); pages only at the top of their folder. */
  recursive: boolean;
  schema: z.ZodType;
  /** Posts also get Jekyll file-name rules, the image checks and the post index. */
  posts?: { timezone: string };
}

/** The glob loader's patterns for a collection: .md and .mdx files, none under a name starting with _. */
export function entryPatterns(spec: Pick<CollectionSpec, 'recursive'>): string[] {
  return spec.recursive ? ['**/[^_]*.{md,mdx}', '!**/_*/**'] : ['[^_]*.{md,mdx}'];
}

// Files that look like a post or page someone meant to publish (Jekyll's markdown_ext, HTML, any case).
const TEXT_FILE = /\.(md|mdx|markdown|mkdown|mkdn?|mdown|mdwn|mdtxt|mdtext|html?|textile)$/i;

/** Files under `dir` an editor may have meant as entries: skips names starting with _ or . (drafts, notes). */
export function candidateFiles(dir: string, recursive: boolean): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return; // no folder: no entries
    }
    for (const e of entries) {
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (recursive) walk(path);
      } else if (TEXT_FILE.test(e.name)) found.push(path);
    }
  };
  walk('');
  return found.sort();
}

function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fileParts(path: string) {
  const file = basename(path);
  const dot = file.lastIndexOf('.');
  return { file, stem: file.slice(0, dot), ext: file.slice(dot + 1) };
}

/** A page or post must end in .md or .mdx, lower case: anything else would be skipped by the build. */
export function extensionProblem(path: string, fixedStem?: string): Message | undefined {
  const { file, stem, ext } = fileParts(path);
  const goodExt = ext.toLowerCase() === 'mdx' ? 'mdx' : 'md';
  return ext === goodExt ? undefined : message('file.extension', { file, ext: `.${ext}`, fixed: `${fixedStem ?? stem}.${goodExt}` });
}

/**
 * What is wrong with a post's file name, if anything. A post is `YYYY-MM-DD-slug.md` (or .mdx);
 * Jekyll's other extensions, capitals, one-digit dates and a missing dash are errors that say
 * the name to use, so no post is ever dropped or published at a wrong address without a word.
 */
export function postFileNameProblem(path: string): Message | undefined {
  const { file, stem, ext } = fileParts(path);
  const m = /^(\d{4})-?(\d{1,2})-?(\d{1,2})(-*)(.*)$/.exec(stem);
  const fixedStem = m && m[5] !== '' ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}-${m[5]}` : stem;
  const wrongExt = extensionProblem(path, fixedStem);
  if (wrongExt) return wrongExt;
  if (!m) return message('file.noDate', { file });
  if (m[5] === '') return message('file.emptySlug', { file });
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return message('file.badDate', { file, date: `${m[1]}-${m[2]}-${m[3]}` });
  if (fixedStem !== stem) return message('file.nearMiss', { file, fixed: `${fixedStem}.${ext}` });
  return undefined;
}

export interface FrontMatter {
  /** What YAML read (timestamps kept as text, see post-loader.ts), or {} when it could not. */
  data: unknown;
  /** Line in the file of each top-level key, for messages. */
  lines: Map<string, number>;
  problems: { detail: Message; line?: number }[];
}

/**
 * The front matter of a file as the editor wrote it. Problems (no front matter, never closed,
 * YAML that does not parse) come with their line in the file.
 */
export function readFrontMatter(source: string): FrontMatter {
  const lines = new Map<string, number>();
  const text = source.replace(/^\uFEFF/, '');
  const all = text.split(/\r?\n/);
  if (!/^---\s*$/.test(all[0] ?? '')) return { data: {}, lines, problems: [{ detail: message('frontMatter.missing'), line: 1 }] };
  const end = all.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) return { data: {}, lines, problems: [{ detail: message('frontMatter.unclosed'), line: 1 }] };
  const raw = all.slice(1, end);
  raw.forEach((line, i) => {
    const key = /^([^\s#:-][^:]*?)\s*:(\s|$)/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key.replace(/^["']|["']$/g, ''), i + 2);
  });
  try {
    const data = yaml.load(raw.join('\n'), { schema: yaml.CORE_SCHEMA }) ?? {};
    return { data, lines, problems: [] };
  } catch (err) {
    if (!(err instanceof yaml.YAMLException)) throw err;
    // js-yaml counts from 0 within the front matter, which starts on the file's second line.
    let at = Math.min(err.mark?.line ?? 0, raw.length - 1);
    // An unclosed quote is found only where the front matter ends: point at the line that opened it.
    if (/quoted scalar/.test(err.reason)) {
      const quote = /single/.test(err.reason) ? "'" : '"';
      while (at > 0 && raw[at].split(quote).length % 2 === 1) at--;
    }
    const line = at + 2;
    return { data: {}, lines, problems: [{ detail: message('yaml.syntax', { line, reason: err.reason }), line }] };
  }
}

/** A schema's issues as problems of `file`, each on the line of its key. */
export function schemaProblems(file: string, issues: readonly z.core.$ZodIssue[], lines: Map<string, number>): ContentProblem[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    return problemFromText(file, issue.message, { field, line: field ? lines.get(field) : undefined });
  });
}

/**
 * Read one entry and check it against its schema (and an .mdx file's text against MDX's syntax):
 * the data when it passes, the problems when not.
 */
export function checkEntry(file: string, source: string, schema: z.ZodType): { data?: unknown; problems: ContentProblem[] } {
  const fm = readFrontMatter(source);
  if (fm.problems.length > 0) return { problems: fm.problems.map((p) => problem(file, p.detail, { line: p.line })) };
  const result = schema.safeParse(fm.data);
  const problems = result.success ? [] : schemaProblems(file, result.error.issues, fm.lines);
  const mdx = /\.mdx$/i.test(file) ? mdxSyntaxProblem(source) : undefined;
  if (mdx) problems.push(problem(file, mdx.detail, { line: mdx.line }));
  return problems.length > 0 ? { problems } : { data: result.data, problems };
}

/**
 * The first MDX syntax error in an .mdx file's text, with its line in the file: parsed by
 * Sätteri with the site's features, as the build will, so the build never meets an error the
 * check let through (and never stops with Astro's English one).
 */
export function mdxSyntaxProblem(source: string): { detail: Message; line: number } | undefined {
  const { body, firstLine } = splitBody(source);
  try {
    mdxToMdast(body, { features, position: false });
    return undefined;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    // "3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)"
    const m = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w-]+:[\w-]+\))?$/s.exec(text);
    const line = m ? Number(m[1]) + firstLine - 1 : firstLine;
    const column = m ? Number(m[2]) : 1;
    return { detail: message('mdx.syntax', { line, column, reason: m?.[3] ?? text }), line };
  }
}

/**
 * The post index's problems (two posts on one URL, tags) and warnings, for every post that is
 * not a draft, future ones included: a clash found today beats a build that fails on the day a
 * scheduled post comes out.
 */
export function postIndexProblems(sources: readonly PostSource[], timezone: string): ContentProblem[] {
  try {
    return buildPostIndex(sources, { timezone }).warnings;
  } catch (err) {
    if (err instanceof PostIndexError) return err.problems;
    throw err;
  }
}

/** Give problems that name a field but no line the line of that key in their file. */
export function addFieldLines(problems: ContentProblem[], sourceOf: (file: string) => string | undefined): ContentProblem[] {
  return problems.map((p) => {
    if (p.line || !p.field) return p;
    const source = sourceOf(p.file);
    const line = source === undefined ? undefined : readFrontMatter(source).lines.get(p.field);
    return line ? { ...p, line } : p;
  });
}

export interface CheckResult {
  collection: string;
  files: number;
  problems: ContentProblem[];
}

/**
 * Every check the build makes on a collection, without building: what `npm run check:content`
 * runs.
 */
export function checkCollection(spec: CollectionSpec, root: string): CheckResult {
  const dir = resolve(root, spec.dir);
  const files = candidateFiles(dir, spec.recursive);
  const problems: ContentProblem[] = [];
  const sources = new Map<string, string>();
  const posts: { id: string; filePath: string; body: string; data: PostData }[] = [];
  for (const id of files) {
    const filePath = relative(root, join(dir, id)).split('\\').join('/');
    const nameProblem = spec.posts ? postFileNameProblem(id) : extensionProblem(id);
    if (nameProblem) {
      problems.push(problem(filePath, nameProblem));
      if (!/\.(md|mdx)$/.test(id)) continue;
    }
    const source = readFileSync(join(dir, id), 'utf-8');
    sources.set(filePath, source);
    const entry = checkEntry(filePath, source, spec.schema);
    problems.push(...entry.problems);
    if (spec.posts && entry.data) posts.push({ id, filePath, body: bodyOf(source), data: entry.data as PostData });
  }
  if (spec.posts) {
    problems.push(...missingImages(posts, root, resolve(root, 'public')));
    problems.push(...postIndexProblems(posts, spec.posts.timezone));
  }
  return { collection: spec.name, files: files.length, problems: addFieldLines(problems, (f) => sources.get(f)) };
}

/** The text after the front matter. */
export function bodyOf(source: string): string {
  return splitBody(source).body;
}

/** The text after the front matter, and the line of the file it starts on. */
function splitBody(source: string): { body: string; firstLine: number } {
  const all = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^---\s*$/.test(all[0] ?? '')) return { body: source, firstLine: 1 };
  const end = all.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return end < 0 ? { body: source, firstLine: 1 } : { body: all.slice(end + 1).join('\n'), firstLine: end + 2 };
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path; // a stray % is part of the file name
  }
}

// ![alt](path "title") and ![alt](<path with spaces> "title"): the path of a Markdown image.
const BODY_IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>\n]+)>|([^)\s]+))/g;

/** The relative paths of the images a post's body names, as written (not URLs, not /-rooted, not #anchors). */
export function bodyImages(body: string): string[] {
  return [...body.matchAll(BODY_IMAGE)].map(([, bracketed, bare]) => bracketed ?? bare).filter((url) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url));
}

/**
 * Local images a post names that are not there: its header-img under public/, and images in
 * its text with a relative path, which Astro looks up next to the post file (its own error for
 * those names no post). Checked on every build, not in the schema: Astro caches parsed entries
 * by file content, so the schema would not notice an image deleted since the last build.
 */
export function missingImages(
  /** Each post's body, or the images its body names (bodyImages), as the content loader keeps them. */
  posts: Iterable<{ filePath?: string; id: string; body?: string; images?: string[]; data: Record<string, unknown> | PostData }>,
  root: string,
  publicDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    const where = post.filePath ?? post.id;
    const image = (post.data as { headerImage?: unknown }).headerImage;
    // `?v=2` (a cache buster) and `#…` are part of the URL, not of the file name.
    const imageFile = typeof image === 'string' ? decoded(image.split(/[?#]/)[0]) : '';
    if (typeof image === 'string' && image.startsWith('/') && !isFile(join(publicDir, imageFile))) {
      problems.push(problem(where, message('image.missing', { path: image, file: imageFile }), { field: 'header-img' }));
    }
    if (!post.filePath) continue;
    for (const url of post.images ?? (post.body ? bodyImages(post.body) : [])) {
      const path = decoded(url.split(/[?#]/)[0]);
      if (!isFile(resolve(root, dirname(post.filePath), path))) {
        problems.push(problem(where, message('image.notNextToPost', { url, fixed: `/${path.replace(/^\.\//, '')}` })));
      }
    }
  }
  return problems;
}
