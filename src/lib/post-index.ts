/**
 * The post index: every page asks it, nobody else filters, sorts or groups
 * posts. Built once per build from the collection, in one pass over the
 * posts (O(n) after the sort), so a site of 10,000 posts costs the same per
 * page as a site of ten.
 */
import type { PostData } from './post-schema.ts';
import { datePath, localDate, type LocalDate } from './dates.ts';
import { defaultLanguage, languageSection, postLanguages } from './languages.ts';
import { message } from './messages.ts';
import { ContentProblemsError, problem, type ContentProblem } from './problems.ts';
import { foldVietnamese, hasMarks, postSlugFromFileName, tagForm, tagSlug as baseTagSlug } from './slugs.ts';
import { firstParagraph, photoText, truncate } from './text.ts';
import { dayPath, fileOf, monthPath, postPath, redirectFile, yearPath } from './urls.ts';
import { collator } from './vi.ts';

export interface PostSource {
  /** Collection id: the file name without extension. */
  id: string;
  /** Path of the file, relative to the project, for error messages. */
  filePath: string;
  data: PostData;
  /** Markdown source of the body, for the fallback summary. */
  body?: string;
  /** What the index needs of the body, when the content loader worked it out (it keeps no body). */
  text?: BodyText;
}

/**
 * What the index needs of a post's body: its languages and the first paragraph that sums it up.
 * The content loader works it out once per file and keeps it instead of the body (bodyText).
 */
export interface BodyText {
  /** The languages of a multilingual post's sections, in the order written. */
  languages: string[];
  /** The first paragraph of prose, in the language shown first, as plain text; else a photo's caption or alt text; else ''. */
  paragraph: string;
}

export function bodyText(body: string | undefined, data: Pick<PostData, 'multilingual' | 'mathjax'>, filePath: string): BodyText {
  const languages = data.multilingual && body ? postLanguages(body) : [];
  // A multilingual post is summed up in the language shown first.
  const shown = defaultLanguage(languages);
  const prose = body && shown ? languageSection(body, shown) : body;
  const paragraph = prose ? firstParagraph(prose, { mdx: filePath.endsWith('.mdx'), mathjax: data.mathjax }) || photoText(prose) : '';
  return { languages, paragraph };
}

export interface TagRef {
  name: string;
  slug: string;
}

export interface Post {
  id: string;
  filePath: string;
  slug: string;
  /** Base-relative URL path: 2025/07/01/slug/ */
  path: string;
  title: string;
  subtitle?: string;
  /** description, else subtitle, else the first paragraph. */
  summary: string;
  /** description, else the first paragraph: what a listing shows under the title. */
  excerpt: string;
  author: string;
  date: Date;
  /** last_modified_at, else date. */
  updated: Date;
  localDate: LocalDate;
  tags: TagRef[];
  headerImage?: string;
  headerMask?: number;
  catalog: boolean;
  hidden: boolean;
  /** Ward notices: shown in the banner on every page while in force (until `expires`). */
  urgent: boolean;
  /** Leads the home page while in force. */
  pinned: boolean;
  /** When the notice stops applying; after it the post is marked expired. */
  expires?: Date;
  /** `expires` has passed at the build's "now": the page says “Đã hết hạn”, the banner and the pin are gone. */
  expired: boolean;
  layout: 'post' | 'keynote';
  headerStyle?: 'text';
  headerBgCss?: string;
  headerImageCredit?: string;
  headerImageCreditHref?: string;
  multilingual: boolean;
  /** A multilingual post's languages, in the order of its blocks (see languages.ts); else empty. */
  languages: string[];
  iframe?: string;
  mathjax: boolean;
  /** Old site-root paths (jekyll-redirect-from) that redirect to this post. */
  redirectFrom: string[];
}

/** An old address (redirect_from) and the post it leads to. */
export interface PostRedirect {
  /** The site-root path as the post wrote it: /2019/05/old-name.html */
  from: string;
  /** The file the build writes for it, relative to the site's folder (see redirectFile). */
  file: string;
  post: Post;
}

export interface TagGroup {
  slug: string;
  name: string;
  posts: Post[];
}

// `key` identifies a group ('2025', '2025-07', '2025-07-01': usable in element ids); `path` is its page (from urls.ts).
export interface DayGroup { key: string; path: string; date: LocalDate; posts: Post[] }
export interface MonthGroup { key: string; path: string; year: number; month: number; posts: Post[]; days: DayGroup[] }
export interface YearGroup { key: string; path: string; year: number; posts: Post[]; months: MonthGroup[] }

