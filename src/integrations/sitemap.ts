/**
 * @astrojs/sitemap, with two additions: the 404 page is left out, and each
 * post carries `lastmod` (last_modified_at, else its date). The dates are
 * read back from the post pages' own `article:modified_time`, so the sitemap
 * says exactly what the pages say and needs no second source of truth.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

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
      filter: (page) => !/\/404(\.html)?\/?$/.test(new URL(page).pathname),
      serialize: async (item) => {
        const path = new URL(item.url).pathname;
        if (!outDir || !/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(path.slice(base.length))) return item;
        const html = await readFile(fileURLToPath(new URL(`.${path.slice(base.length - 1)}index.html`, outDir)), 'utf-8').catch(() => '');
        const lastmod = modifiedTime(html);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
