import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItem, feedOptions } from '../lib/feed.ts';
import { getPostIndex } from '../lib/posts.ts';
import { postHtml } from '../lib/render.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const index = await getPostIndex();
  const posts = index.posts.slice(0, site.feedSize);
  const items = await Promise.all(posts.map(async (p) => feedItem(p, await postHtml(p))));
  return rss(feedOptions({ title: site.title, description: site.description, feedPath: 'feed.xml', pagePath: '' }, posts, items));
};