export interface PostIndex {
  /** Every public post, newest first (hidden posts included: they are reachable and archived). */
  posts: Post[];
  /**
   * What the home page lists: public posts that are not hidden, the pinned ones in force first
   * (newest first), then the rest newest first. Each post is listed once: a pinned post leaves
   * its place by date, so page 1 holds it once and later pages do not repeat it.
   */
  homePosts: Post[];
  /** Pinned posts in force (not hidden, not expired), newest first: they lead the home page. */
  pinned: Post[];
  /** Urgent notices in force (not expired), newest first: the banner on every page. Hidden ones too. */
  urgent: Post[];
  /** The build's one "now": what `expired`, `pinned` and `urgent` were judged against. */
  now: Date;
  /** Tags by count, then name in Vietnamese collation. */
  tags: TagGroup[];
  /** The same tags in Vietnamese alphabetical order (the search page's filter). */
  tagsByName: TagGroup[];
  tagBySlug: Map<string, TagGroup>;
  /** Years newest first, each with its months newest first, each with its days. */
  years: YearGroup[];
  byPath: Map<string, Post>;
  /** Every post's old addresses, in post order; no two share a file, none is a post's own page. */
  redirects: PostRedirect[];
  /** The newer and older neighbours of a post. */
  neighbours(post: Post): { newer?: Post; older?: Post };
  /** What is allowed but probably a slip (two tags differing only in tone marks): `npm run check:content` shows them. */
  warnings: ContentProblem[];
}

export interface BuildOptions {
  timezone: string;
  /**
   * The build's one "now" (default: the clock when the index is built). Posts dated after it are
   * left out unless `showFuture`; notices whose `expires` is at or before it are expired. The
   * site is static, so a notice's end takes effect at the first build after it.
   */
  now?: Date;
  /** Keep future-dated posts (`astro dev`, like Jekyll's --future). */
  showFuture?: boolean;
}

/** Problems that stop the build (two posts on one URL, a tag that makes no URL), all at once. */
export class PostIndexError extends ContentProblemsError {
  constructor(problems: ContentProblem[]) {
    super(problems);
    this.name = 'PostIndexError';
  }
}

const SUMMARY_LENGTH = 220;

/** Is the post in the public site? Drafts, `published: false` and (in production) future posts are not. */
export function isPublic(data: PostData, now?: Date): boolean {
  return !data.draft && data.published && (now === undefined || data.date.getTime() <= now.getTime());
}

/** Has a notice ended at `now`? It is in force up to, not including, its `expires` instant. */
export function hasExpired(expires: Date | undefined, now: Date): boolean {
  return expires !== undefined && expires.getTime() <= now.getTime();
}

export function buildPostIndex(sources: readonly PostSource[], options: BuildOptions): PostIndex {
  const problems: ContentProblem[] = [];
  const posts: Post[] = [];
  const now = options.now ?? new Date();

  for (const source of sources) {
    if (!isPublic(source.data, options.showFuture ? undefined : now)) continue;
    const post = toPost(source, options.timezone, now, problems);
    if (post) posts.push(post);
  }

  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));

  const byPath = new Map<string, Post>();
  const position = new Map<Post, number>();
  const tagPosts = new Map<string, Post[]>();
  const years: YearGroup[] = [];
  const tags = assignTagSlugs(posts);

  posts.forEach((post, i) => {
    position.set(post, i);
    const clash = byPath.get(post.path);
    if (clash) problems.push(problem(post.filePath, message('index.duplicateUrl', { url: `/${post.path}`, other: clash.filePath })));
    else byPath.set(post.path, post);

    for (const tag of post.tags) {
      const list = tagPosts.get(tag.slug) ?? [];
      list.push(post);
      tagPosts.set(tag.slug, list);
    }

    // Posts arrive newest first, so each group is appended to in order and only the last one can match.
    const { year, month, day } = post.localDate;
    const { yyyy, mm, dd } = datePath(post.localDate);
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { key: yyyy, path: yearPath(year), year, posts: [], months: [] }));
    y.posts.push(post);
    let m = y.months.at(-1);
    if (m?.month !== month) y.months.push((m = { key: `${yyyy}-${mm}`, path: monthPath(year, month), year, month, posts: [], days: [] }));
    m.posts.push(post);
    let d = m.days.at(-1);
    if (d?.date.day !== day) m.days.push((d = { key: `${yyyy}-${mm}-${dd}`, path: dayPath(post.localDate), date: post.localDate, posts: [] }));
    d.posts.push(post);
  });

  const redirects = collectRedirects(posts, problems);

  if (problems.length > 0) throw new PostIndexError(problems);

  const tagGroups: TagGroup[] = [...tagPosts]
    .map(([slug, list]) => ({ slug, name: tags.names.get(slug)!, posts: list }))
    .sort((a, b) => b.posts.length - a.posts.length || collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));

  const listed = posts.filter((p) => !p.hidden);
  const pinned = listed.filter((p) => p.pinned && !p.expired);
  return {
    posts,
    homePosts: pinned.length === 0 ? listed : [...pinned, ...listed.filter((p) => !p.pinned || p.expired)],
    pinned,
    urgent: posts.filter((p) => p.urgent && !p.expired),
    now,
    tags: tagGroups,
    tagsByName: [...tagGroups].sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug)),
    tagBySlug: new Map(tagGroups.map((t) => [t.slug, t])),
    warnings: tags.warnings,
    years,
    byPath,
    redirects,
    neighbours(post) {
      const i = position.get(post);
      if (i === undefined) return {};
      return { newer: posts[i - 1], older: posts[i + 1] };
    },
  };
}

