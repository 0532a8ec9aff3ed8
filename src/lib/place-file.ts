/**
 * Puts a file the build made (a cached photo variant, a link-preview card) at its place in dist:
 * a hard link, so no bytes are copied and no new inode is made, or a copy where the two are on
 * different disks (or the file system has no hard links). Only for files the build owns: a file
 * an editor wrote is copied, so nothing done to dist afterwards can reach the source.
 */
import { copyFile, link, unlink } from 'node:fs/promises';

async function placeFile(file: string, to: string): Promise<'linked' | 'copied'> {
  try {
    await link(file, to);
    return 'linked';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(to);
      return placeFile(file, to);
    }
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
    await copyFile(file, to);
    return 'copied';
  }
}

/** Places each `[file, to]`, many at a time (thousands of small files); resolves to how many were copied. */
export async function placeFiles(pairs: readonly (readonly [file: string, to: string])[]): Promise<number> {
  let copied = 0;
  for (let i = 0; i < pairs.length; i += 64) {
    const placed = await Promise.all(pairs.slice(i, i + 64).map(([file, to]) => placeFile(file, to)));
    copied += placed.filter((p) => p === 'copied').length;
  }
  return copied;
}
