/**
 * The link-preview card of a post without a photo of its own: its title
 * (three lines at most, then an ellipsis), its date, and the ward's name and
 * mark, in the site's colours, as a 1200×630 PNG.
 *
 * The fixed parts (colours, border, mark) are drawn once per process by resvg;
 * each card then lays out its text from the font's metrics (opentype.js) and
 * blends cached glyph bitmaps onto a copy of that background (text-raster.ts),
 * and sharp encodes the PNG. The font is Be Vietnam Pro from Google's full
 * font files, which hold every Vietnamese letter in one file (the web
 * packages split them into unicode-range subsets, and a renderer that is
 * handed one subset draws blanks for the rest).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import opentype, { type Font } from 'opentype.js';
import sharp from 'sharp';
import { drawText, textWidth, type TextRun } from './text-raster.ts';

/** Bump when the drawing changes: every card is then drawn again. */
export const CARD_VERSION = 4;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardInput {
  /** The post's title, or the site's name for the site card. */
  title: string;
  /** The post's date as residents read it ("1 tháng 7, 2025"), or the site's description. */
  line: string;
  /** The ward's name, shown by its mark. */
  siteName: string;
}

/** The cache key: everything the drawing depends on. */
export function cardKey(input: CardInput): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, input.title, input.line, input.siteName]))
    .digest('hex')
    .slice(0, 16);
}

const require = createRequire(import.meta.url);

/** The font files shipped in @expo-google-fonts/be-vietnam-pro (Google Fonts' own TTFs, not subsets). */
export function fontFiles(): { weight: 400 | 800; path: string }[] {
  const dir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  return [
    { weight: 400, path: join(dir, '400Regular/BeVietnamPro_400Regular.ttf') },
    { weight: 800, path: join(dir, '800ExtraBold/BeVietnamPro_800ExtraBold.ttf') },
  ];
}

let fonts: { regular: Font; bold: Font } | undefined;
function loadFonts() {
  if (!fonts) {
    const [regular, bold] = fontFiles().map((f) => opentype.parse(new Uint8Array(readFileSync(f.path)).buffer));
    fonts = { regular, bold };
  }
  return fonts;
}

// The site's colours (global.css): civic deep green, the emblem's gold.
const GREEN = '#0f5132';
const GOLD: RGB = [0xf6, 0xd9, 0x8b];
const MINT: RGB = [0xcf, 0xe8, 0xdc];
const WHITE: RGB = [0xff, 0xff, 0xff];
type RGB = readonly [number, number, number];
const hex = ([r, g, b]: RGB) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

// The layout, in pixels: a 72 px margin, the mark and name at the top, the date at the foot, the title centred between.
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const MARK = { x: MARGIN, y: 60, size: 76 };
const NAME = { x: 172, baseline: 112, size: 38, letterSpacing: -0.5 };
/** The date (or the site's description, up to two lines), its last baseline fixed at the foot. */
const FOOT = { baseline: 537, size: 30, width: 900, maxLines: 2 };
/** The band the title is centred in: below the mark, above the foot's first line. */
const TITLE_BAND = { top: 136, bottom: 508 };
const TITLE = { sizes: [66, 56], lineHeight: 1.18, letterSpacing: -1, maxLines: 3 };
const BORDER = 14;

/**
 * The title cut into lines that fit the card's width, at most `maxLines`;
 * a title that does not fit ends its last line with an ellipsis.
 */
function wrap(text: string, fits: (line: string) => boolean, maxLines: number): { lines: string[]; clipped: boolean } {
  const lines: string[] = [];
  let line = '';
  // A word wider than the card is broken where it must be.
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => splitWord(word, fits));
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (!line || fits(next)) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i];
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    return { lines, clipped: false };
  }
  // Clipped: the last line keeps what fits before the ellipsis.
  let last = lines[maxLines - 1];
  while (last && !fits(`${last}…`)) last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : [...last].slice(0, -1).join('');
  lines[maxLines - 1] = `${last.replace(/[\s,;:.\-–—]+$/, '')}…`;
  return { lines, clipped: true };
}

function splitWord(word: string, fits: (line: string) => boolean): string[] {
  if (fits(word)) return [word];
  const parts: string[] = [];
  let part = '';
  for (const c of word) {
    if (part && !fits(part + c)) (parts.push(part), (part = ''));
    part += c;
  }
  return part ? [...parts, part] : parts;
}

