/**
 * What making a build's files costs on this disk, and how much more right after deleting the
 * files of an earlier build: N folders with one 10 KB page each (a site's pages), made in a
 * fresh folder, then made again at once after deleting them, R times over. Prints wall time
 * and the process's system CPU time for each round.
 *
 *   npm run bench:disk -- [pages=5000] [rounds=3]
 *
 * On ext4 without a journal, the kernel does not reuse an inode freed in the last half minute
 * or so (`recently_deleted()` in fs/ext4/ialloc.c) and steps past every such inode each time
 * it makes a file or folder: the rounds after a deletion cost several times the first, and an
 * engine with more files pays for more freed inodes on each of more files.
 * On a disk with a journal (or tmpfs) every round costs the same. See bench/README.md, "The disk".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pages = Number(process.argv[2] ?? 5000);
const rounds = Number(process.argv[3] ?? 3);
const work = mkdtempSync(join(tmpdir(), 'tuongmai-disk-'));
const page = 'x'.repeat(10_000);

function make(dir: string): string {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < pages; i++) {
    const folder = join(dir, `y${i % 10}`, `d${i % 300}`, `p${i}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), page);
  }
  const sys = process.cpuUsage(cpu).system / 1000;
  return `${Math.round(performance.now() - started)} ms wall, ${Math.round(sys)} ms system CPU`;
}

try {
  const dist = join(work, 'dist');
  console.log(`${pages} pages in a fresh folder: ${make(dist)}`);
  for (let round = 1; round <= rounds; round++) {
    rmSync(dist, { recursive: true });
    console.log(`${pages} pages right after deleting them (round ${round}): ${make(dist)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
