/**
 * What encoding a link-preview card costs, by PNG setting: CPU ms per card (median over the
 * cards, each encoded `repeats` times) and bytes, on the generated posts' titles. The pixels
 * are drawn once per card and not timed; every setting is lossless unless it says palette.
 *
 *   npm run bench:card-png -- [cards=40] [repeats=5]
 */
import sharp, { type PngOptions } from 'sharp';
import { cardPixels, CARD_HEIGHT, CARD_WIDTH } from '../src/lib/og-card.ts';
import { formatDateVi } from '../src/lib/vi.ts';
import { generatePosts } from './generate.ts';

const [count = 40, repeats = 5] = process.argv.slice(2).map(Number);
const pixels = generatePosts(count).map((post) => {
  const [, title] = /^title: "(.*)"$/m.exec(post.source)!;
  const [, year, month, day] = /^date: (\d{4})-(\d\d)-(\d\d)/m.exec(post.source)!.map(Number);
  return cardPixels({ title, line: formatDateVi({ year, month, day }), siteName: 'Phường Tương Mai' });
});

const settings: Record<string, PngOptions> = {
  'level 3, no filter (today)': { compressionLevel: 3, adaptiveFiltering: false },
  'level 1, no filter': { compressionLevel: 1, adaptiveFiltering: false },
  'level 2, no filter': { compressionLevel: 2, adaptiveFiltering: false },
  'level 4, no filter': { compressionLevel: 4, adaptiveFiltering: false },
  'level 6, no filter': { compressionLevel: 6, adaptiveFiltering: false },
  'level 9, no filter': { compressionLevel: 9, adaptiveFiltering: false },
  'level 1, adaptive filtering': { compressionLevel: 1, adaptiveFiltering: true },
  'level 3, adaptive filtering': { compressionLevel: 3, adaptiveFiltering: true },
  'level 0 (stored)': { compressionLevel: 0, adaptiveFiltering: false },
  'palette (lossy), level 3': { compressionLevel: 3, palette: true },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
sharp.cache(false);
for (const [name, options] of Object.entries(settings)) {
  const ms: number[] = [];
  let bytes = 0;
  let largest = 0;
  for (const raster of pixels) {
    for (let i = 0; i < repeats; i++) {
      const t = process.cpuUsage();
      const png = await sharp(raster, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } }).png(options).toBuffer();
      const used = process.cpuUsage(t);
      ms.push((used.user + used.system) / 1000);
      if (i === 0) {
        bytes += png.length;
        largest = Math.max(largest, png.length);
      }
    }
  }
  console.log(`${name.padEnd(30)} ${median(ms).toFixed(2).padStart(6)} ms CPU a card, ${Math.round(bytes / pixels.length)} B on average, ${largest} B largest`);
}
