/**
 * Text drawn onto an RGB raster from glyph bitmaps: each glyph is
 * rasterised once (by resvg, from its outline in the font) at each size and
 * quarter-pixel offset it is used at, then every later use only blends its
 * bitmap. Laying out and rasterising whole titles for each card took most of
 * a card's time (satori ~9 ms, resvg ~10 ms); a card needs a few dozen
 * glyphs, and a build of 2,000 cards only a few hundred distinct ones.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Font, Glyph } from 'opentype.js';

/** A line of text to draw: `y` is its baseline, `x` where it starts. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  font: Font;
  /** Extra advance after each character, in pixels (CSS letter-spacing). */
  letterSpacing: number;
  color: readonly [number, number, number];
}

/** A glyph placed on a line: its pen position from the line's start. */
interface Placed {
  glyph: Glyph;
  x: number;
}

interface GlyphBitmap {
  /** Offset of the bitmap's top-left corner from the pen position (integer pixel) and the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Sub-pixel positions a glyph is drawn at: a quarter pixel is closer than the eye can tell at these sizes. */
const PHASES = 4;

const bitmaps = new WeakMap<Font, Map<string, GlyphBitmap>>();
const shapes = new WeakMap<Font, Map<string, Shape>>();

/** A word's glyphs, where each starts, and the advance of the whole word, in pixels. */
interface Shape {
  glyphs: Glyph[];
  xs: number[];
  width: number;
}

/**
 * A word shaped once per size: its glyphs (opentype.js maps the characters
 * and applies the font's substitutions), kerned, letter-spaced. Titles share
 * most of their words, and the mapping is the slow part of laying out a line.
 */
function shapeWord(font: Font, word: string, size: number, letterSpacing: number): Shape {
  let cache = shapes.get(font);
  if (!cache) shapes.set(font, (cache = new Map()));
  const key = `${size} ${letterSpacing} ${word}`;
  let shape = cache.get(key);
  if (shape) return shape;
  const scale = size / font.unitsPerEm;
  const glyphs = font.stringToGlyphs(word);
  const xs: number[] = [];
  let x = 0;
  for (let i = 0; i < glyphs.length; i++) {
    xs.push(x);
    x += (glyphs[i].advanceWidth ?? 0) * scale + letterSpacing;
    if (i + 1 < glyphs.length) x += font.getKerningValue(glyphs[i], glyphs[i + 1]) * scale;
  }
  shape = { glyphs, xs, width: x };
  if (cache.size > 50_000) cache.clear();
  cache.set(key, shape);
  return shape;
}

/** The glyphs of a text and where each starts, in pixels: its words as shaped, a space between each. */
export function placeGlyphs(font: Font, text: string, size: number, letterSpacing: number): { placed: Placed[]; width: number } {
  const space = shapeWord(font, ' ', size, letterSpacing).width;
  const placed: Placed[] = [];
  let x = 0;
  text.split(' ').forEach((word, i) => {
    if (i > 0) x += space;
    const shape = shapeWord(font, word, size, letterSpacing);
    for (let j = 0; j < shape.glyphs.length; j++) placed.push({ glyph: shape.glyphs[j], x: x + shape.xs[j] });
    x += shape.width;
  });
  return { placed, width: x };
}

/** The width a text takes, as drawn. */
export function textWidth(font: Font, text: string, size: number, letterSpacing: number): number {
  return placeGlyphs(font, text, size, letterSpacing).width;
}

function glyphBitmap(font: Font, glyph: Glyph, size: number, phase: number): GlyphBitmap {
  let cache = bitmaps.get(font);
  if (!cache) bitmaps.set(font, (cache = new Map()));
  const key = `${glyph.index} ${size} ${phase}`;
  let bitmap = cache.get(key);
  if (bitmap) return bitmap;
  const path = glyph.getPath(phase / PHASES, 0, size);
  const box = path.getBoundingBox();
  if (!(box.x2 > box.x1 && box.y2 > box.y1)) {
    bitmap = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  } else {
    const left = Math.floor(box.x1) - 1;
    const top = Math.floor(box.y1) - 1;
    const width = Math.ceil(box.x2) + 1 - left;
    const height = Math.ceil(box.y2) + 1 - top;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<path transform="translate(${-left} ${-top})" d="${path.toPathData(3)}" fill="#fff"/></svg>`;
    const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3];
    bitmap = { left, top, width, height, alpha };
  }
  cache.set(key, bitmap);
  return bitmap;
}

/** Draws a run of text onto an RGB raster (3 bytes a pixel, `width` pixels a row), blending each glyph's coverage. */
export function drawText(raster: Uint8Array, width: number, run: TextRun): void {
  const height = raster.length / 3 / width;
  const [r, g, b] = run.color;
  for (const { glyph, x } of placeGlyphs(run.font, run.text, run.size, run.letterSpacing).placed) {
    const px = run.x + x;
    let ix = Math.floor(px);
    let phase = Math.round((px - ix) * PHASES);
    if (phase === PHASES) (ix++, (phase = 0));
    const bitmap = glyphBitmap(run.font, glyph, run.size, phase);
    const ox = ix + bitmap.left;
    const oy = Math.round(run.y) + bitmap.top;
    for (let row = 0; row < bitmap.height; row++) {
      const y = oy + row;
      if (y < 0 || y >= height) continue;
      for (let col = 0; col < bitmap.width; col++) {
        const a = bitmap.alpha[row * bitmap.width + col];
        const x = ox + col;
        if (a === 0 || x < 0 || x >= width) continue;
        const i = (y * width + x) * 3;
        raster[i] += ((r - raster[i]) * a) / 255 + 0.5;
        raster[i + 1] += ((g - raster[i + 1]) * a) / 255 + 0.5;
        raster[i + 2] += ((b - raster[i + 2]) * a) / 255 + 0.5;
      }
    }
  }
}
