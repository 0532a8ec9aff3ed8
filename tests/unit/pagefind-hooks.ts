/**
 * The search-index integration's build hooks, run by hand on a made-up dist/
 * with no page rendered through the middleware: what `astro:build:done` does
 * when the pages it was handed are not the build's list (src/integrations/pagefind.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';
import { searchablePath } from '../../src/lib/search-pages.ts';

export const POST_HTML = '<!DOCTYPE html><html lang="vi"><head><title>Bài A</title></head><body><main data-pagefind-body><h1>Họp dân tổ 5</h1></main></body></html>';

/** Runs the hooks over a dist/ holding one post; `inspect` sees dist/ before it is removed. */
export async function buildWithoutFeed(inspect: (dist: string) => void = () => {}): Promise<{ warned: string[]; said: string[] }> {
  const dist = mkdtempSync(join(tmpdir(), 'tuongmai-pagefind-hooks-'));
  const warned: string[] = [];
  const said: string[] = [];
  const logger = { info: (m: string) => said.push(m), warn: (m: string) => warned.push(m) };
  try {
    mkdirSync(join(dist, '2025/07/01/a'), { recursive: true });
    writeFileSync(join(dist, '2025/07/01/a/index.html'), POST_HTML);
    const { hooks } = pagefindIndex({ base: '/', searchable: () => searchablePath() });
    const dir = pathToFileURL(`${dist}/`);
    await hooks['astro:config:done']!({ config: { outDir: dir } } as never);
    await hooks['astro:build:start']!({ logger, setPrerenderer: () => {} } as never);
    await hooks['astro:build:generated']!({ dir, logger } as never);
    await hooks['astro:build:done']!({ dir, pages: [{ pathname: '/' }, { pathname: '2025/07/01/a/' }], logger } as never);
    inspect(dist);
    return { warned, said };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
