/** The allocator settings `npm run build` gives the build (src/lib/allocators.ts, src/cli/build.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocatorEnv, missingAllocatorEnv, missingNodeFlags } from '../../src/lib/allocators.ts';

describe('allocator settings', () => {
  it('are added where the environment gives none, never over one it gives', () => {
    const env = missingAllocatorEnv({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '50' });
    expect(env).toEqual({
      PATH: '/usr/bin',
      MIMALLOC_PURGE_DELAY: '50',
      MIMALLOC_ARENA_EAGER_COMMIT: '0',
      MALLOC_MMAP_THRESHOLD_: '4194304',
      MALLOC_ARENA_MAX: '2',
      _RJEM_MALLOC_CONF: 'dirty_decay_ms:3000,muzzy_decay_ms:0',
    });
    expect(missingAllocatorEnv({ ...allocatorEnv })).toBeUndefined();
  });

  it("adds V8's heap setting to Node's flags unless the process was started with it", () => {
    expect(missingNodeFlags(['--require', 'x.cjs'])).toEqual(['--heap-growing-percent=20']);
    expect(missingNodeFlags(['--heap-growing-percent=20'])).toEqual([]);
    expect(missingNodeFlags(['--heap-growing-percent=50'])).toEqual([]);
  });

  // /proc/self/environ: Linux only, as the deploy and CI machines are.
  it.runIf(process.platform === 'linux')('are in the environment and flags of the process that runs Astro when the build starts through `npm run build`', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf-8'));
    expect(pkg.scripts.build).toBe('node src/cli/build.ts');
    // What the process Astro runs in was started with (/proc/self/environ: glibc reads it at start),
    // asked through Astro's own CLI: `astro build --help` prints its help and builds nothing.
    const preload = `process.on('exit', () => { if (process.argv.includes('--help')) console.log('FLAGS ' + process.execArgv.filter((a) => a.startsWith('--heap')).join(' ') + '\\nENV ' + require('fs').readFileSync('/proc/self/environ', 'utf8').split('\\0').filter((v) => /^(MIMALLOC|MALLOC|_RJEM)/.test(v)).sort().join(' ')); });`;
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(MIMALLOC|MALLOC|_RJEM)/.test(k)));
    const dir = mkdtempSync(join(tmpdir(), 'tuongmai-allocators-'));
    writeFileSync(join(dir, 'preload.cjs'), preload);
    const run = spawnSync(process.execPath, ['--require', join(dir, 'preload.cjs'), 'src/cli/build.ts', '--help'], {
      cwd: new URL('../..', import.meta.url),
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf-8',
    });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('astro build');
    expect(run.stdout).toContain('FLAGS --heap-growing-percent=20\n');
    expect(run.stdout).toContain(
      'ENV MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=4194304 MIMALLOC_ARENA_EAGER_COMMIT=0 MIMALLOC_PURGE_DELAY=0 _RJEM_MALLOC_CONF=dirty_decay_ms:3000,muzzy_decay_ms:0',
    );
  });
});
