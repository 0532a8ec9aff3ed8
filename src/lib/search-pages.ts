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

/**
 * The pages to render, those the search indexes first (each group in the order given). The index is
 * written once the last of them is handed to it, on the other core while the rest render, so the
 * more pages come after it, the less the build waits for the writing at its end. Every page of a
 * path goes the same way, so when two routes give one path the same one still comes first.
 * @param paths the pages as Astro's prerenderer lists them, each with its path ('/2025/07/01/slug/', without the base)
 */
export function searchableFirst<T extends { pathname: string }>(paths: readonly T[], searchable: (path: string) => boolean): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  for (const entry of paths) (searchable(entry.pathname.replace(/^\/+/, '')) ? first : rest).push(entry);
  return [...first, ...rest];
}
