/**
 * The pages the build will render that the search may index, known before
 * rendering: every post and every standalone page, by base-relative path.
 * The search feed waits for these (src/lib/search-feed.ts, `expect`) to
 * write the index before the last page. Inside the build only (astro:content).
 */
import { getPageIndex } from './pages.ts';
import { getPostIndex } from './posts.ts';

export async function expectedPages(): Promise<string[]> {
  const [posts, pages] = await Promise.all([getPostIndex(), getPageIndex()]);
  return [...posts.posts.map((p) => p.path), ...pages.pages.map((p) => p.path)];
}
