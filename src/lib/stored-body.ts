/**
 * What a post's entry in Astro's content store keeps of its Markdown body. The store keeps no
 * bodies (the loader's `retainBody: false`): the loader works this out once per file
 * (post-loader.ts) and the index reads it back (posts.ts).
 */
import type { BodyText } from './post-index.ts';

export interface StoredBody extends BodyText {
  /** The relative image paths the body names, as written (checked on every build: missingImages). */
  images: string[];
}

// Not a front matter key (the schema rejects unknown keys), so no editor's field can be overwritten.
const KEY = '__body';

export function withStoredBody<T extends object>(data: T, body: StoredBody): T {
  return { ...data, [KEY]: body };
}

export function storedBody(data: object): StoredBody | undefined {
  return (data as { [KEY]?: StoredBody })[KEY];
}
