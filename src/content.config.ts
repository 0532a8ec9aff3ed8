import { defineCollection } from 'astro:content';
import { contentCollections as specs } from './lib/collections.ts';
import { contentLoader } from './lib/post-loader.ts';

const posts = defineCollection({ loader: contentLoader(specs.posts), schema: specs.posts.schema });

/** Standalone pages, each at /<file name>/ (Giới thiệu, Liên hệ). */
const pages = defineCollection({ loader: contentLoader(specs.pages), schema: specs.pages.schema });

export const collections = { posts, pages };
