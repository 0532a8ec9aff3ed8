// What each step of a photo's processing costs, in CPU ms (all threads of this process) and bytes,
// on the benchmark's own photos (tests/build/photos.ts): 2400×1600 as the benchmark makes them and
// 4000×3000 as phones take them. Steps run one after another, each several times (the median is shown).
// Usage: npm run bench:photo-steps -- [repeats=3] [photos=2]
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { makePhoto } from '../tests/build/photos.ts';

const [repeats = 3, count = 2] = process.argv.slice(2).map(Number);
const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'bench/results/photo-steps');
mkdirSync(dir, { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Run `step` `repeats` times; the median CPU ms and the bytes of its output (the last run's). */
async function measure(step) {
  const ms = [];
  let out;
  for (let i = 0; i < repeats; i++) {
    const t = cpu();
    out = await step();
    ms.push(cpu() - t);
  }
  return { ms: median(ms), bytes: Buffer.isBuffer(out) ? out.length : out?.bytes, out };
}

/** PSNR (dB) of an encoded image against reference pixels of the same size: what a cheaper setting costs in quality. */
async function psnr(reference, encoded) {
  const pixels = await sharp(encoded).removeAlpha().raw().toBuffer();
  let squared = 0;
  for (let i = 0; i < reference.length; i++) squared += (reference[i] - pixels[i]) ** 2;
  return `${(10 * Math.log10((255 * 255) / (squared / reference.length))).toFixed(2)} dB`;
}

const rows = [];
function row(size, step, { ms, bytes }, note = '') {
  rows.push({ size, step, ms: Math.round(ms * 10) / 10, bytes, note });
  console.log(`${size}\t${step.padEnd(46)}\t${ms.toFixed(1).padStart(7)} ms\t${String(bytes ?? '').padStart(8)} B\t${note}`);
}

sharp.cache(false);
for (const [w, h] of [
  [2400, 1600],
  [4000, 3000],
]) {
  const size = `${w}x${h}`;
  for (let p = 0; p < count; p++) {
    const file = join(dir, `photo-${size}-${p}.jpg`);
    await makePhoto(file, { seed: 100 + p, width: w, height: h });
    const original = await readFile(file);
    const tag = `${size}#${p}`;

    // The pipeline's intermediate: the original decoded, rotated and resized to the largest width.
    const jpegMid = await measure(() => sharp(original).rotate().resize({ width: 1600 }).toColourspace('srgb').toBuffer());
    row(tag, 'decode+resize 1600 → JPEG q80 buffer (today)', jpegMid);
    const rawMid = await measure(() =>
      sharp(original).rotate().resize({ width: 1600 }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true }),
    );
    row(tag, 'decode+resize 1600 → raw pixels', { ms: rawMid.ms, bytes: rawMid.out.data.length });
    const largest = jpegMid.out;
    const raw = rawMid.out;
    const fromRaw = () => sharp(raw.data, { raw: raw.info });

    // Reference pixels for PSNR: the original resized straight to each width.
    const reference = {};
    for (const width of [480, 800, 1200, 1600]) reference[width] = await sharp(original).rotate().resize({ width }).removeAlpha().raw().toBuffer();
    for (const width of [480, 800, 1200, 1600]) {
      for (let effort = 0; effort <= 6; effort++) {
        const m = await measure(() => sharp(largest).resize({ width }).webp({ quality: 72, effort }).toBuffer());
        row(tag, `webp ${width} effort ${effort} (from JPEG mid)`, m, await psnr(reference[width], m.out));
      }
      row(tag, `webp ${width} effort 4 (from raw mid)`, await measure(() => fromRaw().resize({ width }).webp({ quality: 72, effort: 4 }).toBuffer()));
    }

    const jpegs = {
      'mozjpeg q78 (today)': { quality: 78, mozjpeg: true },
      'libjpeg q78 optimiseCoding': { quality: 78, optimiseCoding: true },
      'libjpeg q78 optimiseCoding progressive': { quality: 78, optimiseCoding: true, progressive: true },
      'mozjpeg q78 no trellis': { quality: 78, mozjpeg: true, trellisQuantisation: false },
      'mozjpeg q78 no optimiseScans': { quality: 78, mozjpeg: true, optimiseScans: false },
      'libjpeg q74 optimiseCoding progressive': { quality: 74, optimiseCoding: true, progressive: true },
    };
    for (const width of [1200, 800]) {
      for (const [name, options] of Object.entries(jpegs)) {
        const m = await measure(() => sharp(largest).resize({ width }).flatten({ background: '#ffffff' }).jpeg(options).toBuffer());
        row(tag, `jpeg ${width} ${name}`, m, await psnr(reference[width], m.out));
      }
    }

    // The link-preview crop, as today (from the original, attention, quality loop) and cheaper ways.
    const crop = (input, position, quality) =>
      sharp(input).rotate().resize(1200, 630, { fit: 'cover', position }).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
    const loop = async (input, position) => {
      let out;
      let tries = 0;
      for (const quality of [82, 74, 66, 58, 50]) {
        tries++;
        out = await crop(input, position, quality);
        if (out.length <= 300_000) break;
      }
      return Object.assign(out, { tries });
    };
    for (const [name, input] of [
      ['original', original],
      ['JPEG mid', largest],
    ]) {
      for (const [pname, position] of [
        ['attention', sharp.strategy.attention],
        ['entropy', sharp.strategy.entropy],
        ['centre', 'centre'],
      ]) {
        const m = await measure(() => loop(input, position));
        row(tag, `og crop from ${name}, ${pname}, loop`, m, `${m.out.tries} encodes`);
      }
      row(tag, `og crop from ${name}, attention, one encode q82`, await measure(() => crop(input, sharp.strategy.attention, 82)));
    }
    // The crop's pixels once (raw), then only the encodes of the loop.
    const cropRaw = await measure(() =>
      sharp(largest).resize(1200, 630, { fit: 'cover', position: sharp.strategy.attention }).raw().toBuffer({ resolveWithObject: true }),
    );
    row(tag, 'og crop from JPEG mid, attention → raw', { ms: cropRaw.ms, bytes: cropRaw.out.data.length });
    for (const quality of [82, 74, 66]) {
      row(tag, `og encode raw crop q${quality} mozjpeg`, await measure(() => sharp(cropRaw.out.data, { raw: cropRaw.out.info }).jpeg({ quality, mozjpeg: true }).toBuffer()));
      row(
        tag,
        `og encode raw crop q${quality} libjpeg progressive`,
        await measure(() => sharp(cropRaw.out.data, { raw: cropRaw.out.info }).jpeg({ quality, optimiseCoding: true, progressive: true }).toBuffer()),
      );
    }
  }
}

// libvips threads per operation, with the build's two encoding slots running at once.
const file = join(dir, 'photo-2400x1600-0.jpg');
const original = await readFile(file);
for (const threads of [1, 2]) {
  sharp.concurrency(threads);
  const started = performance.now();
  const t = cpu();
  for (let pair = 0; pair < 2; pair++) {
    await Promise.all(
      [0, 1].map(async () => {
        const largest = await sharp(original).rotate().resize({ width: 1600 }).toBuffer();
        await Promise.all([480, 800, 1200, 1600].map((width) => sharp(largest).resize({ width }).webp({ quality: 72, effort: 4 }).toBuffer()));
      }),
    );
  }
  row('2400x1600', `4 photos' WebPs, 2 at a time, concurrency ${threads}`, { ms: cpu() - t }, `${Math.round(performance.now() - started)} ms wall`);
}
writeFileSync(join(root, 'bench/results', `photo-steps-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(rows, null, 2));
