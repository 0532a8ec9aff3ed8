/**
 * The browser editor's code: Decap CMS's own prebuilt bundle from the pinned npm package
 * (node_modules/decap-cms/dist: decap-cms.js, the chunks it loads next to itself, two .wasm
 * files), copied as it is into dist/admin/ after the build and served from node_modules by
 * `astro dev`. Not bundled by Vite: the bundle is already built, React included, and loads its
 * chunks relative to its own URL, so copying it is both the simplest way and the one that
 * keeps Decap exactly as its authors built and tested it. Only /admin/ loads it.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminPath, href } from '../lib/urls.ts';

/** The folder of Decap's bundle in node_modules. */
export function decapBundleDir(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms'));
}

/** The files /admin/ needs: the bundle, its chunks and wasm, and the licence notice (no source maps, no second build). */
export function decapBundleFiles(dir = decapBundleDir()): string[] {
  return readdirSync(dir).filter((f) => /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(f));
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

export function decapAdmin(): AstroIntegration {
  return {
    name: 'tuongmai:decap',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const dir = decapBundleDir();
        const files = new Set(decapBundleFiles(dir));
        server.middlewares.use(href(adminPath), (req, res, next) => {
          const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^\/+/, '');
          if (!files.has(name)) return next();
          res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(join(dir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const from = decapBundleDir();
        const to = join(fileURLToPath(dir), adminPath);
        if (!existsSync(to)) mkdirSync(to, { recursive: true });
        const files = decapBundleFiles(from);
        for (const f of files) copyFileSync(join(from, f), join(to, f));
        logger.info(`Decap CMS copied to ${to} (${files.length} files)`);
      },
    },
  };
}
