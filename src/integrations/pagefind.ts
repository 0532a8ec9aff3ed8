/**
 * The search index, built by `astro build` itself through Pagefind's Node API,
 * so `npm run build` and `npx astro build` give the same site with no second
 * step to forget. Pagefind starts with the build and is handed each page the
 * search indexes (`searchable`, src/lib/search-pages.ts) as it is rendered
 * (src/lib/search-feed.ts, through ./pagefind-middleware.ts); it indexes on
 * the other core while pages render, and writes its files as soon as the last
 * post is handed on, while the pages it does not index (home, tags, archives:
 * rendered after those it does, `searchableFirst`) and the other integrations
 * finish. `astro:build:done` checks that it was handed exactly the pages of the
 * build's own list, in that order (the index's bytes depend on it); if not, it
 * indexes those pages again from dist/. Never the whole of dist/.
 * In `astro dev` the last build's index is served from dist/pagefind, so the
 * search page works while editing (it says so plainly when there is none).
 */
import { existsSync, createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { say } from '../lib/messages.ts';
import { SearchFeed, setCurrentFeed } from '../lib/search-feed.ts';
import { searchableFirst } from '../lib/search-pages.ts';
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
  /** Made when the build starts: whether a page, by its base-relative path, is indexed. */
  searchable: () => (path: string) => boolean;
}

/** One build's streamed index: Pagefind fed by the pages as they render, then written once. */
interface Streamed {
  searchable: (path: string) => boolean;
  index: Promise<pagefind.PagefindIndex>;
  /** Waits for the last page to reach the index, then writes it (once, whoever asks first). */
  finish: () => Promise<Awaited<ReturnType<SearchFeed['drained']>>>;
  /** When the writing began, and when the last page was rendered (performance.now()). */
  writing?: number;
  lastPage?: number;
}

export function pagefindIndex({ base, searchable }: PagefindOptions): AstroIntegration {
  let outDir = '';
  let run: Streamed | undefined;
  return {
    name: 'tuongmai:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
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
      // Pagefind starts with the build and indexes each page as it is rendered (src/lib/search-feed.ts).
      'astro:build:start': ({ setPrerenderer }) => {
        const isSearchable = searchable();
        // The pages it indexes rendered first, so that it writes while all the others render. Only the order
        // changes; an adapter that sets its own prerenderer after this one replaces it, and the index is then
        // written after the last post as before (astro:build:done checks the pages against the build's list).
        setPrerenderer((astro) => ({ ...astro, getStaticPaths: async () => searchableFirst(await astro.getStaticPaths(), isSearchable) }));
        const index = newIndex();
        index.catch(() => {});
        const feed = new SearchFeed(async (path, html) => (await (await index).addHTMLFile({ sourcePath: fileOf(path), content: html })).errors, isSearchable);
        setCurrentFeed(feed);
        let finished: ReturnType<Streamed['finish']> | undefined;
        const finish = () =>
          (finished ??= (async () => {
            const drained = await feed.drained();
            if (run) run.writing ??= performance.now();
            if (!drained.complete || drained.errors.length > 0) return drained;
            const written = await (await index).writeFiles({ outputPath: join(outDir, pagefindPath) });
            return { ...drained, errors: written.errors.map((e) => `writeFiles: ${e}`) };
          })());
        run = { searchable: isSearchable, index, finish };
        // Every post and standalone page handed on: write while the remaining pages render.
        feed.allHanded().then(() => finish().catch(() => {}));
      },
      // After the last page, Pagefind writes its files (unless it began when the last post was handed on)
      // while the other integrations do their work.
      'astro:build:generated': () => {
        setCurrentFeed(undefined);
        if (run) run.lastPage = performance.now();
        run?.finish().catch(() => {});
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const chosen = pages.map((p) => p.pathname.replace(/^\/+/, '')).filter(run?.searchable ?? searchable());
        try {
          // Astro skips astro:build:generated when it rendered no page at all: finish() starts the writing then.
          const written = await run?.finish();
          if (written?.complete && sameList(written.paths, chosen)) {
            if (written.errors.length > 0) throw new Error(`Pagefind could not index the site: ${summary(written.errors)}`);
            const early = run?.writing !== undefined && run.lastPage !== undefined ? run.lastPage - run.writing : 0;
            const began = early > 0 ? `its writing began ${Math.round(early)} ms before the last page` : 'its writing began after the last page';
            logger.info(`Search index written to ${join(root, pagefindPath)} (${chosen.length} of ${pages.length} pages indexed as they were rendered; at most ${written.mostWaiting} waiting for Pagefind at once; ${began})`);
            return;
          }
          // The pages did not reach the index in the build's order: index them again from dist/, in that order.
          logger.warn(say('search.reindexed', { handed: written?.paths.length ?? 0, pages: chosen.length }));
          await (await run?.index.catch(() => undefined))?.deleteIndex().catch(() => null);
          await rm(join(root, pagefindPath), { recursive: true, force: true });
          await indexFiles(root, chosen);
          logger.info(`Search index written to ${join(root, pagefindPath)} (${chosen.length} of ${pages.length} pages indexed, read back from dist/)`);
        } finally {
          setCurrentFeed(undefined);
          run = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** The whole index from the pages in dist/ (`root`), one after another in the given order, written to `outputPath`. */
export async function indexFiles(root: string, paths: readonly string[], outputPath = join(root, pagefindPath)): Promise<void> {
  const index = await newIndex();
  for (const path of paths) {
    const sourcePath = fileOf(path);
    const added = await index.addHTMLFile({ sourcePath, content: await readFile(join(root, sourcePath), 'utf-8') });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

/** The first errors, and how many more: Pagefind failing to start fails every page alike. */
function summary(errors: readonly string[]): string {
  return errors.slice(0, 5).join('; ') + (errors.length > 5 ? ` (and ${errors.length - 5} more)` : '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
