/**
 * Every path in src/lib is base-relative ('' is the home page,
 * '2025/07/01/slug/' a post). These turn them into links that honour
 * BASE_PATH and into absolute URLs that honour SITE_URL.
 */
import { site } from '../site.config.ts';

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

/** Base-relative path of a paginated listing: page 1 is the listing itself, page n is `page/n/` under it. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}page/${page}/`;
}
