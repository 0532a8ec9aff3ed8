/**
 * Settings for the memory allocators of the build and the native code it runs,
 * and for V8's heap.
 *
 * - Rolldown (Vite's bundler), Astro's compiler and resvg each carry their own
 *   mimalloc, which by default commits whole arenas up front and keeps what is
 *   freed: after Vite's bundling the build process held ~390 MB outside the
 *   JavaScript heap until it exited. Committing arenas as they are used and
 *   returning freed memory at once leaves ~90 MB.
 * - libvips (sharp, the photos) allocates its image buffers with glibc's
 *   malloc, whose threshold for giving large blocks their own mapping grows as
 *   blocks are freed, so decoded photos ended up in arenas the process kept
 *   (~200 MB after the photos were done). A fixed 4 MB threshold sends every
 *   image buffer back to the system when freed. Its smaller blocks, from
 *   libvips's threads, spread over an arena per thread (up to eight per core)
 *   that keep what is freed; two arenas in all keep ~60 MB less at the end of
 *   a cold 6,000-post build, when Pagefind's own peak comes beside it.
 * - Pagefind's process uses jemalloc (its `_RJEM_` build), which by default
 *   keeps freed pages for 10 s. Given back at once, every page Pagefind frees
 *   is faulted in again: its CPU doubled against the default (14.7 against
 *   7.0 s, alone, at 2,000 posts). After 3 s it keeps most of the default's
 *   speed and part of the memory: alone at 6,000 posts, a peak of 1,110 MB
 *   against 1,021 MB at once and 1,172 MB by default (bench/README.md, "Memory").
 * - V8 lets its heap grow up to fourfold after each full GC on a machine with
 *   this much memory, so the build process kept ~1 GB of heap at 6,000 posts
 *   when ~480 MB was live. Growing by a fifth at most keeps it near what is
 *   live, for as much CPU as before (fewer page faults pay for the extra GCs).
 * Each allocator reads these once, as it starts, so `npm run build`
 * (src/cli/build.ts) starts Astro in a process that has them from the
 * beginning. A bare `astro build` builds the same site with more memory.
 * Figures: bench/README.md, "Memory".
 */
export const allocatorEnv = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
  MALLOC_MMAP_THRESHOLD_: '4194304',
  MALLOC_ARENA_MAX: '2',
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:3000,muzzy_decay_ms:0',
} as const satisfies Record<string, string>;

/** Node's own flags for the build process (V8 reads them as it starts). */
export const buildNodeFlags = ['--heap-growing-percent=20'] as const;

/** Those of `buildNodeFlags` the process was not started with, in any value (a value given is kept). */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  const named = (flag: string) => flag.split('=')[0];
  return buildNodeFlags.filter((flag) => !execArgv.some((arg) => named(arg) === named(flag)));
}

/** The environment with each setting it does not already give; undefined when it gives them all. */
export function missingAllocatorEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv | undefined {
  const missing = Object.entries(allocatorEnv).filter(([name]) => env[name] === undefined);
  return missing.length === 0 ? undefined : { ...env, ...Object.fromEntries(missing) };
}
