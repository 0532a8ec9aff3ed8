// Two versions of the photo pipeline (src/lib/image-store.ts) side by side, in one run: each photo
// processed as a header photo (variants and link-preview crop) with an empty cache, the build's two
// encoding slots, in a child process per version and photo size, versions interleaved.
// Reports CPU ms per photo (all threads) and the bytes of each kind of file.
// Usage: npm run bench:photo-pipeline -- BEFORE.ts AFTER.ts [photos=4] [rounds=2]
//   e.g. npm run bench:photo-pipeline -- /work/main/src/lib/image-store.ts src/lib/image-store.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makePhoto } from '../tests/build/photos.ts';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'bench/results/photo-steps');
const SIZES = [
  [2400, 1600],
  [4000, 3000],
];

if (process.argv[2] === '--child') {
  // One version, one size: process the photos, print CPU ms and bytes by kind.
  const [, , , lib, size, count] = process.argv;
  const store = await import(pathToFileURL(lib).href);
  const cache = mkdtempSync(join(tmpdir(), 'photo-pipeline-'));
  store.resetRegistry(cache, dir);
  const files = Array.from({ length: Number(count) }, (_, p) => join(dir, `photo-${size}-${p}.jpg`));
  const started = process.cpuUsage();
  const wall = performance.now();
  await Promise.all(files.map((f) => store.ogCrop(f)));
  await store.settle();
  const used = process.cpuUsage(started);
  const bytes = {};
  const digest = createHash('sha256');
  for (const hash of readdirSync(cache).sort()) {
    for (const f of readdirSync(join(cache, hash)).sort()) {
      if (f !== 'image.json') digest.update(f).update(readFileSync(join(cache, hash, f)));
      const kind = f.replace(/^.*?-(\d+\.webp|\d+\.jpg|og\.jpg)$/, '$1');
      if (kind !== 'image.json') bytes[kind] = (bytes[kind] ?? 0) + statSync(join(cache, hash, f)).size;
    }
  }
  rmSync(cache, { recursive: true, force: true });
  console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall, bytes, digest: digest.digest('hex').slice(0, 12) }));
  process.exit(0);
}

const [before, after, count = 4, rounds = 2] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: bench/photo-pipeline.mjs BEFORE.ts AFTER.ts [photos] [rounds]');
mkdirSync(dir, { recursive: true });
for (const [w, h] of SIZES) for (let p = 0; p < Number(count); p++) await makePhoto(join(dir, `photo-${w}x${h}-${p}.jpg`), { seed: 100 + p, width: w, height: h });

const results = {};
for (let round = 0; round < Number(rounds); round++) {
  const order = round % 2 ? [after, before] : [before, after];
  for (const [w, h] of SIZES) {
    for (const lib of order) {
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', resolve(lib), `${w}x${h}`, String(count)], {
        cwd: root,
        encoding: 'utf-8',
      });
      if (r.status !== 0) throw new Error(r.stderr);
      const row = JSON.parse(r.stdout.trim().split('\n').at(-1));
      ((results[`${w}x${h}`] ??= {})[lib === before ? 'before' : 'after'] ??= []).push(row);
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [size, versions] of Object.entries(results)) {
  console.log(`\n${size}, ${count} photos, median of ${rounds} rounds, per photo:`);
  for (const [version, rows] of Object.entries(versions)) {
    const ms = median(rows.map((r) => r.cpuMs)) / Number(count);
    const wall = median(rows.map((r) => r.wallMs)) / Number(count);
    const bytes = Object.entries(rows[0].bytes)
      .sort()
      .map(([kind, b]) => `${kind} ${Math.round(b / Number(count))}`)
      .join(', ');
    console.log(`  ${version.padEnd(6)} ${ms.toFixed(0).padStart(5)} ms CPU (${wall.toFixed(0)} ms wall); files ${rows[0].digest}; bytes: ${bytes}`);
  }
}
