/**
 * npm run build [-- astro build options]
 * `astro build`, with the native modules' allocators told to give memory back
 * (src/lib/allocators.ts). They read the environment as they load, so it is
 * set here, before Astro's CLI is imported, in the same process.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useAllocatorEnv } from '../lib/allocators.ts';

useAllocatorEnv();
process.argv.splice(2, 0, 'build');
const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
await import(pathToFileURL(join(astro, 'bin/astro.mjs')).href);
