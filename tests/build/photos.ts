/**
 * Stand-ins for the photos ward staff take on their phones: 4000×3000 JPEGs
 * of a few MB, with the fine detail (and noise) that makes real photos
 * expensive to send. Drawn with sharp, deterministically (the same bytes on
 * every run, so the image cache keeps them), never committed.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

export interface PhotoOptions {
  seed: number;
  width?: number;
  height?: number;
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast and repeatable.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Write a photo-like JPEG to `path` unless it is there already. */
export async function makePhoto(path: string, { seed, width = 4000, height = 3000 }: PhotoOptions): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const rnd = random(seed);
  // A street scene at a quarter of the size: sky, then many houses, shop signs and trees.
  const w = width / 4;
  const h = height / 4;
  let shapes = '';
  for (let i = 0; i < 1500; i++) {
    const x = rnd() * w;
    const y = h * 0.3 + rnd() * h * 0.7;
    const sw = 4 + rnd() * 60;
    const sh = 4 + rnd() * 90;
    const fill = `hsl(${Math.floor(rnd() * 360)},${Math.floor(20 + rnd() * 50)}%,${Math.floor(25 + rnd() * 50)}%)`;
    shapes +=
      rnd() < 0.5
        ? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${sw.toFixed(1)}" height="${sh.toFixed(1)}" fill="${fill}"/>`
        : `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="${(sw / 2).toFixed(1)}" ry="${(sh / 3).toFixed(1)}" fill="${fill}"/>`;
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa3d8"/><stop offset="1" stop-color="#f0e0c0"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#sky)"/>${shapes}</svg>`;
  const scene = await sharp(Buffer.from(svg)).resize(width, height).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // Sensor noise at full size: what makes a phone's 4000 px photo weigh megabytes.
  const noise = Buffer.alloc(width * height);
  for (let i = 0; i < noise.length; i++) noise[i] = 90 + Math.floor(rnd() * 77);
  const grain = await sharp(noise, { raw: { width, height, channels: 1 } }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const tmp = `${path}.tmp`;
  await sharp(scene.data, { raw: scene.info })
    .composite([{ input: grain.data, raw: grain.info, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toFile(tmp);
  renameSync(tmp, path);
}
