/**
 * Proof that a built site lost nothing and leaked nothing: every published
 * post is on its own page, on its page of the home listing (unless hidden),
 * in /archive/, on its year, month and day pages, on each of its tags'
 * pages, in the sitemap, in the feed when it is among the newest, and in the
 * search index; and no draft, unpublished or future post is anywhere.
 *
 * It asks the same post index and listings the pages are built from
 * (post-index.ts, listing.ts, urls.ts), reading the posts' files itself, so
 * it runs on any dist/ after the fact (`npm run verify [dist]`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { site } from '../site.config.ts';
import { dateListings, paginate } from './listing.ts';
import { message, type Listing, type Message } from './messages.ts';
import { frontMatterAsWritten } from './post-loader.ts';
import { buildPostIndex, PostIndexError, type Post, type PostSource } from './post-index.ts';
import { postSchema } from './post-schema.ts';
import { formatProblem, problem, type ContentProblem } from './problems.ts';
import { archivePath, dayPath, feedPath, fileOf, homePath, monthPath, pagefindPath, tagPath, yearPath } from './urls.ts';

/** The posts of a folder as the content collection reads them: Jekyll names, `_` files and folders left out. */
export function readPostSources(dir: string): PostSource[] {
  const schema = postSchema({ timezone: site.timezone, defaultAuthor: site.author });
  const sources: PostSource[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('_')) continue;
      const id = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(id);
      else if (/\.(md|mdx|markdown)$/.test(entry.name)) {
        const parsed = schema.safeParse(frontMatterAsWritten(readFileSync(join(dir, id), 'utf-8')));
        if (!parsed.success) throw new Error(formatProblem(problem(join(dir, id), message('verify.badFrontMatter'))));
        sources.push({ id, filePath: join(dir, id), data: parsed.data });
      }
    }
  };
  walk('');
  return sources;
}

function files(dist: string, test: (name: string) => boolean, dir = ''): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dist, test, join(dir, e.name)) : test(e.name) ? [join(dir, e.name)] : [],
  );
}

export interface VerifyOptions {
  /** Posts dated after this are future posts: the build's time (default: when dist/index.html was written). */
  now?: Date;
}

export interface VerifyReport {
  /** Published posts checked. */
  posts: number;
  /** Draft, unpublished and future posts checked to be absent. */
  withheld: number;
  problems: ContentProblem[];
}

