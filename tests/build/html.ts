/** Reading built pages the way a test wants to: parsed, by URL path. */
import { parse, type HTMLElement } from 'node-html-parser';
import { readDist, type SiteName } from './sites.ts';

/** The page a URL path serves: '/2025/' -> 2025/index.html. */
export function fileFor(urlPath: string): string {
  const clean = decodeURI(urlPath.replace(/^\/+/, '').split(/[?#]/)[0]);
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

export function page(site: SiteName, urlPath: string): HTMLElement {
  return parse(readDist(site, fileFor(urlPath)));
}

/** Text as a reader sees it: whitespace collapsed. */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The href of every post summary on a listing page, in order. */
export function listedPosts(site: SiteName, urlPath: string): string[] {
  return page(site, urlPath)
    .querySelectorAll('.post-summary__title a')
    .map((a) => a.getAttribute('href')!);
}

export function jsonLd(doc: HTMLElement): Record<string, unknown>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
}
