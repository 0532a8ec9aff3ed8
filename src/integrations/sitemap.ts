/**
 * @astrojs/sitemap, with two additions: the 404 page and the editor (/admin/) are left out, and each
 * post carries `lastmod` (last_modified_at, else its date). The dates are
 * read back from the post pages' own `article:modified_time`, so the sitemap
 * says exactly what the pages say and needs no second source of truth.
 */
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { adminPath, basePathOf, fileOf, isPostPath, notFoundPath } from '../lib/urls.ts';

/** The content of the page's article:modified_time meta element, whatever the order of its attributes. */
export function modifiedTime(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    if (/\sproperty=["']article:modified_time["']/.test(tag)) return /\scontent=["']([^"']+)["']/.exec(tag)?.[1];
  }
  return undefined;
}

/**
 * The page's <head>, where its meta elements are, read from its file without the rest of the page
 * (the body is most of a post page). Read as Latin-1: the meta elements looked for are ASCII, and
 * each byte stays one character, so the strings stay small. At 20,000 posts, reading whole pages
 * as UTF-8 left ~360 MB of garbage in the build's heap while Pagefind wrote its index beside it.
 */
export async function headOf(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const chunk = Buffer.alloc(8192);
    let head = '';
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) return head;
      head += chunk.toString('latin1', 0, bytesRead);
      position += bytesRead;
      const end = head.indexOf('</head>');
      if (end >= 0) return head.slice(0, end);
    }
  } finally {
    await handle.close();
  }
}

export function siteSitemap(base: string): AstroIntegration[] {
  let outDir: URL | undefined;
  const capture: AstroIntegration = {
    name: 'tuongmai:sitemap-outdir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
  return [
    capture,
    sitemap({
      filter: (page) => {
        const path = basePathOf(new URL(page).pathname, base);
        return path !== notFoundPath && path !== notFoundPath.replace(/\.html$/, '/') && !path?.startsWith(adminPath);
      },
      serialize: async (item) => {
        const path = basePathOf(new URL(item.url).pathname, base);
        if (!outDir || path === undefined || !isPostPath(path)) return item;
        const head = await headOf(fileURLToPath(new URL(fileOf(path), outDir))).catch(() => '');
        const lastmod = modifiedTime(head);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
