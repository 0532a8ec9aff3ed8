/**
 * A Jekyll post's front matter read as Jekyll reads it (Ruby YAML 1.1, its
 * tag and category rules, its date rules), turned into our schema's keys.
 * Whatever our schema has no place for is listed, never silently lost.
 */
import yaml from 'js-yaml';
import { inlineToText } from '../text.ts';
import { parseRubyDate, type PostFileName } from './dates.ts';
import type { Message } from './messages.ts';

/** Jekyll's YAML_FRONT_MATTER_REGEXP, with a byte-order mark allowed before it. */
const FRONT_MATTER = /^\uFEFF?(---[ \t]*\r?\n[\s\S]*?\r?\n?)^((?:---|\.\.\.)[ \t]*$\r?\n?)/m;

export interface SplitSource {
  /** YAML text, undefined when the file has no front matter. */
  yaml?: string;
  body: string;
  /** 1-based line of the source on which the body starts. */
  bodyLine: number;
}

export function splitFrontMatter(source: string): SplitSource {
  const m = FRONT_MATTER.exec(source);
  if (!m || m.index !== 0) return { body: source.replace(/^\uFEFF/, ''), bodyLine: 1 };
  const head = m[0];
  return { yaml: m[1].replace(/^---[ \t]*\r?\n/, ''), body: source.slice(head.length), bodyLine: head.split('\n').length };
}

/** Parse front matter YAML keeping dates as the text written (Ruby formats JS's YAML does not know). */
export function parseFrontMatterYaml(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the front matter is not a list of keys');
  return data as Record<string, unknown>;
}

export interface PostContext {
  fileName: PostFileName;
  /** Folders above `_posts/` (vi/news/_posts/ -> ['vi', 'news']). */
  pathCategories: string[];
  /** The old site's timezone. */
  timezone: string;
  /** `site.data.authors`, for an author written as a key. */
  authors?: Record<string, unknown>;
  /** For drafts without a date: the file's modification time, as Jekyll uses. */
  mtime?: Date;
}

export interface Problem extends Message {
  /** 1-based line in the source file, when known. */
  line?: number;
}

export interface ConvertedFrontMatter {
  /** Our schema's keys, in the order they are written. */
  fields: Record<string, unknown>;
  /** Undefined when neither the front matter nor the file name gives one. */
  date?: Date;
  /** The date was written without a time (a file name, `date: 2017-02-28`): its calendar day is what counts. */
  dayOnly?: { year: number; month: number; day: number };
  title: string;
  /** Jekyll's slug (file name or `slug:`), for the old URL. */
  slug: string;
  categories: string[];
  tags: string[];
  /** A per-post `permalink:`. */
  permalink?: string;
  /** `render_with_liquid: false` turns Liquid off for the post (Jekyll 4). */
  renderLiquid: boolean;
  /** The front matter as Jekyll would see it (for `page.*` in Liquid). */
  page: Record<string, unknown>;
  problems: Problem[];
}

// YAML 1.1 (Ruby's) reads these as booleans; YAML 1.2 (ours) as text.
const TRUE = new Set(['true', 'yes', 'on', 'y']);
const FALSE = new Set(['false', 'no', 'off', 'n']);

export function yamlBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
  }
  return undefined;
}

const isEmpty = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** A scalar as the text Jekyll would print: numbers and booleans too (`title: 2048`). */
function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  return undefined;
}

/** Jekyll's Utils.pluralized_array_from_hash: the singular key wins and is one item; a plural string is split on spaces. */
export function pluralList(data: Record<string, unknown>, singular: string, plural: string): string[] {
  let value: unknown[] | undefined;
  if (data[singular] != null) value = [data[singular]];
  else if (data[plural] != null) {
    const p = data[plural];
    if (typeof p === 'string') value = p.split(/\s+/);
    else if (Array.isArray(p)) value = p;
    else value = [p];
  }
  return (value ?? []).flat(Infinity).map(asText).filter((t): t is string => t !== undefined && t !== '');
}