/**
 * The redirect pages the posts ask for. An old address that is another post's
 * page, or that two posts claim, is an error naming both files; one that is
 * the post's own new address needs no page and is skipped.
 */
function collectRedirects(posts: readonly Post[], problems: ContentProblem[]): PostRedirect[] {
  const pages = new Map(posts.map((p) => [fileOf(p.path), p]));
  const claimed = new Map<string, PostRedirect>();
  for (const post of posts) {
    for (const from of post.redirectFrom) {
      const file = redirectFile(from);
      const page = pages.get(file);
      const other = claimed.get(file);
      if (page === post || other?.post === post) continue;
      if (page) {
        problems.push(problem(post.filePath, message('index.redirectIsPost', { from, other: page.filePath }), { field: 'redirect_from' }));
      } else if (other) {
        problems.push(problem(post.filePath, message('index.redirectTwice', { from, other: other.post.filePath }), { field: 'redirect_from' }));
      } else {
        claimed.set(file, { from, file, post });
      }
    }
  }
  return [...claimed.values()];
}

/** How many letters carry a mark (tone mark, circumflex, đ; not a capital): how much of Vietnamese spelling a tag keeps. */
function marks(name: string): number {
  let n = 0;
  for (const ch of name.toLowerCase()) if (foldVietnamese(ch) !== ch) n++;
  return n;
}

/** 0 for "Hành chính" or "Hành Chính", 1 for "hành chính", 2 for "HÀNH CHÍNH": sentence case reads best. */
function caseRank(name: string): number {
  const letters = [...name].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  const upper = letters.filter((ch) => ch !== ch.toLowerCase()).length;
  if (upper > 1 && upper === letters.length) return 2;
  return upper === 0 ? 1 : 0;
}

/**
 * Which tags are one, their slugs and display names; sets each post's tags (slug and name).
 *
 * Spellings that differ only in case or spacing are one tag, and a spelling with no marks at all
 * ("Hanh chinh") joins the marked one ("Hành chính"). Spellings with different marks ("Bão",
 * storm; "Báo", press) are different tags: the first to appear, oldest post first, keeps the
 * plain slug (bao), the next get bao-2, bao-3…, skipping any slug another tag has; a spelling
 * with no marks joins the first. So a slug only changes if an older post brings a new spelling.
 */
