/**
 * The posts loader: Astro's glob loader, with two changes at the edge.
 *
 * YAML turns `date: 2025-07-01 00:00:01` into a Date read as UTC, and once
 * that has happened nobody can tell it apart from a date written with
 * `+00:00`. So the front matter handed to the schema is parsed again with
 * YAML's core schema, which keeps timestamps as the text the editor wrote;
 * the schema then reads offset-less dates in the site's timezone.
 *
 * Local images are checked after every load, not in the schema: Astro
 * caches parsed entries by file content, so a check in the schema would not
 * notice an image deleted since the last build. Each problem names the post.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
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

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path; // a stray % is part of the file name
  }
}

// ![alt](path "title"): the path of a Markdown image.
const BODY_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)>?/g;

/**
 * Local images a post names that are not there: its header-img under
 * public/, and images in its text with a relative path, which Astro looks
 * up next to the post file (its own error for those names no post).
 */
export function missingImages(
  posts: Iterable<{ filePath?: string; id: string; body?: string; data: Record<string, unknown> }>,
  root: string,
  publicDir: string,
): string[] {
  const problems: string[] = [];
  for (const post of posts) {
    const where = post.filePath ?? post.id;
    const image = post.data.headerImage;
    // `?v=2` (a cache buster) and `#…` are part of the URL, not of the file name.
    const imageFile = typeof image === 'string' ? decoded(image.split(/[?#]/)[0]) : '';
    if (typeof image === 'string' && image.startsWith('/') && !isFile(join(publicDir, imageFile))) {
      problems.push(`${where}: header-img "${image}" does not exist: no file public${imageFile} (local images live under public/)`);
    }
    if (!post.filePath || !post.body) continue;
    for (const [, url] of post.body.matchAll(BODY_IMAGE)) {
      if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) continue;
      const path = decoded(url.split(/[?#]/)[0]);
      if (!isFile(resolve(root, dirname(post.filePath), path))) {
        problems.push(
          `${where}: image "${url}" is not next to the post; for an image under public/, write it from the site root: "/${path.replace(/^\.\//, '')}"`,
        );
      }
    }
  }
  return problems;
}

// Other extensions Jekyll read as posts (markdown_ext, .html, Textile). Astro would skip them with at most a warning.
const OTHER_POST_EXTENSIONS = /\.(markdown|mkdown|mkdn|mkd|mdown|mdwn|html?|textile)$/i;

/**
 * Files in the posts folder that look like posts but that the site does not
 * read: each is an error, so a post never vanishes quietly. Folders and files
 * starting with _ or . are not posts, as in Jekyll.
 */
export function unreadPostFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (/^[_.]/.test(entry.name)) continue;
    if (entry.isDirectory()) out.push(...unreadPostFiles(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (OTHER_POST_EXTENSIONS.test(entry.name)) out.push(prefix + entry.name);
  }
  return out;
}

export function postsLoader(base: string): Loader {
  const inner = glob({
    base,
    // Like Jekyll: files and folders whose names start with _ (such as _drafts/) are not posts.
    pattern: ['**/[^_]*.{md,mdx}', '!**/_*/**'],
    // The id is the file's path as editors wrote it (Jekyll: YYYY-MM-DD-slug.md); URLs are derived from it later.
    // The extension stays, so a.md and a.mdx are two posts (whose clash on one URL is then reported).
    generateId: ({ entry }) => entry,
  });
  return {
    name: 'posts-loader',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base.replace(/\/?$/, '/'), context.config.root));
      const unread = existsSync(dir) ? unreadPostFiles(dir) : [];
      if (unread.length > 0) {
        throw new Error(
          `Bài trang không đọc được / Posts the site cannot read:\n${unread
            .map((f) => `  - ${base.replace(/\/$/, '')}/${f}: chỉ đọc .md và .mdx; đổi tên thành .md (một trang Jekyll: npm run import:jekyll) / only .md and .mdx are read; rename it to .md (a Jekyll site: npm run import:jekyll)`)
            .join('\n')}`,
        );
      }
      await inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          return context.parseData({ ...props, data: frontMatterAsWritten(source) as typeof props.data });
        },
      });
      const problems = missingImages(
        context.store.values(),
        fileURLToPath(context.config.root),
        fileURLToPath(context.config.publicDir),
      );
      if (problems.length > 0) throw new Error(`Missing images:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}
