/**
 * The post index: every page asks it, nobody else filters, sorts or groups
 * posts. Built once per build from the collection, in one pass over the
 * posts (O(n) after the sort), so a site of 10,000 posts costs the same per
 * page as a site of ten.
 */
import type { PostData } from './post-schema.ts';
import { datePath, localDate, type LocalDate } from './dates.ts';
import { foldVietnamese, postSlugFromFileName, tagSlug as slugOfTag } from './slugs.ts';
import { firstParagraph, photoText, truncate } from './text.ts';
import { dayPath, monthPath, postPath, yearPath } from './urls.ts';
import { collator } from './vi.ts';

export interface PostSource {
  /** Collection id: the file name without extension. */
  id: string;
  /** Path of the file, relative to the project, for error messages. */
  filePath: string;
  data: PostData;
  /** Markdown source of the body, for the fallback summary. */
  body?: string;
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
  layout: 'post' | 'keynote';
  headerStyle?: 'text';
  headerBgCss?: string;
  headerImageCredit?: string;
  headerImageCreditHref?: string;
  multilingual: boolean;
  iframe?: string;
  mathjax: boolean;
  /** Old site-root paths (jekyll-redirect-from) that redirect to this post. */
  redirectFrom: string[];
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
  /** What the home page lists: public posts that are not hidden. */
  homePosts: Post[];
  /** Tags by count, then name in Vietnamese collation. */
  tags: TagGroup[];
  /** The same tags in Vietnamese alphabetical order (the search page's filter). */
  tagsByName: TagGroup[];
  tagBySlug: Map<string, TagGroup>;
  /** Years newest first, each with its months newest first, each with its days. */
  years: YearGroup[];
  byPath: Map<string, Post>;
  /** The newer and older neighbours of a post. */
  neighbours(post: Post): { newer?: Post; older?: Post };
}

export interface BuildOptions {
  timezone: string;
  /** Posts dated after this instant are left out (production builds); undefined keeps them (dev). */
  now?: Date;
}

export class PostIndexError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The posts have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PostIndexError';
    this.problems = problems;
  }
}

const SUMMARY_LENGTH = 220;

/** Is the post in the public site? Drafts, `published: false` and (in production) future posts are not. */
export function isPublic(data: PostData, now?: Date): boolean {
  return !data.draft && data.published && (now === undefined || data.date.getTime() <= now.getTime());
}

export function buildPostIndex(sources: readonly PostSource[], options: BuildOptions): PostIndex {
  const problems: string[] = [];
  const posts: Post[] = [];

  for (const source of sources) {
    if (!isPublic(source.data, options.now)) continue;
    const post = toPost(source, options.timezone, problems);
    if (post) posts.push(post);
  }

  posts.sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));

  const byPath = new Map<string, Post>();
  const position = new Map<Post, number>();
  const tagSpellings = new Map<string, Map<string, number>>();
  const tagPosts = new Map<string, Post[]>();
  const years: YearGroup[] = [];

  posts.forEach((post, i) => {
    position.set(post, i);
    const clash = byPath.get(post.path);
    if (clash) problems.push(`${post.filePath}: its URL /${post.path} is also the URL of ${clash.filePath}; rename one file or change its date`);
    else byPath.set(post.path, post);

    for (const tag of post.tags) {
      const spellings = tagSpellings.get(tag.slug) ?? new Map<string, number>();
      spellings.set(tag.name, (spellings.get(tag.name) ?? 0) + 1);
      tagSpellings.set(tag.slug, spellings);
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

  if (problems.length > 0) throw new PostIndexError(problems);

  // One display name per tag: the most used spelling. On a tie, the fuller spelling wins
  // ("Hành chính" over "hành chính" over "Hanh chinh"), then the newest post's.
  const tagName = new Map<string, string>();
  for (const [slug, spellings] of tagSpellings) {
    const [name] = [...spellings].sort((a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]))[0];
    tagName.set(slug, name);
  }
  for (const post of posts) {
    post.tags = post.tags.map((t) => ({ slug: t.slug, name: tagName.get(t.slug)! }));
  }
  const tags: TagGroup[] = [...tagPosts]
    .map(([slug, list]) => ({ slug, name: tagName.get(slug)!, posts: list }))
    .sort((a, b) => b.posts.length - a.posts.length || collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));

  return {
    posts,
    homePosts: posts.filter((p) => !p.hidden),
    tags,
    tagsByName: [...tags].sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug)),
    tagBySlug: new Map(tags.map((t) => [t.slug, t])),
    years,
    byPath,
    neighbours(post) {
      const i = position.get(post);
      if (i === undefined) return {};
      return { newer: posts[i - 1], older: posts[i + 1] };
    },
  };
}

/** How many letters carry a tone mark, đ or a capital: how much of Vietnamese spelling a tag keeps. */
function marks(name: string): number {
  let n = 0;
  for (const ch of name) if (foldVietnamese(ch) !== ch) n++;
  return n;
}

function toPost(source: PostSource, timezone: string, problems: string[]): Post | undefined {
  const { data } = source;
  const where = source.filePath;
  const slug = postSlugFromFileName(source.id);
  if (slug === '') {
    problems.push(`${where}: the file name gives an empty URL slug; name it YYYY-MM-DD-some-words.md`);
    return undefined;
  }
  const tags: TagRef[] = [];
  for (const name of data.tags) {
    const tagSlug = slugOfTag(name);
    if (tagSlug === '') {
      problems.push(`${where}: tags: "${name}" gives no URL: it has no letters or digits; add a spelling with some`);
      continue;
    }
    if (!tags.some((t) => t.slug === tagSlug)) tags.push({ name: name.replace(/\s+/g, ' '), slug: tagSlug });
  }
  const ld = localDate(data.date, timezone);
  // Never empty: meta description, og:description, JSON-LD and the feed all carry it. A post
  // with no prose (a photo alone) is described by its photo's caption or alt text, else its title.
  const paragraph =
    (source.body ? firstParagraph(source.body, { mdx: source.filePath.endsWith('.mdx') }) || photoText(source.body) : '') ||
    data.title;
  const excerpt = data.description ?? truncate(paragraph, SUMMARY_LENGTH);
  return {
    id: source.id,
    filePath: source.filePath,
    slug,
    path: postPath(ld, slug),
    title: data.title,
    subtitle: data.subtitle,
    summary: data.description ?? data.subtitle ?? truncate(paragraph, SUMMARY_LENGTH),
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
    layout: data.layout,
    headerStyle: data.headerStyle,
    headerBgCss: data.headerBgCss,
    headerImageCredit: data.headerImageCredit,
    headerImageCreditHref: data.headerImageCreditHref,
    multilingual: data.multilingual,
    iframe: data.iframe,
    mathjax: data.mathjax,
    redirectFrom: data.redirectFrom,
  };
}
