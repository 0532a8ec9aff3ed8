/**
 * Every URL of the site is decided here, and only here: routes, listings,
 * feeds, the sitemap and the search index ask these functions, nothing else
 * concatenates paths.
 *
 * Paths are base-relative ('' is the home page, '2025/07/01/slug/' a post).
 * `href` and `absoluteUrl` turn them into links that honour BASE_PATH and
 * into absolute URLs that honour SITE_URL.
 */
import { normaliseBase, site, type NavKey } from '../site.config.ts';
import { datePath, type LocalDate } from './dates.ts';

// ---- Pages of the site

export const homePath = '';
export const archivePath = 'archive/';
export const tagsPath = 'tags/';
export const searchPath = 'search/';
/** The list of urgent notices in force: where the banner's “more” link leads. */
export const noticesPath = 'thong-bao-khan/';
export const notFoundPath = '404.html';

/** The browser editor (Decap CMS): its page and the bundle copied next to it. */
export const adminPath = 'admin/';
export const feedPath = 'feed.xml';
export const sitemapPath = 'sitemap-index.xml';
export const robotsPath = 'robots.txt';
/** Where the Pagefind bundle is written and loaded from. */
export const pagefindPath = 'pagefind/';

/** The page each header link leads to. */
export function navPath(key: NavKey): string {
  return { home: homePath, archive: archivePath, tags: tagsPath, search: searchPath }[key];
}

/** A standalone page of src/content/pages: lien-he.md -> 'lien-he/' (Giới thiệu is about.md, at 'about/'). */
export function sitePagePath(name: string): string {
  return `${name}/`;
}

/**
 * First path segments the site's own routes use: a standalone page may not take one
 * (a year, /page/2/, /tags/, …), or one URL would serve two pages.
 */
export const reservedTopLevel = [
  ...[archivePath, tagsPath, searchPath, pagefindPath, noticesPath, 'page/', 'admin/', 'img/', '_astro/'].map((p) => p.slice(0, -1)),
  '404',
];

/** A post: the Jekyll `permalink: pretty` scheme, so old links keep working. */
export function postPath(date: LocalDate, slug: string): string {
  const { yyyy, mm, dd } = datePath(date);
  return `${yyyy}/${mm}/${dd}/${slug}/`;
}

const POST_PATH = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;

/** Is this base-relative path the shape of a post's URL (and not of a date archive)? */
export function isPostPath(path: string): boolean {
  return POST_PATH.test(path);
}

export function yearPath(year: number): string {
  return `${datePath({ year, month: 1, day: 1 }).yyyy}/`;
}

export function monthPath(year: number, month: number): string {
  const { yyyy, mm } = datePath({ year, month, day: 1 });
  return `${yyyy}/${mm}/`;
}

export function dayPath(date: LocalDate): string {
  const { yyyy, mm, dd } = datePath(date);
  return `${yyyy}/${mm}/${dd}/`;
}

export function tagPath(tag: { slug: string }): string {
  return `${tagsPath}${tag.slug}/`;
}

export function tagFeedPath(tag: { slug: string }): string {
  return `${tagPath(tag)}feed.xml`;
}

/** Base-relative path of a paginated listing: page 1 is the listing itself, page n is `page/n/` under it. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}page/${page}/`;
}

/**
 * The value of a rest parameter (`[...path]`) that serves a base-relative path:
 * '2025/07/' -> '2025/07', '' -> undefined (the route's own folder).
 */
export function restParam(path: string): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? undefined : trimmed;
}

/** A search for `q`: /search/?q=… */
export function searchUrl(q: string): string {
  return `${searchPath}?q=${encodeURIComponent(q)}`;
}

// ---- Paths to links

/** '2025/07/' -> '/2025/07/' (or '/staging/2025/07/' under a base path). */
export function href(path: string, base: string = site.base): string {
  return base + path.replace(/^\/+/, '');
}

/** '2025/07/' -> 'https://tuongmai.com/2025/07/'. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), site.url).href;
}

/** An asset or link as written in content: '/img/a.jpg' gets the base path, a full URL stays as it is. */
export function assetHref(src: string): string {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? src : href(src);
}

/** Same, absolute: for feeds, link previews and structured data. */
export function absoluteAssetUrl(src: string): string {
  return new URL(assetHref(src), site.url).href;
}

/** A site URL path ('/staging/2025/07/') back to its base-relative path ('2025/07/'); undefined outside the base. */
export function basePathOf(urlPath: string, base: string = site.base): string | undefined {
  const b = normaliseBase(base);
  const p = urlPath.startsWith('/') ? urlPath : `/${urlPath}`;
  if (p === b.slice(0, -1)) return '';
  return p.startsWith(b) ? p.slice(b.length) : undefined;
}

/** The file a static build writes for a base-relative path: '2025/07/' -> '2025/07/index.html'. */
export function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Base-relative path of a post's link-preview card: '2025/07/01/slug/' -> 'og/2025/07/01/slug.png'. */
export function cardPath(postPath: string): string {
  return `og/${postPath.replace(/\/+$/, '')}.png`;
}

/** Base-relative path of the site's own card, for the home page, listings and archives. */
export const siteCardPath = 'og/site.png';

/** Base-relative path of a processed photo's file: `_img/<hash>/<file>` (see image-store.ts). */
export function imagePath(hash: string, file: string): string {
  return `_img/${hash}/${file}`;
}

/** An old address (redirect_from) as a decoded site-root path without query or fragment: '/tin/b%C3%A0i/' -> 'tin/bài/'. */
function oldAddress(oldPath: string): string {
  const path = oldPath.replace(/^\/+/, '').split(/[?#]/)[0];
  try {
    return decodeURI(path);
  } catch {
    return path; // a stray % is part of the name
  }
}

/**
 * The file a static build writes for an old address a post redirects from
 * (redirect_from, a site-root path): '/2019/05/a.html' -> '2019/05/a.html';
 * '/tin/a/' and '/tin/a' -> 'tin/a/index.html' (a server answers /tin/a with
 * /tin/a/). Only .html and .htm names are files: another extension would be
 * served with the wrong type.
 */
export function redirectFile(oldPath: string): string {
  const path = oldAddress(oldPath);
  if (path === '' || path.endsWith('/')) return fileOf(path);
  return /\.html?$/i.test(path) ? path : `${path}/index.html`;
}

/** An old address as a link on this site, the base path in front: what a server matches requests against. */
export function redirectHref(oldPath: string, base: string = site.base): string {
  return href(encodeURI(oldAddress(oldPath)), base);
}
