import { defineCollection } from 'astro:content';
import { postsLoader } from './lib/post-loader.ts';
import { postSchema } from './lib/post-schema.ts';
import { site } from './site.config.ts';

// Tests point POSTS_DIR at fixture content; the site's own posts live in src/content/posts.
const postsDir = process.env.POSTS_DIR ?? './src/content/posts';

const posts = defineCollection({
  loader: postsLoader(postsDir),
  schema: postSchema({
    timezone: site.timezone,
    defaultAuthor: site.author,
  }),
});

export const collections = { posts };
