/** jemoji shortcodes (`:smile:`, `:+1:`) to emoji, for pages (src/markdown/emoji.ts) and excerpts alike. */
import { nameToEmoji } from 'gemoji';

/** A shortcode anywhere in a text (no `g` flag: for a quick test). */
export const SHORTCODE = /:[a-z0-9_+-]+:/;
const SHORTCODES = /:([a-z0-9_+-]+):/g;

export function replaceEmoji(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(SHORTCODES, (whole, name: string) => nameToEmoji[name] ?? whole);
}
