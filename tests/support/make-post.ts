/**
 * One fake post for the unit tests, shaped as the content collection hands it
 * to the post index: the id is the file name with its extension (as real ids
 * are), and the data is what the real schema makes of `title` and `date`
 * (Hà Nội time unless an offset is written), so defaults are never copied here.
 */
import type { PostSource } from '../../src/lib/post-index.ts';
import { postSchema, type PostData } from '../../src/lib/post-schema.ts';
import { site } from '../../src/site.config.ts';

const schema = postSchema({ timezone: site.timezone, defaultAuthor: site.author });

/**
 * @param name the Jekyll file name, `2025-07-01-slug` (`.md` is added) or with its extension
 * @param date as written in front matter: `2025-07-01 08:00`
 * @param data fields to set, in the schema's output shape (`lastModified`, `headerImage`, …)
 */
export function makePost(name: string, date: string, data: Partial<PostData> = {}, body?: string): PostSource {
  const id = /\.(md|mdx|markdown)$/.test(name) ? name : `${name}.md`;
  const base = schema.parse({ title: `Bài ${name}`, date });
  return { id, filePath: `src/content/posts/${id}`, body, data: { ...base, ...data } };
}

/** Ids as file names without their extension, for readable expectations. */
export function names(posts: readonly { id: string }[]): string[] {
  return posts.map((p) => p.id.replace(/\.(md|mdx|markdown)$/, ''));
}
