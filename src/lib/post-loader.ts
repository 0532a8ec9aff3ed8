/**
 * The posts loader: Astro's glob loader, with two changes at the edge.
 *
 * YAML turns `date: 2025-07-01 00:00:01` into a Date read as UTC, and once
 * that has happened nobody can tell it apart from a date written with
 * `+00:00`. So the front matter handed to the schema is parsed again with
 * YAML's core schema, which keeps timestamps as the text the editor wrote;
 * the schema then reads offset-less dates in the site's timezone.
 *
 * Local header images are checked after every load, not in the schema:
 * Astro caches parsed entries by file content, so a check in the schema
 * would not notice an image deleted since the last build.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { extractFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';

export function frontMatterAsWritten(source: string): Record<string, unknown> {
  const raw = extractFrontmatter(source);
  if (raw == null) return {};
  const parsed = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** Problems with local header images: each names the post file and the missing path. */
export function missingHeaderImages(
  posts: Iterable<{ filePath?: string; id: string; data: Record<string, unknown> }>,
  publicDir: string,
): string[] {
  const problems: string[] = [];
  for (const post of posts) {
    const image = post.data.headerImage;
    if (typeof image !== 'string' || !image.startsWith('/')) continue;
    let path = image;
    try {
      path = decodeURI(image);
    } catch {
      // A stray % is part of the file name.
    }
    if (!statSync(join(publicDir, path), { throwIfNoEntry: false })?.isFile()) {
      problems.push(`${post.filePath ?? post.id}: header-img "${image}" does not exist: no file public${path} (local images live under public/)`);
    }
  }
  return problems;
}

export function postsLoader(base: string): Loader {
  const inner = glob({
    base,
    // Like Jekyll: files and folders whose names start with _ (such as _drafts/) are not posts.
    pattern: ['**/[^_]*.{md,mdx,markdown}', '!**/_*/**'],
    // The id is the file's path as editors wrote it (Jekyll: YYYY-MM-DD-slug.md); URLs are derived from it later.
    // The extension stays, so a.md and a.mdx are two posts (whose clash on one URL is then reported).
    generateId: ({ entry }) => entry,
  });
  return {
    name: 'posts-loader',
    load: async (context) => {
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          return context.parseData({ ...props, data: frontMatterAsWritten(source) as typeof props.data });
        },
      });
      const problems = missingHeaderImages(context.store.values(), fileURLToPath(context.config.publicDir));
      if (problems.length > 0) throw new Error(`Missing header images:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}
