/**
 * npm run build [-- astro build options]
 * `astro build`, in a process whose memory allocators are set to give memory
 * back and whose V8 heap stays near what is live (src/lib/allocators.ts).
 * glibc and V8 read their settings when a process starts, so this script
 * first replaces itself with a Node process that has them (process.execve:
 * same process id, same output), then starts Astro's own CLI. Where there is
 * no execve (Windows), the settings the native modules read as they load are
 * set in place and the build goes on.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { missingAllocatorEnv, missingNodeFlags } from '../lib/allocators.ts';

const env = missingAllocatorEnv();
const flags = missingNodeFlags();
if (env || flags.length > 0) {
  if (typeof process.execve === 'function' && process.platform !== 'win32') {
    const args = [...process.execArgv, ...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
    process.execve(process.execPath, [process.execPath, ...args], env ?? process.env);
  }
  if (env) Object.assign(process.env, env);
}
process.argv.splice(2, 0, 'build');
const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
await import(pathToFileURL(join(astro, 'bin/astro.mjs')).href);
