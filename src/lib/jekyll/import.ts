/**
 * The Jekyll import, planned in full before anything is written: every post
 * read, its old URL computed, its Liquid rendered, its images found, then
 * the files to write and copy, and a report of what happened to each file.
 * `applyPlan` writes; `--dry-run` only prints the plan.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { datePath, isoWithOffset, localDate, zonedTimeToInstant } from '../dates.ts';
import { slugify } from '../slugs.ts';
import { postPath } from '../urls.ts';
import { htmlAsMarkdown, isImagePath, joinHtmlBlocks, tidyBlankLines, oldSitePath, publicHref, rewriteUrls } from './content.ts';
import { convertFrontMatter, parseFrontMatterYaml, splitFrontMatter, type ConvertedFrontMatter, type Problem } from './front-matter.ts';
import { JekyllLiquid, lineAt, type LiquidPost } from './liquid.ts';
import type { Message } from './messages.ts';
import { parsePostFileName } from './dates.ts';
import { jekyllUrl } from './permalinks.ts';
import { readJekyllSite, type JekyllSite, type SourceFile } from './site.ts';

export interface ImportOptions {
  /** Our timezone: decides the new URL's day and the written date. */
  timezone: string;
  /** Folder the posts are written to (src/content/posts). */
  postsDir: string;
  /** Folder images are copied to (public). */
  publicDir: string;
  force?: boolean;
  now?: Date;
}

/** `ignored`: not a post for Jekyll either (an image in _posts/, a file without a date). */
export type Outcome = 'imported' | 'unchanged' | 'skipped' | 'ignored';

export interface FileReport {
  /** Path in the Jekyll site. */
  source: string;
  outcome: Outcome;
  /** Why it was skipped, or what it became. */
  status: Message;
  /** The file written, relative to the posts folder. */
  target?: string;
  newUrl?: string;
  oldUrls: string[];
  renamedTo?: string;
  /** What could not be carried over, and other notes, with lines. */
  problems: Problem[];
}

export interface PlannedWrite {
  target: string;
  text: string;
}

export interface PlannedCopy {
  from: string;
  /** Path under public/, with a leading slash. */
  to: string;
}

export interface ImportPlan {
  site: JekyllSite;
  files: FileReport[];
  writes: PlannedWrite[];
  copies: PlannedCopy[];
  /** Run-wide notes (an assumed timezone…). */
  notes: Message[];
}

interface Entry {
  file: SourceFile;
  report: FileReport;
  source: string;
  body: string;
  bodyLine: number;
  html: boolean;
  fm: ConvertedFrontMatter;
  date: Date;
  /** Old URL as Jekyll computed it (no baseurl). */
  oldUrl: string;
  slug: string;
  newName: string;
  newUrl: string;
  liquid: LiquidPost;
}

const WRITE_ORDER = [
  'layout', 'title', 'subtitle', 'description', 'author', 'date', 'last_modified_at', 'tags',
  'header-img', 'header-mask', 'header-style', 'header-bg-css', 'header-img-credit', 'header-img-credit-href',
  'iframe', 'catalog', 'multilingual', 'mathjax', 'hidden', 'urgent', 'pinned', 'expires', 'published', 'draft', 'redirect_from',
];

/** `2019-01-01 08:00:00 +07:00`: what the post's date key says, in our timezone. */
export function writtenDate(instant: Date, timezone: string): string {
  return isoWithOffset(instant, timezone).replace('T', ' ').replace(/([+-]\d{2}:\d{2}|Z)$/, ' $1');
}

/** The front matter and body of the post we write. */
export function serializePost(fields: Record<string, unknown>, body: string, timezone: string): string {
  const lines: string[] = ['---'];
  const keys = [...WRITE_ORDER.filter((k) => k in fields), ...Object.keys(fields).filter((k) => !WRITE_ORDER.includes(k))];
  for (const key of keys) {
    const value = fields[key];
    if (value instanceof Date) lines.push(`${key}: ${writtenDate(value, timezone)}`);
    else lines.push(yaml.dump({ [key]: value }, { lineWidth: -1, flowLevel: 1 }).trimEnd());
  }
  lines.push('---', '');
  return `${lines.join('\n')}\n${body.replace(/^\s*\n/, '').replace(/\s*$/, '\n')}`;
}

