import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const posts = defineCollection({
  loader: glob({ base: process.env.POSTS_DIR ?? './posts', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), tags: z.array(z.string()).optional() }),
});

export const collections = { posts };
