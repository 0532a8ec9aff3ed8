/**
 * A digest of a module's source and of everything it imports: the files of
 * the project it reaches through relative imports, and the installed version
 * of each package they name.
 *
 * Astro keeps rendered Markdown in its content cache and clears that cache
 * only when the Astro config's JSON changes, and functions (our Markdown
 * plugins) have no JSON. Without this digest in the config, a change to a
 * plugin would leave every unchanged post rendered by the old code in the
 * next build that kept the cache, as the scheduled deploy does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

// `from '…'`, `import '…'` and `import('…')`: every specifier a module loads at run time.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
// `import type … from '…'` and `export type … from '…'` load nothing.
const TYPE_ONLY = /\b(?:import|export)\s+type\s[^;]*?from\s*['"][^'"]+['"]/g;

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The version of an installed package, found from `fromDir` as Node finds it. */
function packageVersion(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf-8')) as { version?: string }).version ?? '?';
    if (dirname(dir) === dir) break;
  }
  try {
    return createRequire(join(fromDir, 'x.js')).resolve(name);
  } catch {
    return 'missing';
  }
}

export function sourceDigest(entry: string): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const root = resolve(entry);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf-8');
    // Paths relative to the entry's folder: the same source gives the same digest in any checkout.
    hash.update(`${relative(dirname(root), file)}\0${text}\0`);
    for (const [, specifier] of text.replace(TYPE_ONLY, '').matchAll(SPECIFIER)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:') && !specifier.startsWith('astro:')) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, packageVersion(name, dirname(file)));
      }
    }
  };
  visit(root);
  for (const [name, version] of [...packages].sort()) hash.update(`${name}@${version}\0`);
  return hash.digest('hex').slice(0, 16);
}
