/**
 * npm run headers: rewrite the nginx header snippets from deploy/headers.ts
 * (`--check` only reports whether they are current, exiting 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxFiles } from '../../deploy/headers.ts';

const dir = join(import.meta.dirname, '../../deploy/nginx');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(nginxFiles())) {
  const file = join(dir, path);
  let current = '';
  try {
    current = readFileSync(file, 'utf-8');
  } catch {}
  if (current === text) continue;
  stale++;
  if (check) console.error(`${file} is not what deploy/headers.ts says: run npm run headers`);
  else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(check && stale > 0 ? 1 : 0);
