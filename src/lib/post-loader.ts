/**
 * The posts loader: Astro's glob loader, with one change at the edge.
 * YAML turns `date: 2025-07-01 00:00:01` into a Date read as UTC, and once
 * that has happened nobody can tell it apart from a date written with
 * `+00:00`. So the front matter handed to the schema is parsed again with
 * YAML's core schema, which keeps timestamps as the text the editor wrote;
 * the schema then reads offset-less dates in the site's timezone.
 */
import { readFile } from 'node:fs/promises';
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

export function postsLoader(base: string): Loader {
  const inner = glob({
    base,
    pattern: '**/[^_]*.{md,mdx,markdown}',
    // The id is the file name as editors wrote it (Jekyll: YYYY-MM-DD-slug); URLs are derived from it later.
    generateId: ({ entry }) => entry.replace(/\.(md|mdx|markdown)$/i, ''),
  });
  return {
    name: 'posts-loader',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          return context.parseData({ ...props, data: frontMatterAsWritten(source) as typeof props.data });
        },
      }),
  };
}
