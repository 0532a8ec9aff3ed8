// The little of opentype.js (which ships no types) that the cards (src/lib/og-card.ts,
// src/lib/text-raster.ts) and the font test use.
declare module 'opentype.js' {
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  export interface Path {
    getBoundingBox(): BoundingBox;
    /** SVG path data, coordinates rounded to `decimals`. */
    toPathData(decimals?: number): string;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    /** The outline at `fontSize` px, its origin (pen position, baseline) at x, y; y grows downwards. */
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    /** 0 (.notdef) when the font has no glyph for the character. */
    charToGlyphIndex(char: string): number;
    stringToGlyphs(text: string): Glyph[];
    /** Pair kerning in font units (GPOS or kern table). */
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
