// The little of opentype.js (a dev dependency without its own types) the font test uses.
declare module 'opentype.js' {
  interface Font {
    /** 0 (.notdef) when the font has no glyph for the character. */
    charToGlyphIndex(char: string): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
