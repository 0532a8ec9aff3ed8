/**
 * The search index, built by `astro build` itself: Pagefind's Node API runs
 * in `astro:build:done` over the pages just written, so `npm run build` and
 * `npx astro build` give the same site with no second step to forget.
 * In `astro dev` the last build's index is served from dist/pagefind, so the
 * search page works while editing (it says so plainly when there is none).
 */
import { existsSync, createReadStream } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'tuongmai:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const bundle = join(outDir, 'pagefind');
        server.middlewares.use(`${base}pagefind/`, (req, res, next) => {
          const file = normalize(join(bundle, decodeURIComponent((req.url ?? '/').split('?')[0])));
          if (!file.startsWith(bundle) || !existsSync(file)) return next();
          const ext = file.slice(file.lastIndexOf('.'));
          res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: root });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index written to ${join(root, 'pagefind')} (${added.page_count} pages scanned; posts are indexed)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