export function verifyDist(dist: string, sources: readonly PostSource[], options: VerifyOptions = {}): VerifyReport {
  const now = options.now ?? statSync(join(dist, 'index.html')).mtime;
  const index = buildPostIndex(sources, { timezone: site.timezone, now });
  const problems: ContentProblem[] = [];
  const report = (file: string, detail: Message): void => {
    problems.push(problem(file, detail));
  };

  // The origin and base the site was built for, as its home page says in its canonical link.
  const canonical = parse(readFileSync(join(dist, 'index.html'), 'utf-8')).querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!canonical) return { posts: 0, withheld: 0, problems: [problem(join(dist, 'index.html'), message('verify.noCanonical'))] };
  const home = new URL(canonical);
  const base = home.pathname;
  const link = (path: string): string => base + path;
  const absolute = (path: string): string => new URL(link(path), home.origin).href;
  // Pagefind keeps URLs relative to the folder it indexed (dist/); the page adds the base when it shows them.
  const indexed = (path: string): string => `/${path}`;

  const pageLinks = new Map<string, Set<string> | null>();
  /** The hrefs on a built page (null when the page is missing). */
  const linksOn = (path: string): Set<string> | null => {
    if (!pageLinks.has(path)) {
      const file = join(dist, fileOf(path));
      pageLinks.set(path, existsSync(file) ? new Set(parse(readFileSync(file, 'utf-8')).querySelectorAll('a[href]').map((a) => a.getAttribute('href')!)) : null);
    }
    return pageLinks.get(path)!;
  };
  const expectListed = (post: Post, listing: string, posts: readonly Post[], what: Listing): void => {
    const page = paginate(listing, posts, site.postsPerPage).find((p) => p.posts.includes(post));
    const where = page?.path ?? listing;
    const links = linksOn(where);
    if (links === null) report(post.filePath, message('verify.listingMissing', { listing: what, path: where }));
    else if (!links.has(link(post.path))) report(post.filePath, message('verify.notListed', { listing: what, path: where }));
  };

  const read = (file: string): string => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf-8') : '');
  const sitemaps = files(dist, (n) => /^sitemap.*\.xml$/.test(n)).map(read).join('\n');
  const feed = read(fileOf(feedPath));
  const searchUrls = new Set<string>();
  const fragments = join(pagefindPath, 'fragment');
  if (existsSync(join(dist, fragments))) {
    for (const f of readdirSync(join(dist, fragments))) {
      const json = gunzipSync(readFileSync(join(dist, fragments, f))).toString('utf-8').replace(/^pagefind_dcd/, '');
      searchUrls.add(JSON.parse(json).url);
    }
  }
  const newest = new Set(index.posts.slice(0, site.feedSize));
  const dateListingOf = new Map(dateListings(index).map((l) => [l.path, l]));

  for (const post of index.posts) {
    const page = read(fileOf(post.path));
    if (!page) report(post.filePath, message('verify.pageMissing', { path: post.path }));
    else if (parse(page).querySelector('h1')?.textContent.trim() !== post.title) report(post.filePath, message('verify.noTitle', { path: post.path }));
    if (!post.hidden) expectListed(post, homePath, index.homePosts, { kind: 'home' });
    if (!linksOn(archivePath)?.has(link(post.path))) report(post.filePath, message('verify.notListed', { listing: { kind: 'archive' }, path: archivePath }));
    const { year, month } = post.localDate;
    for (const path of [yearPath(year), monthPath(year, month), dayPath(post.localDate)]) {
      const listing = dateListingOf.get(path);
      if (!listing) report(post.filePath, message('verify.listingMissing', { listing: { kind: 'date' }, path }));
      else expectListed(post, listing.path, listing.group.posts, { kind: 'date' });
    }
    for (const tag of post.tags) expectListed(post, tagPath(tag), index.tagBySlug.get(tag.slug)!.posts, { kind: 'tag', tag: tag.name });
    if (!sitemaps.includes(`<loc>${absolute(post.path)}</loc>`)) report(post.filePath, message('verify.notInSitemap'));
    if (newest.has(post) && !feed.includes(`<link>${absolute(post.path)}</link>`)) report(post.filePath, message('verify.notInFeed', { count: site.feedSize, path: feedPath }));
    if (!searchUrls.has(indexed(post.path))) report(post.filePath, message('verify.notInSearch'));
  }

  // Withheld posts: where they would be if published, nowhere in dist/.
  const published = new Set(index.posts.map((p) => p.id));
  const withheldSources = sources.filter((s) => !published.has(s.id));
  let withheld: Post[] = [];
  try {
    const all = buildPostIndex(
      withheldSources.map((s) => ({ ...s, data: { ...s.data, draft: false, published: true } })),
      // Future posts too: they are withheld, and must not show either.
      { timezone: site.timezone, now, showFuture: true },
    );
    withheld = all.posts;
  } catch (err) {
    // The index's own problems (two withheld posts on one URL…) follow, each naming its file.
    if (!(err instanceof PostIndexError)) throw err;
    report(dist, message('verify.withheldUnplaced'));
    problems.push(...err.problems);
  }
  if (withheld.length > 0) {
    const texts = files(dist, (n) => /\.(html|xml|json)$/.test(n)).map((f) => [f, read(f)] as const);
    for (const post of withheld) {
      if (existsSync(join(dist, fileOf(post.path)))) report(post.filePath, message('verify.withheldPage', { path: post.path }));
      for (const [file, text] of texts) {
        if (text.includes(link(post.path))) report(post.filePath, message('verify.withheldLinked', { file: file.split(sep).join('/'), path: post.path }));
      }
      if (searchUrls.has(indexed(post.path))) report(post.filePath, message('verify.withheldInSearch'));
    }
  }
  return { posts: index.posts.length, withheld: withheld.length, problems };
}
