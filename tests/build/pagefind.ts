/**
 * The Pagefind bundle a build wrote, loaded in Node: the same pagefind.js the
 * browser loads, with `fetch` reading the bundle's files from disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../src/lib/search-query.ts';
import { distDir, type SiteName } from './sites.ts';

const realFetch = globalThis.fetch;

export async function loadPagefind(site: SiteName): Promise<PagefindApi & { filters(): Promise<Record<string, Record<string, number>>> }> {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const bundle = await import(pathToFileURL(join(distDir(site), 'pagefind/pagefind.js')).href);
  // Result URLs are site paths, as on the site; without this they would be file: paths.
  await bundle.options({ baseUrl: '/' });
  return bundle;
}
