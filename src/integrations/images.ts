/**
 * Publishes the resized photos. Pages process the photos they use as they
 * render (src/lib/images.ts, through the content-hash cache of
 * src/lib/image-store.ts); this integration points that cache at its folder
 * before the build, copies the used variants into dist/_img/ after it, and
 * reports how much image work the build did. The link-preview cards
 * (src/lib/og-cards.ts) go the same way: drawn on worker threads while pages
 * render, linked into og/ after. In `astro dev` both are served from the cache.
 */
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { cachedVariant, defaultCacheDir, publishUsed, registry, resetRegistry } from '../lib/image-store.ts';
import { cardFile, cardRegistry, publishCards, resetCards } from '../lib/og-cards.ts';

const TYPES: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  avif: 'image/avif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** `base`: the site's base path as site.config.ts normalises it ('/' or '/staging/'). */
export function siteImages(base: string): AstroIntegration {
  return {
    name: 'tuongmai:images',
    hooks: {
      'astro:config:done': ({ config }) => {
        resetRegistry(defaultCacheDir(), fileURLToPath(config.publicDir));
        resetCards(join(defaultCacheDir(), 'cards'), new URL('../lib/og-card-worker.ts', import.meta.url));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${base}_img/`, (req, res, next) => {
          const [hash, file] = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '').split('/');
          const path = hash && file ? cachedVariant(hash, file) : undefined;
          if (!path) return next();
          res.setHeader('Content-Type', TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
        server.middlewares.use(`${base}og/`, (req, res, next) => {
          const path = `og/${decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '')}`;
          cardFile(path).then((file) => {
            if (!file) return next();
            res.setHeader('Content-Type', 'image/png');
            createReadStream(file).pipe(res);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, linked } = await publishUsed(fileURLToPath(dir));
        const { stats, used } = registry();
        logger.info(
          `Photos: ${used.size} used, ${stats.processed} processed, ${stats.cached} from the cache, ` +
            `${stats.ogCrops} link-preview crops made (${Math.round(stats.ms)} ms of image work); ${files} files in _img/, ${linked} of them linked from the cache`,
        );
        const started = performance.now();
        const cards = await publishCards(fileURLToPath(dir));
        const c = cardRegistry().stats;
        const waited = performance.now() - started - c.publishMs;
        logger.info(
          `Cards: ${cards} published, ${c.drawn} drawn, ${c.cached} from the cache ` +
            `(${Math.round(c.ms)} ms of drawing on the workers; ${Math.round(waited)} ms waited after the pages; ` +
            `${Math.round(c.requestMs)} ms asking for cards, ${Math.round(c.publishMs)} ms placing them in dist, ${c.copied} copied rather than linked)`,
        );
      },
    },
  };
}
