/**
 * The content collections, described once: src/content.config.ts builds Astro's collections
 * from these specs and `npm run check:content` checks the same folders with the same schemas.
 * A new collection is one entry here (and its `defineCollection` line in content.config.ts).
 */
import { site } from '../site.config.ts';
import type { CollectionSpec } from './content-check.ts';
import { pageSchema } from './page-schema.ts';
import { postSchema } from './post-schema.ts';

const env = typeof process === 'undefined' ? {} : process.env;

export const contentCollections = {
  // Tests point POSTS_DIR at fixture content; the site's own posts live in src/content/posts.
  posts: {
    name: 'posts',
    dir: env.POSTS_DIR ?? './src/content/posts',
    recursive: true,
    schema: postSchema({ timezone: site.timezone, defaultAuthor: site.author }),
    posts: { timezone: site.timezone },
  },
  // Standalone pages, each at /<file name>/; PAGES_DIR points the tests at fixture pages.
  pages: {
    name: 'pages',
    dir: env.PAGES_DIR ?? './src/content/pages',
    recursive: false,
    schema: pageSchema({ timezone: site.timezone }),
  },
} satisfies Record<string, CollectionSpec>;
