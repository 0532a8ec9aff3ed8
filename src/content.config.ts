import { defineCollection } from 'astro:content';
import { contentCollections as specs } from './lib/collections.ts';
import { contentLoader } from './lib/post-loader.ts';

const posts = defineCollection({ loader: contentLoader(specs.posts), schema: specs.posts.schema });

export const collections = { posts };
