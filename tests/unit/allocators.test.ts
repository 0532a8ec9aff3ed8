/** The allocator settings `npm run build` gives the build's native modules (src/lib/allocators.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allocatorEnv, useAllocatorEnv } from '../../src/lib/allocators.ts';

describe('allocator settings', () => {
  it('are set where the environment gives none, and never override one it gives', () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '50' };
    useAllocatorEnv(env);
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: '50', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });

  it('are what `npm run build` runs with: the script starts Astro through src/cli/build.ts', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf-8'));
    expect(pkg.scripts.build).toBe('node src/cli/build.ts');
    expect(allocatorEnv).toEqual({ MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0' });
  });
});