/** `my-first-post` -> `My First Post` (Jekyll's Utils.titleize_slug). */
export function titleizeSlug(slug: string): string {
  return slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function authorName(value: unknown, authors: Record<string, unknown> | undefined): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map((v) => authorName(v, authors)).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return asText((value as Record<string, unknown>).name);
  const text = asText(value);
  if (!text) return undefined;
  // jekyll-seo-tag: an author written as a key of _data/authors.yml stands for that entry.
  const entry = authors?.[text];
  if (entry && typeof entry === 'object') return asText((entry as Record<string, unknown>).name) ?? text;
  return text;
}

// Keys this converter reads; everything else is reported as dropped.
const READ = new Set([
  'layout', 'title', 'subtitle', 'description', 'excerpt', 'author', 'authors', 'date', 'last_modified_at',
  'tags', 'tag', 'categories', 'category', 'header-img', 'header-mask', 'catalog', 'draft', 'published', 'hidden',
  'urgent', 'pinned', 'expires', 'header-style', 'header-bg-css', 'header-img-credit', 'header-img-credit-href',
  'multilingual', 'iframe', 'mathjax', 'redirect_from', 'permalink', 'slug', 'render_with_liquid', 'excerpt_separator',
]);
const BOOLEAN_KEYS = ['catalog', 'published', 'hidden', 'urgent', 'pinned', 'multilingual', 'mathjax'] as const;
const UNSAFE_CSS = /[;{}<>"\\]|url\s*\(|@import|expression\s*\(/i;

/** The plain text of a Markdown or HTML snippet (an `excerpt:` may hold either). */
export function plainText(md: string): string {
  return inlineToText(md.replace(/\r?\n/g, ' '));
}

export function convertFrontMatter(data: Record<string, unknown>, ctx: PostContext, lineOfKey: (key: string) => number | undefined): ConvertedFrontMatter {
  const problems: Problem[] = [];
  const note = (key: Problem['key'], values: Problem['values'], field?: string) =>
    problems.push({ key, values, line: field ? lineOfKey(field) : undefined });
  const fields: Record<string, unknown> = {};
  const get = (key: string) => (isEmpty(data[key]) ? undefined : data[key]);

  // layout: ours knows post and keynote.
  const layout = asText(get('layout'));
  if (layout === 'keynote') fields.layout = 'keynote';
  else if (layout && layout !== 'post') note('layoutChanged', { value: layout }, 'layout');

  // title: Jekyll titleizes the file name's slug when there is none.
  let title = asText(get('title'));
  if (!title) {
    title = titleizeSlug(ctx.fileName.slug);
    note('titleFromFileName', { title }, 'title');
  }
  fields.title = title;
  for (const key of ['subtitle'] as const) {
    const v = asText(get(key));
    if (v) fields[key] = v;
  }
  const description = asText(get('description'));
  const excerpt = asText(get('excerpt'));
  if (description) fields.description = plainText(description);
  else if (excerpt) {
    fields.description = plainText(excerpt);
    note('excerptToDescription', {}, 'excerpt');
  }
  const author = authorName(get('author') ?? get('authors'), ctx.authors);
  if (author) fields.author = author;

  // The date: front matter first, else the file name's (midnight in the old site's zone), else a draft's mtime.
  let date: Date | undefined;
  let dayOnly: ConvertedFrontMatter['dayOnly'];
  const rawDate = get('date');
  if (rawDate !== undefined) {
    date = parseRubyDate(rawDate, ctx.timezone);
    if (!date) note('badDate', { key: 'date', value: String(rawDate) }, 'date');
    const day = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(String(rawDate));
    if (date && day) dayOnly = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  }
  if (!date && ctx.fileName.date) {
    const { year, month, day } = ctx.fileName.date;
    date = parseRubyDate(`${year}-${month}-${day}`, ctx.timezone);
    if (date) dayOnly = ctx.fileName.date;
  }
  if (!date && ctx.mtime) {
    date = ctx.mtime;
    note('draftDate', { date: date.toISOString() });
  }
  const lastModified = get('last_modified_at');
  if (lastModified !== undefined) {
    const d = parseRubyDate(lastModified, ctx.timezone);
    if (d) fields.last_modified_at = d;
    else note('badDate', { key: 'last_modified_at', value: String(lastModified) }, 'last_modified_at');
  }
  const expires = get('expires');
  if (expires !== undefined) {
    const d = parseRubyDate(expires, ctx.timezone);
    if (d) fields.expires = d;
    else note('badDate', { key: 'expires', value: String(expires) }, 'expires');
  }

  // Tags, and categories (folders above _posts/ first, as Jekyll merges them): our one taxonomy is tags.
  const frontCategories = [...pluralList(data, 'category', 'categories')];
  const categories = [...new Set([...ctx.pathCategories, ...frontCategories])];
  const tags = [...new Set(pluralList(data, 'tag', 'tags'))];
  const fromCategories = categories.filter((c) => !tags.includes(c));
  if (fromCategories.length > 0) note('categoriesToTags', { list: fromCategories.join(', ') }, frontCategories.length ? 'categories' : undefined);
  const allTags = [...tags, ...fromCategories];
  if (allTags.length > 0) fields.tags = allTags;

  // Hux's header.
  const headerImg = asText(get('header-img'));
  if (headerImg) fields['header-img'] = headerImg;
  const mask = get('header-mask');
  if (mask !== undefined) {
    const n = typeof mask === 'number' ? mask : Number(mask);
    if (Number.isFinite(n) && n >= 0 && n <= 1) fields['header-mask'] = n;
    else note('badValue', { key: 'header-mask', value: String(mask), why: '0 → 1' }, 'header-mask');
  }
  const headerStyle = asText(get('header-style'));
  if (headerStyle === 'text') fields['header-style'] = 'text';
  else if (headerStyle) note('badValue', { key: 'header-style', value: headerStyle, why: 'text' }, 'header-style');
  // Hux puts the value in `background: …;`, so a trailing semicolon was harmless there.
  const bg = asText(get('header-bg-css'))?.replace(/[;\s]+$/, '');
  if (bg && !UNSAFE_CSS.test(bg)) fields['header-bg-css'] = bg;
  else if (bg) note('badValue', { key: 'header-bg-css', value: bg, why: 'CSS colour / gradient' }, 'header-bg-css');
  const credit = asText(get('header-img-credit'));
  if (credit) fields['header-img-credit'] = credit;
  for (const key of ['header-img-credit-href', 'iframe'] as const) {
    let url = asText(get(key));
    if (!url) continue;
    if (/^http:\/\//i.test(url)) {
      url = 'https://' + url.slice('http://'.length);
      note('upgradedHttps', { key }, key);
    } else if (url.startsWith('//')) url = 'https:' + url;
    // Hux's layout writes the credit link as href="//{{ page.header-img-credit-href }}": a host and path, no scheme.
    else if (key === 'header-img-credit-href' && !/^[a-z][a-z0-9+.-]*:/i.test(url)) url = 'https://' + url;
    if (/^https:\/\/[^\s/]+\.[^\s]*$/i.test(url)) fields[key] = url;
    else note('badValue', { key, value: url, why: 'https://…' }, key);
  }
  if (fields.layout === 'keynote' && !fields.iframe) {
    delete fields.layout;
    note('layoutChanged', { value: 'keynote' }, 'layout');
  }

  // Booleans (yes/no/on/off as Ruby reads them).
  for (const key of BOOLEAN_KEYS) {
    const raw = get(key);
    if (raw === undefined) continue;
    const b = yamlBoolean(raw);
    if (b === undefined) note('badValue', { key, value: String(raw), why: 'true / false' }, key);
    else if (key === 'published' ? b === false : b === true) fields[key] = b;
  }
  const draft = yamlBoolean(get('draft'));
  if (draft) fields.draft = true;

  const redirects = get('redirect_from');
  const redirectFrom = (Array.isArray(redirects) ? redirects : redirects === undefined ? [] : [redirects])
    .map(asText)
    .filter((p): p is string => !!p);

  const renderLiquid = yamlBoolean(data.render_with_liquid) !== false;
  const slug = asText(get('slug')) ?? ctx.fileName.slug;
  const permalink = asText(get('permalink'));

  for (const key of Object.keys(data)) {
    if (!READ.has(key)) note('droppedKey', { key }, key);
  }
  if (redirectFrom.length > 0) fields.redirect_from = redirectFrom;

  const page: Record<string, unknown> = { ...data, title, slug, categories, tags, date };
  return { fields, date, dayOnly, title, slug, categories, tags: allTags, permalink, renderLiquid, page, problems };
}
