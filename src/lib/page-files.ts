/**
 * Where the standalone pages live, and which they are, read from the folder
 * itself: for build steps that run outside the content layer (the search
 * index is chosen in astro.config.mjs from these paths).
 */
import { readdirSync } from 'node:fs';
import { contentCollections } from './collections.ts';
import { pageName } from './page-index.ts';
import { sitePagePath } from './urls.ts';

/** The pages folder: src/content/pages, or PAGES_DIR (the tests' fixture pages). */
export const pagesDir = contentCollections.pages.dir;

/** Files the pages collection reads: .md and .mdx at the top of the folder, not starting with _ (as its loader's glob). */
export function isPageFile(fileName: string): boolean {
  return /^[^_].*\.(md|mdx)$/i.test(fileName);
}

/** Base-relative paths of the standalone pages in `dir`: ['about/', 'lien-he/']. */
export function standalonePagePaths(dir: string = pagesDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && isPageFile(e.name))
    .map((e) => sitePagePath(pageName(e.name)));
}