function assignTagSlugs(posts: Post[]): { names: Map<string, string>; warnings: ContentProblem[] } {
  const oldestFirst = [...posts].reverse();
  // Base slug -> its forms in order of first appearance, with the first post that used each.
  const groups = new Map<string, Map<string, Post>>();
  for (const post of oldestFirst) {
    for (const tag of post.tags) {
      const forms = groups.get(tag.slug) ?? new Map<string, Post>();
      const form = tagForm(tag.name);
      if (!forms.has(form)) forms.set(form, post);
      groups.set(tag.slug, forms);
    }
  }
  const taken = new Set(groups.keys());
  const slugOfForm = new Map<string, string>(); // `${base}\n${form}` -> slug
  const warnings: ContentProblem[] = [];
  for (const [base, forms] of groups) {
    const marked = [...forms.keys()].filter(hasMarks);
    const slugs: string[] = [];
    marked.forEach((form, i) => {
      let slug = base;
      if (i > 0) {
        let n = 2;
        while (taken.has(`${base}-${n}`)) n++;
        slug = `${base}-${n}`;
        taken.add(slug);
      }
      slugs.push(slug);
      slugOfForm.set(`${base}\n${form}`, slug);
    });
    for (const form of forms.keys()) if (!hasMarks(form)) slugOfForm.set(`${base}\n${form}`, slugs[0] ?? base);
    for (let i = 1; i < marked.length; i++) {
      const spellings = marked.map((form) => forms.get(form)!.tags.find((t) => tagForm(t.name) === form)!.name);
      warnings.push(problem(forms.get(marked[i])!.filePath, message('tags.toneVariants', { spellings, slugs }), { field: 'tags', severity: 'warning' }));
    }
  }

  // Display name: the fullest spelling (most marks, capitals not counted), then the most used,
  // then sentence case ("Hành chính" over "hành chính" over "HÀNH CHÍNH"), then the first to appear.
  const spellings = new Map<string, Map<string, { count: number; order: number }>>();
  let order = 0;
  for (const post of oldestFirst) {
    const seen = new Set<string>();
    post.tags = post.tags.flatMap((tag) => {
      const slug = slugOfForm.get(`${tag.slug}\n${tagForm(tag.name)}`)!;
      const byName = spellings.get(slug) ?? new Map<string, { count: number; order: number }>();
      const entry = byName.get(tag.name) ?? { count: 0, order: order++ };
      entry.count++;
      byName.set(tag.name, entry);
      spellings.set(slug, byName);
      if (seen.has(slug)) return [];
      seen.add(slug);
      return [{ slug, name: tag.name }];
    });
  }
  const names = new Map<string, string>();
  for (const [slug, byName] of spellings) {
    const [name] = [...byName].sort(
      ([a, x], [b, y]) => marks(b) - marks(a) || y.count - x.count || caseRank(a) - caseRank(b) || x.order - y.order,
    )[0];
    names.set(slug, name);
  }
  for (const post of posts) post.tags = post.tags.map((t) => ({ slug: t.slug, name: names.get(t.slug)! }));
  return { names, warnings };
}

function toPost(source: PostSource, timezone: string, now: Date, problems: ContentProblem[]): Post | undefined {
  const { data } = source;
  const where = source.filePath;
  const slug = postSlugFromFileName(source.id);
  if (slug === '') {
    problems.push(problem(where, message('file.emptySlug', { file: source.id.replace(/^.*\//, '') })));
    return undefined;
  }
  // Until the whole index is known, a tag's slug is its base slug; assignTagSlugs settles it.
  const tags: TagRef[] = [];
  for (const name of data.tags) {
    const tagSlug = baseTagSlug(name);
    if (tagSlug === '') {
      problems.push(problem(where, message('tags.noLetters', { tag: name }), { field: 'tags' }));
      continue;
    }
    tags.push({ name: name.replace(/\s+/g, ' '), slug: tagSlug });
  }
  const ld = localDate(data.date, timezone);
  const { languages, paragraph: prose } = source.text ?? bodyText(source.body, data, where);
  // Never empty: meta description, og:description, JSON-LD and the feed all carry it. A post
  // with no prose (a photo alone) is described by its photo's caption or alt text, else its title.
  const paragraph = prose || data.title;
  // One cut for both: the summary is the excerpt unless a subtitle stands in for it.
  const excerpt = data.description ?? truncate(paragraph, SUMMARY_LENGTH);
  return {
    id: source.id,
    filePath: source.filePath,
    slug,
    path: postPath(ld, slug),
    title: data.title,
    subtitle: data.subtitle,
    summary: data.description ?? data.subtitle ?? excerpt,
    excerpt,
    author: data.author,
    date: data.date,
    updated: data.lastModified ?? data.date,
    localDate: ld,
    tags,
    headerImage: data.headerImage,
    headerMask: data.headerMask,
    catalog: data.catalog,
    hidden: data.hidden,
    urgent: data.urgent,
    pinned: data.pinned,
    expires: data.expires,
    expired: hasExpired(data.expires, now),
    layout: data.layout,
    headerStyle: data.headerStyle,
    headerBgCss: data.headerBgCss,
    headerImageCredit: data.headerImageCredit,
    headerImageCreditHref: data.headerImageCreditHref,
    multilingual: data.multilingual,
    languages,
    iframe: data.iframe,
    mathjax: data.mathjax,
    // `?? []`: hand-made test data may leave it out.
    redirectFrom: data.redirectFrom ?? [],
  };
}
