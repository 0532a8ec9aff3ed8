import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildFeed } from '../lib/feed.ts';
import { getPostIndex } from '../lib/posts.ts';
import { postHtml } from '../lib/render.ts';
import { feedPath, homePath } from '../lib/urls.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const channel = { title: site.title, description: site.description, feedPath, pagePath: homePath };
  return rss(await buildFeed(channel, (await getPostIndex()).posts, postHtml));
};
