/**
 * Added to `astro build` only (src/integrations/pagefind.ts): hands each
 * rendered page that the search indexes to the build's search feed
 * (src/lib/search-feed.ts), taking its place in the index before it renders,
 * and lets the build go on once the feed has room. The page itself goes on
 * unchanged, byte for byte. On the first page it tells the feed which posts
 * and standalone pages the build has, so the index can be written as soon as
 * the last of them is handed on.
 */
import type { MiddlewareHandler } from 'astro';
import { expectedPages } from '../lib/search-expected.ts';
import { currentFeed, type SearchFeed } from '../lib/search-feed.ts';
import { basePathOf } from '../lib/urls.ts';

const told = new WeakSet<SearchFeed>();

export const onRequest: MiddlewareHandler = async (context, next) => {
  const feed = currentFeed();
  // The page takes its place before anything is awaited: places follow the order pages start in.
  const path = feed && basePathOf(context.url.pathname);
  const slot = feed && path !== undefined ? feed.reserve(path) : -1;
  if (feed && !told.has(feed)) {
    told.add(feed);
    feed.expect(await expectedPages());
  }
  if (!feed || slot < 0) return next();
  let html: string | undefined;
  let response: Response;
  try {
    response = await next();
    if (response.status === 200 && response.headers.get('content-type')?.startsWith('text/html')) {
      html = await response.text();
      response = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  } finally {
    feed.fill(slot, html);
  }
  await feed.room();
  return response;
};
