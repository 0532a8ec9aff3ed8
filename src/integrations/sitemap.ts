/**
 * @astrojs/sitemap, with two additions: the 404 page and the editor (/admin/) are left out, and each
 * post carries `lastmod` (last_modified_at, else its date). The dates are
 * read back from the post pages' own `article:modified_time`, so the sitemap
 * says exactly what the pages say and needs no second source of truth.
 */
import { readFile } from 'node:fs/promises';
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
        const html = await readFile(fileURLToPath(new URL(fileOf(path), outDir)), 'utf-8').catch(() => '');
        const lastmod = modifiedTime(html);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
