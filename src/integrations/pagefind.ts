/**
 * The search index, built by `astro build` itself: Pagefind's Node API runs
 * in `astro:build:done` over the pages just written, so `npm run build` and
 * `npx astro build` give the same site with no second step to forget.
 * Pagefind is handed exactly the pages `select` chooses (src/lib/search-pages.ts),
 * never the whole of dist/.
 * In `astro dev` the last build's index is served from dist/pagefind, so the
 * search page works while editing (it says so plainly when there is none).
 */
import { existsSync, createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileOf, href, pagefindPath } from '../lib/urls.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export interface PagefindOptions {
  /** The base path, normalised (site.base). */
  base: string;
  /** From the base-relative paths of every built page, the ones to index. */
  select: (built: string[]) => string[];
}

export function pagefindIndex({ base, select }: PagefindOptions): AstroIntegration {
  let outDir = '';
  return {
    name: 'tuongmai:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const bundle = join(outDir, 'pagefind');
        server.middlewares.use(href(pagefindPath, base), (req, res, next) => {
          const file = normalize(join(bundle, decodeURIComponent((req.url ?? '/').split('?')[0])));
          if (!file.startsWith(bundle) || !existsSync(file)) return next();
          const ext = file.slice(file.lastIndexOf('.'));
          res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const chosen = select(pages.map((p) => p.pathname.replace(/^\/+/, '')));
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const path of chosen) {
            const sourcePath = fileOf(path);
            const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(root, sourcePath), 'utf-8') });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(root, pagefindPath) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index written to ${join(root, pagefindPath)} (${chosen.length} of ${pages.length} pages indexed)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
