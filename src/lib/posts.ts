/**
 * The build's one post index, loaded from the content collection once and
 * shared by every page (module state lives for the whole build).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.config.ts';
import { parsePostDate } from './dates.ts';
import { expectHeaderPhotos } from './images.ts';
import { buildPostIndex, type Post, type PostIndex } from './post-index.ts';
import { storedBody } from './stored-body.ts';

/**
 * "Now" for the whole build: the clock when the first page asks, so every page judges
 * notices and future posts alike. BUILD_NOW fixes it (tests, written like a post date:
 * `2026-02-10 08:00`, Hà Nội time unless it has an offset); production leaves it unset.
 */
export function buildNow(raw: string | undefined = process.env.BUILD_NOW): Date {
  if (!raw?.trim()) return new Date();
  try {
    return parsePostDate(raw, site.timezone);
  } catch (err) {
    throw new Error(`BUILD_NOW ${(err as Error).message}`);
  }
}

let cached: Promise<{ index: PostIndex; entries: Map<string, CollectionEntry<'posts'>> }> | undefined;

async function load() {
  const all = await getCollection('posts');
  const index = buildPostIndex(
    // The loader keeps what the index needs of each body in its data (the store keeps no bodies).
    all.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, text: storedBody(e.data) })),
    // Jekyll's rule: future posts wait for their date in production; `astro dev` shows them.
    { timezone: site.timezone, now: buildNow(), showFuture: import.meta.env.DEV },
  );
  // Header photos get their link-preview crop in the same pass as their variants, whichever page comes first.
  // A build only: the dev server makes the index again for every request, and encodes a photo when a page shows it.
  if (!import.meta.env.DEV) expectHeaderPhotos(index.posts.map((p) => p.headerImage));
  return { index, entries: new Map(all.map((e) => [e.id, e])) };
}

function loaded() {
  // In dev the collection changes under us: rebuild per request there.
  if (import.meta.env.DEV || !cached) cached = load();
  return cached;
}

export async function getPostIndex(): Promise<PostIndex> {
  return (await loaded()).index;
}

/** The collection entry behind a post, for render(). */
export async function getPostEntry(post: Post): Promise<CollectionEntry<'posts'>> {
  const entry = (await loaded()).entries.get(post.id);
  if (!entry) throw new Error(`No collection entry for ${post.filePath}`);
  return entry;
}