function lineOfKey(source: string, key: string): number | undefined {
  const m = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\s*:`, 'm').exec(source);
  return m ? lineAt(source, m.index) : undefined;
}

function lineOf(source: string, needle: string, fallback: number): number {
  const i = source.indexOf(needle);
  return i >= 0 ? lineAt(source, i) : fallback;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

export async function planImport(siteDir: string, options: ImportOptions): Promise<ImportPlan> {
  const site = readJekyllSite(siteDir);
  const { config } = site;
  const notes: Message[] = [];
  if (!config.timezoneGiven) notes.push({ key: 'timezoneAssumed' });
  const reports: FileReport[] = [];
  const entries: Entry[] = [];
  const taken = new Set<string>();
  const exts = new Set([...config.markdownExt, 'html', 'htm']);
  const authors = site.data.authors && typeof site.data.authors === 'object' ? (site.data.authors as Record<string, unknown>) : undefined;

  // Pass 1: what each post is and where it lived; Liquid in any post can name any other.
  for (const file of site.files) {
    const report: FileReport = { source: file.relPath, outcome: 'skipped', status: { key: 'skippedNoDate' }, oldUrls: [], problems: [] };
    reports.push(report);
    const name = parsePostFileName(file.relPath);
    const ext = name?.ext.slice(1).toLowerCase() ?? '';
    if (!name || !exts.has(ext)) {
      report.status = { key: 'skippedExtension', values: { ext: name?.ext ?? '(none)', exts: config.markdownExt.map((e) => '.' + e).join(' ') } };
      // Text in another markup (Textile, AsciiDoc) was a post; anything else (an image) never was.
      if (!/^(textile|adoc|asciidoc|org|rst|txt|mdx)$/.test(ext)) report.outcome = 'ignored';
      continue;
    }
    if (!file.draft && !name.date) {
      report.outcome = 'ignored'; // Jekyll does not read a file in _posts/ without a date in its name.
      continue;
    }
    const source = readFileSync(file.absPath, 'utf-8').replace(/\r\n?/g, '\n');
    const split = splitFrontMatter(source);
    let data: Record<string, unknown>;
    try {
      data = parseFrontMatterYaml(split.yaml);
    } catch (err) {
      report.status = { key: 'skippedYaml', values: { error: err instanceof Error ? err.message.split('\n')[0] : String(err) } };
      continue;
    }
    const fm = convertFrontMatter(
      data,
      { fileName: name, pathCategories: file.pathCategories, timezone: config.timezone, authors, mtime: file.draft ? file.mtime : undefined },
      (key) => lineOfKey(source, key),
    );
    report.problems.push(...fm.problems);
    if (!fm.date) continue;
    if (file.draft) fm.fields.draft = true;

    const oldUrl = jekyllUrl(fm.permalink ?? config.permalink, {
      slug: fm.slug, categories: fm.categories, date: fm.date, timezone: config.timezone,
    });
    // A date without a time names a day, and the post keeps that day; a time names an instant, which it keeps.
    const date = fm.dayOnly ? zonedTimeToInstant(fm.dayOnly, options.timezone) : fm.date;
    const day = localDate(date, options.timezone);
    const { yyyy, mm, dd } = datePath(day);
    const baseSlug = slugify(name.slug) || slugify(fm.title) || 'bai-viet';
    let slug = baseSlug;
    // Two old posts on one day with one slug (a.md and A.markdown): the later one gets a number.
    for (let n = 2; taken.has(`${yyyy}-${mm}-${dd}-${slug}`); n++) slug = `${baseSlug}-${n}`;
    const newName = `${yyyy}-${mm}-${dd}-${slug}`;
    taken.add(newName);
    const newUrl = '/' + postPath(day, slug);
    const page = { ...fm.page, url: oldUrl, id: oldUrl.replace(/\/$|\.html$/, ''), path: file.relPath, date: fm.date, draft: file.draft };
    entries.push({
      file, report, source, body: split.body, bodyLine: split.bodyLine, html: ext === 'html' || ext === 'htm', fm, date,
      oldUrl, slug, newName, newUrl, liquid: { relPath: file.relPath, newUrl, page },
    });
  }

  // Old URLs (as served, under the old baseurl) to the posts now living elsewhere.
  const byOldUrl = new Map<string, Entry>();
  for (const e of entries) {
    for (const key of urlKeys(e.oldUrl)) if (!byOldUrl.has(key)) byOldUrl.set(key, e);
  }
  const findPost = (path: string) => {
    for (const key of urlKeys(path)) {
      const hit = byOldUrl.get(key);
      if (hit) return hit;
    }
    return undefined;
  };

  const liquid = new JekyllLiquid({
    dir: site.dir, config: config.raw, data: site.data, baseurl: config.baseurl, url: config.url, timezone: config.timezone,
    posts: [...entries].sort((a, b) => b.date.getTime() - a.date.getTime()).map((e) => e.liquid),
  });
  const writes: PlannedWrite[] = [];
  const copies = new Map<string, PlannedCopy>();
  const now = options.now ?? new Date();

  // Pass 2: the body, its files, the post we write.
  for (const e of entries) {
    const { report, fm } = e;
    let body = e.body;
    if (fm.renderLiquid) {
      const rendered = await liquid.render(body, e.bodyLine, e.liquid.page);
      body = rendered.text;
      report.problems.push(...rendered.problems);
    }
    // An excerpt separator that is not an HTML comment would show as text: it goes (our summaries read the first paragraph).
    const separator = typeof e.fm.page.excerpt_separator === 'string' ? e.fm.page.excerpt_separator : config.excerptSeparator;
    if (separator.trim() !== '' && !/^\s*<!--[\s\S]*-->\s*$/.test(separator)) body = body.split(separator).join('\n\n');
    // kramdown syntax stays: the Markdown plugins read it (src/markdown/), so editors can keep writing it.
    body = e.html ? htmlAsMarkdown(body) : tidyBlankLines(joinHtmlBlocks(body));

    // Copy a local file the post uses to the same path under public/.
    const useFile = (path: string): 'ok' | 'missing' => {
      const from = join(site.dir, path);
      if (path.split('/').some((part) => /^[._]/.test(part) && part !== '.well-known') || !isFile(from)) return 'missing';
      const to = join(options.publicDir, path);
      if (isFile(to) && !options.force && !readFileSync(to).equals(readFileSync(from))) {
        if (!report.problems.some((p) => p.key === 'imageConflict' && p.values?.path === path)) {
          report.problems.push({ key: 'imageConflict', values: { path } });
        }
        return 'ok';
      }
      if (!isFile(to) || !readFileSync(to).equals(readFileSync(from))) copies.set(path, { from, to: path });
      return 'ok';
    };
    body = rewriteUrls(body, (url, kind) => {
      const old = oldSitePath(url, e.oldUrl, config);
      if (!old) return undefined;
      const post = findPost(old.path);
      if (post) return post.newUrl + old.suffix;
      const looksLikeFile = kind === 'image' || (/\.[a-z0-9]{2,5}$/i.test(old.path) && !/\.(html?|md|markdown)$/i.test(old.path));
      if (looksLikeFile) {
        if (useFile(old.path) === 'missing') {
          // The old site's own domain, but a file its Jekyll source never had (another project served there): left as written.
          if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
          if (kind === 'image' || isImagePath(old.path)) {
            report.problems.push({ key: 'missingImage', values: { src: url, path: old.path }, line: lineOf(e.source, url, e.bodyLine) });
          }
        }
        return publicHref(old.path, old.suffix);
      }
      // Another page of the old site: keep the address, made absolute so it does not depend on the post's new URL.
      return /^[a-z][a-z0-9+.-]*:|^\//i.test(url) ? undefined : publicHref(old.path, old.suffix);
    });

    const fields = { ...fm.fields };
    const headerImg = fields['header-img'];
    if (typeof headerImg === 'string') {
      if (/^http:\/\//i.test(headerImg)) fields['header-img'] = 'https://' + headerImg.slice(7);
      else if (!/^https:\/\//i.test(headerImg)) {
        // Hux writes header-img from the site root, with or without the slash, and through {{ site.baseurl }}.
        const raw = headerImg.replace(/\{\{\s*site\.baseurl\s*\}\}/g, config.baseurl);
        const old = oldSitePath(raw.startsWith('/') || /^\{\{/.test(headerImg) ? raw : '/' + raw, e.oldUrl, config);
        if (old && useFile(old.path) === 'ok') fields['header-img'] = old.path;
        else {
          delete fields['header-img'];
          report.problems.push({ key: 'missingHeaderImage', values: { src: headerImg, path: old?.path ?? headerImg }, line: lineOfKey(e.source, 'header-img') });
        }
      }
    }

    fields.date = e.date;
    const published = !e.file.draft && fields.published !== false;
    const oldPaths = published ? [e.oldUrl, ...((fm.fields.redirect_from as string[] | undefined) ?? []).map((p) => '/' + p.replace(/^\/+/, ''))] : [];
    const redirects = [...new Set(oldPaths.map((p) => config.baseurl + p))].filter((p) => !sameUrl(p, e.newUrl));
    if (redirects.length > 0) fields.redirect_from = redirects;
    else delete fields.redirect_from;
    report.oldUrls = published ? [config.baseurl + e.oldUrl] : [];
    if (e.date.getTime() > now.getTime()) report.problems.push({ key: 'futurePost' });

    const target = `${e.newName}.md`;
    const text = serializePost(fields, body, options.timezone);
    report.target = target;
    report.newUrl = e.newUrl;
    const originalName = e.file.relPath.replace(/^.*\//, '');
    if (originalName !== target) report.renamedTo = target;
    const targetPath = join(options.postsDir, target);
    if (existsSync(targetPath)) {
      const current = readFileSync(targetPath, 'utf-8');
      if (current === text) {
        report.outcome = 'unchanged';
        report.status = { key: 'unchanged', values: { url: e.newUrl } };
        continue;
      }
      if (!options.force) {
        report.status = { key: 'skippedExists', values: { target } };
        continue;
      }
    }
    report.outcome = 'imported';
    report.status = { key: 'imported', values: { url: e.newUrl } };
    writes.push({ target, text });
  }

  return { site, files: reports, writes, copies: [...copies.values()], notes };
}

/** The forms under which one old URL was reachable: /a/, /a/index.html, /a.html, /a. */
function urlKeys(url: string): string[] {
  const path = url.replace(/index\.html?$/, '');
  const bare = path.replace(/\/$/, '').replace(/\.html?$/, '');
  return [...new Set([path, bare, bare + '/', bare + '.html'])];
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/index\.html?$/, '') === b.replace(/index\.html?$/, '');
}
