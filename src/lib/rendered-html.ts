/**
 * The rendered HTML of posts and pages, kept out of Astro's content store: one file per body,
 * named by the hash of its HTML, in a folder of the build's cache beside the store (so they are
 * kept and lost together). The store entry keeps everything else Astro rendered (headings, image
 * paths) and the file's path; a page reads its body when it renders (render.ts).
 *
 * Why: Astro holds its store in the build process several times over (the store itself, the module
 * the pages load it from, and that module's parsed copy), for the whole build, and the HTML is two
 * thirds of it. At 20,000 posts that was ~800 MB of the build process, alive while Pagefind writes
 * its index beside it (bench/README.md, "Memory").
 *
 * A file the store names but the cache has lost (a cache restored in part, the project moved) is
 * noticed before the loader runs: the entry is dropped and rendered again. Files no entry names
 * are removed after it. (In `astro dev`, Astro's glob loader renders a file edited while the server
 * runs without going through the loader's load(): the previous body's file stays until the next
 * build or server start removes it. A few kilobytes an edit.)
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { say } from './messages.ts';

/** The folder, inside Astro's cache folder (`cacheDir`), where the bodies are kept. */
export const RENDERED_DIR = 'tuongmai-rendered';

// In the entry's `rendered.metadata`: Astro copies metadata as it is and never reads this key.
const KEY = 'htmlFile';

export interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The file holding an entry's HTML, if its HTML was kept out of the store. */
export function htmlFileOf(rendered: Rendered | undefined): string | undefined {
  const file = rendered?.metadata?.[KEY];
  return typeof file === 'string' ? file : undefined;
}

/**
 * Writes the HTML to its file in `dir` (once: the name is its hash) and returns the entry's rendered part without it.
 * Synchronous, as is the reading back: small files on a local disk, cheaper read and written at once than each call
 * handed to libuv's four threads (which Astro's page writes also wait for) and awaited. At 2,000 posts the content
 * sync took 0.5 s less and the pages 1.3 s less (bench/README.md, "What each change bought").
 */
export function keepHtmlOut(dir: string, rendered: Rendered): Rendered {
  if (rendered.html === '') return rendered;
  const file = join(dir, `${createHash('sha256').update(rendered.html).digest('base64url').slice(0, 32)}.html`);
  // Same name, same bytes: a file already there (another post with the same body, a store lost and made again) is kept.
  // Written whole, then renamed, as the cards are: a build stopped midway never leaves a half body under that name.
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // A name of its own: another build, or the dev server, may keep the same body at the same time.
    const part = `${file}.${randomUUID()}.tmp`;
    writeFileSync(part, rendered.html);
    renameSync(part, file);
  }
  return { ...rendered, html: '', metadata: { ...rendered.metadata, [KEY]: file } };
}

/**
 * The entry with its HTML back, read from its file (for one page: the copy is not kept), or the
 * entry itself when the store kept its HTML. A file gone in the middle of a build fails the page.
 */
export function withKeptHtml<E extends { id: string; filePath?: string; rendered?: Rendered }>(entry: E): E {
  const file = htmlFileOf(entry.rendered);
  if (file === undefined || !entry.rendered) return entry;
  let html: string;
  try {
    html = readFileSync(file, 'utf-8');
  } catch {
    throw new Error(say('cache.bodyLost', { file: entry.filePath ?? entry.id, cache: file }));
  }
  return { ...entry, rendered: { ...entry.rendered, html } };
}

interface StoreLike {
  values(): Iterable<{ id: string; rendered?: Rendered }>;
  delete(id: string): void;
}

async function namesIn(dir: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(dir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw err;
  }
}

/** Drops the entries whose HTML file is not in `dir`, so the loader renders them again. Returns their ids. */
export async function forgetLostHtml(store: StoreLike, dir: string): Promise<string[]> {
  const names = await namesIn(dir);
  const lost: string[] = [];
  for (const entry of store.values()) {
    const file = htmlFileOf(entry.rendered);
    if (file !== undefined && (dirname(file) !== dir || !names.has(basename(file)))) lost.push(entry.id);
  }
  for (const id of lost) store.delete(id);
  return lost;
}

/** Removes the files of `dir` that no entry names (bodies since edited, posts deleted). */
export async function removeUnusedHtml(store: StoreLike, dir: string): Promise<number> {
  const used = new Set<string>();
  for (const entry of store.values()) {
    const file = htmlFileOf(entry.rendered);
    if (file !== undefined) used.add(basename(file));
  }
  const unused = [...(await namesIn(dir))].filter((name) => !used.has(name));
  await Promise.all(unused.map((name) => rm(join(dir, name), { force: true })));
  return unused.length;
}
