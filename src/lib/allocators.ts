/**
 * Settings for the memory allocators inside the build's native modules.
 *
 * Rolldown (Vite's bundler), Astro's compiler and resvg each carry their own
 * mimalloc. By default mimalloc commits whole arenas up front and keeps what
 * is freed for later, so after Vite's bundling the build process held
 * ~390 MB outside the JavaScript heap until it exited, while Pagefind's
 * process (~400 MB) ran beside it. With these two settings it holds ~90 MB:
 * arenas are committed as they are used, and freed memory is returned at once
 * (bench/README.md, "Memory").
 *
 * mimalloc reads its environment once, when the module that carries it loads,
 * which is before astro.config.mjs runs: so `npm run build` (src/cli/build.ts)
 * sets them before starting Astro. A bare `astro build` builds the same site
 * and keeps the extra memory.
 */
export const allocatorEnv = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
} as const satisfies Record<string, string>;

/** Sets each setting the environment does not already give. */
export function useAllocatorEnv(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(allocatorEnv)) env[name] ??= value;
}