/** Everything a card shows, placed: the ward's name, the title's lines, the date or description. */
export function cardLayout(input: CardInput): TextRun[] {
  const { regular, bold } = loadFonts();
  const title = input.title.replace(/\s+/g, ' ').trim();
  // The larger size when the title fits in three lines at it, else the smaller, clipped if it must be.
  let size = TITLE.sizes[0];
  let lines: string[] = [];
  for (size of TITLE.sizes) {
    const fits = (line: string) => textWidth(bold, line, size, TITLE.letterSpacing) <= TEXT_WIDTH;
    const wrapped = wrap(title, fits, TITLE.maxLines);
    lines = wrapped.lines;
    if (!wrapped.clipped) break;
  }
  const foot = wrap(input.line.replace(/\s+/g, ' ').trim(), (l) => textWidth(regular, l, FOOT.size, 0) <= FOOT.width, FOOT.maxLines).lines;
  const footLineHeight = ((regular.ascender - regular.descender) / regular.unitsPerEm) * FOOT.size;
  // Lines stacked like CSS line boxes (half-leading above and below), the block centred in its band.
  const lineHeight = size * TITLE.lineHeight;
  const contentHeight = ((bold.ascender - bold.descender) / bold.unitsPerEm) * size;
  const bandBottom = TITLE_BAND.bottom - (foot.length - 1) * footLineHeight;
  const top = (TITLE_BAND.top + bandBottom) / 2 - (lines.length * lineHeight) / 2;
  const firstBaseline = top + (lineHeight - contentHeight) / 2 + (bold.ascender / bold.unitsPerEm) * size;
  // The ward's name on one line beside the mark, clipped if a publisher's name is ever that long.
  const nameFits = (l: string) => textWidth(bold, l, NAME.size, NAME.letterSpacing) <= CARD_WIDTH - MARGIN - NAME.x;
  const name = wrap(input.siteName.replace(/\s+/g, ' ').trim(), nameFits, 1).lines[0] ?? '';
  return [
    { text: name, x: NAME.x, y: NAME.baseline, size: NAME.size, font: bold, letterSpacing: NAME.letterSpacing, color: GOLD },
    ...lines.map((text, i) => ({
      text,
      x: MARGIN,
      y: Math.round(firstBaseline + i * lineHeight),
      size,
      font: bold,
      letterSpacing: TITLE.letterSpacing,
      color: WHITE,
    })),
    ...foot.map((text, i) => ({
      text,
      x: MARGIN,
      y: Math.round(FOOT.baseline - (foot.length - 1 - i) * footLineHeight),
      size: FOOT.size,
      font: regular,
      letterSpacing: 0,
      color: MINT,
    })),
  ];
}

/** The card's fixed parts as SVG: the green ground, the gold foot, the ward's mark. */
function backgroundSvg(): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${GREEN}"/>` +
    `<rect y="${CARD_HEIGHT - BORDER}" width="${CARD_WIDTH}" height="${BORDER}" fill="${hex(GOLD)}"/>` +
    `<svg x="${MARK.x}" y="${MARK.y}" width="${MARK.size}" height="${MARK.size}" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="12" fill="#0a3a24"/><path d="M14 48V26h8v22zm14 0V16h8v32zm14 0V30h8v18z" fill="${hex(GOLD)}"/></svg>` +
    `</svg>`
  );
}

let background: Buffer | undefined;
/** The fixed parts rasterised, RGB: drawn once per process, copied for each card. */
function backgroundRaster(): Buffer {
  if (!background) {
    const rgba = new Resvg(backgroundSvg(), { font: { loadSystemFonts: false } }).render().pixels;
    background = Buffer.alloc(CARD_WIDTH * CARD_HEIGHT * 3);
    for (let i = 0, j = 0; j < background.length; i += 4, j += 3) {
      background[j] = rgba[i];
      background[j + 1] = rgba[i + 1];
      background[j + 2] = rgba[i + 2];
    }
  }
  return background;
}

/**
 * The whole card as SVG with its text as <text>, at the positions cardLayout
 * gives: what tests hand to resvg's own text engine (shaping with the font
 * files) to check the card drawn from glyph bitmaps against.
 */
export function cardSvg(input: CardInput): string {
  const { bold } = loadFonts();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const texts = cardLayout(input).map(
    (run) =>
      `<text x="${run.x}" y="${run.y}" font-family="Be Vietnam Pro" font-size="${run.size}" font-weight="${run.font === bold ? 800 : 400}" ` +
      `letter-spacing="${run.letterSpacing}" fill="${hex(run.color)}" xml:space="preserve">${esc(run.text)}</text>`,
  );
  return backgroundSvg().replace(/<\/svg>$/, `${texts.join('')}</svg>`);
}

/** The card drawn into `raster`: the fixed parts copied in, the text blended over them. */
function drawCard(raster: Buffer, input: CardInput): Buffer {
  backgroundRaster().copy(raster);
  for (const run of cardLayout(input)) drawText(raster, CARD_WIDTH, run);
  return raster;
}

/** The card's pixels, RGB, before encoding, in a buffer of their own. */
export function cardPixels(input: CardInput): Buffer {
  return drawCard(Buffer.allocUnsafe(CARD_WIDTH * CARD_HEIGHT * 3), input);
}

/**
 * Rasters no card is being drawn or encoded in. A card's 2.27 MB of pixels allocated afresh for
 * each card cost more than drawing its text (page faults and garbage collection: 5.6 against 3.8 ms
 * of CPU a card, bench/README.md); a worker draws one card at a time, so it keeps one raster. Cards
 * drawn many at once without the workers keep no more than SPARE_RASTERS once they are done.
 */
const spareRasters: Buffer[] = [];
const SPARE_RASTERS = 2;

/**
 * The card as PNG. sharp encodes (zlib level 3, no adaptive filtering: flat
 * colours compress well and quickly that way). sharp reads the pixels while it
 * encodes, so the raster is not handed to another card until the PNG is made.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const raster = spareRasters.pop() ?? Buffer.allocUnsafe(CARD_WIDTH * CARD_HEIGHT * 3);
  try {
    return await sharp(drawCard(raster, input), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
      .png({ compressionLevel: 3, adaptiveFiltering: false })
      .toBuffer();
  } finally {
    if (spareRasters.length < SPARE_RASTERS) spareRasters.push(raster);
  }
}

/** Draws the card into `file` (written whole, then renamed: a half-written card is never taken from the cache). */
export async function writeCard(input: CardInput, file: string): Promise<void> {
  const png = await renderCard(input);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.${threadId}.tmp`, png);
  renameSync(`${file}.${process.pid}.${threadId}.tmp`, file);
}
