/**
 * Which built pages the search index reads: the one place that decides it.
 * Posts, and the standalone pages (src/content/pages), whose paths
 * astro.config.mjs passes (standalonePagePaths). Everything else (home, listings, tags, the 404 page, search
 * itself) is never indexed, so a site with no posts has an empty index
 * rather than one that finds its own navigation.
 */
import { isPostPath } from './urls.ts';

/**
 * The test for one page, for the build to ask as each page renders.
 * @param standalone base-relative paths of standalone pages to index too ('lien-he/')
 */
export function searchablePath(standalone: readonly string[] = []): (path: string) => boolean {
  const extra = new Set(standalone);
  return (path) => isPostPath(path) || extra.has(path);
}

/**
 * @param built base-relative paths of every page the build wrote ('2025/07/01/slug/', 'tags/', '404.html')
 * @param standalone base-relative paths of standalone pages to index too ('lien-he/')
 */
export function searchablePages(built: readonly string[], standalone: readonly string[] = []): string[] {
  return built.filter(searchablePath(standalone));
}
