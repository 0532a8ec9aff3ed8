import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItem, feedOptions } from '../../../lib/feed.ts';
import { tagPath } from '../../../lib/listing.ts';
import type { TagGroup } from '../../../lib/post-index.ts';
import { getPostIndex } from '../../../lib/posts.ts';
import { postHtml } from '../../../lib/render.ts';
import { vi } from '../../../lib/vi.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const index = await getPostIndex();
  return index.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { tag } = props as { tag: TagGroup };
  const posts = tag.posts.slice(0, site.feedSize);
  const items = await Promise.all(posts.map(async (p) => feedItem(p, await postHtml(p))));
  const channel = {
    title: `${vi.tagTitle(tag.name)} · ${site.title}`,
    description: `${vi.postsIn(`có thẻ “${tag.name}”`)} · ${site.title}`,
    feedPath: `${tagPath(tag)}feed.xml`,
    pagePath: tagPath(tag),
  };
  return rss(feedOptions(channel, posts, items));
};
