/**
 * The content check run on what the importer wrote: the same schema, post
 * index and image rules the build applies (src/lib/post-schema.ts,
 * post-index.ts, post-loader.ts), over every post in the folder, the new
 * ones included (from memory in a dry run).
 *
 * Seam: when the editors' `npm run check:content` library lands in src/lib,
 * `checkPosts` should call it instead of repeating its three steps here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildPostIndex, PostIndexError, type PostSource } from '../post-index.ts';
import { missingImages } from '../post-loader.ts';
import { postSchema } from '../post-schema.ts';
import type { ContentProblem } from '../problems.ts';
import { parseFrontMatterYaml, splitFrontMatter } from './front-matter.ts';

export interface CheckOptions {
  postsDir: string;
  publicDir: string;
  /** The project root, for the paths in messages. */
  root: string;
  timezone: string;
  defaultAuthor: string;
  /** Posts not on disk yet (a dry run): file name -> text. */
  pending?: Map<string, string>;
  /** Files not copied under public/ yet (a dry run): /img/a.png. */
  pendingFiles?: string[];
}

export interface CheckResult {
  count: number;
  problems: string[];
}

function postFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('_') || e.name.startsWith('.')) return [];
    if (e.isDirectory()) return postFiles(join(dir, e.name), prefix + e.name + '/');
    return /\.(md|mdx)$/i.test(e.name) ? [prefix + e.name] : [];
  });
}

/** A content problem as one line of the report: Vietnamese, then the English in brackets. */
const oneLine = (p: ContentProblem) => `${p.file}: ${p.vi} (${p.en})`;

export function checkPosts(options: CheckOptions): CheckResult {
  const texts = new Map<string, string>();
  for (const name of postFiles(options.postsDir)) texts.set(name, readFileSync(join(options.postsDir, name), 'utf-8'));
  for (const [name, text] of options.pending ?? []) texts.set(name, text);

  const schema = postSchema({ timezone: options.timezone, defaultAuthor: options.defaultAuthor });
  const problems: string[] = [];
  const sources: PostSource[] = [];
  for (const [id, text] of texts) {
    const filePath = relative(options.root, join(options.postsDir, id)).split(sep).join('/');
    const { yaml, body } = splitFrontMatter(text);
    let data: unknown;
    try {
      data = parseFrontMatterYaml(yaml);
    } catch (err) {
      problems.push(`${filePath}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      continue;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${filePath}: ${issue.path.join('.')}${issue.path.length ? ': ' : ''}${issue.message}`);
      continue;
    }
    sources.push({ id, filePath, data: parsed.data, body });
  }
  const pendingFiles = new Set(options.pendingFiles ?? []);
  const images = missingImages(sources.map((s) => ({ ...s, data: s.data as unknown as Record<string, unknown> })), options.root, options.publicDir).map(oneLine);
  problems.push(...images.filter((p) => ![...pendingFiles].some((f) => p.includes(`no file public${f} `))));
  try {
    buildPostIndex(sources, { timezone: options.timezone });
  } catch (err) {
    if (!(err instanceof PostIndexError)) throw err;
    problems.push(...err.problems.map(oneLine));
  }
  return { count: sources.length, problems };
}
