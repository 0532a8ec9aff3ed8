/**
 * The build's one page index (src/content/pages), loaded once and shared by
 * every page: the routes, the menu and the footer ask it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPageIndex, type PageIndex, type SitePage } from './page-index.ts';

let cached: Promise<{ index: PageIndex; entries: Map<string, CollectionEntry<'pages'>> }> | undefined;

async function load() {
  const all = await getCollection('pages');
  const index = buildPageIndex(all.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data })));
  return { index, entries: new Map(all.map((e) => [e.id, e])) };
}

function loaded() {
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}

export async function getPageIndex(): Promise<PageIndex> {
  return (await loaded()).index;
}

/** The collection entry behind a page, for render(). */
export async function getPageEntry(page: SitePage): Promise<CollectionEntry<'pages'>> {
  const entry = (await loaded()).entries.get(page.id);
  if (!entry) throw new Error(`No collection entry for ${page.filePath}`);
  return entry;
}
