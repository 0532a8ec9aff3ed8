import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed } from '../../../lib/feed.ts';
import type { TagGroup } from '../../../lib/post-index.ts';
import { getPostIndex } from '../../../lib/posts.ts';
import { postHtml } from '../../../lib/render.ts';
import { tagFeedPath, tagPath } from '../../../lib/urls.ts';
import { vi } from '../../../lib/vi.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const index = await getPostIndex();
  return index.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { tag } = props as { tag: TagGroup };
  const channel = {
    title: `${vi.tagTitle(tag.name)} · ${site.title}`,
    description: `${vi.tagFeedDescription(tag.name)} · ${site.title}`,
    feedPath: tagFeedPath(tag),
    pagePath: tagPath(tag),
  };
  return rss(await buildFeed(channel, tag.posts, postHtml));
};
