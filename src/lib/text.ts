/**
 * Plain text from Markdown source, for excerpts and descriptions. It does not
 * need a full parser: it reads the first paragraph of prose, skipping what is
 * not prose (headings, images, comments, MDX imports and components).
 */

import { replaceEmoji } from './emoji.ts';
import { ABBREVIATION_LINE, IAL_LINE, stripKramdown } from './kramdown.ts';
import { mathText } from './math.ts';

const COMMENT_LINE = /^\s*\[(?:\/\/|comment|_)\]:\s*#/i;

/** Is this Markdown source only "comment" lines (`[//]: # (…)`)? Shared with the renderer's plugin. */
export function isCommentSource(source: string): boolean {
  const lines = source.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => COMMENT_LINE.test(l));
}

// Elements whose content is not text a reader sees as prose.
const NOT_TEXT_ELEMENTS = /<(script|style|iframe|object|video|audio|svg|template)\b[\s\S]*?<\/\1\s*>/gi;

// Escaped characters are set aside first, so that `\*` is never read as emphasis.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** Markdown inline syntax to the text a reader sees. Images are not text: they are dropped. */
export function inlineToText(md: string): string {
  const escaped: string[] = [];
  return md
    .replace(ESCAPED, (_m, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`)
    // Autolinks keep their address; HTML tags go; a lone < (as in 1 < 2) is text.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<((?:https?|mailto):[^\s<>]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    // Emphasis hugs its text: *chú ý* is emphasis, 3 * 4 = 12 is arithmetic.
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')
    // Underscores mark emphasis only at word edges: bao_cao_quy_3 keeps its underscores.
    .replace(/(^|[^\p{L}\p{N}_])__(.+?)__(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(.+?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(PLACEHOLDER, (_m, i: string) => escaped[Number(i)])
    .replace(/\s+/g, ' ')
    // What was dropped (an image, an expression) leaves no space before the punctuation after it.
    .replace(/ ([.,;:!?])/g, '$1')
    .trim();
}

/**
 * What kramdown and Jekyll syntax leaves in a line of prose, as a reader sees
 * it rendered: attribute lists and footnote marks go, `:smile:` is the emoji,
 * a formula is the text it shows (single dollars only with mathjax).
 */
export function kramdownToText(text: string, options: { mathjax?: boolean } = {}): string {
  let out = stripKramdown(text)
    .replace(/\[\^[^\]\s]+\](?!:)/g, '')
    .replace(/(?<!\\)\$\$(.+?)\$\$/g, (_m, tex: string) => mathText(tex));
  if (options.mathjax) out = out.replace(/(?<![\\$])\$(?=\S)([^$]+?)(?<=\S)\$(?!\d)/g, (_m, tex: string) => mathText(tex));
  return replaceEmoji(out);
}

/** The tags around Markdown in HTML (kramdown's `markdown="1"`, Hux's language blocks): their content is prose. */
const isMarkdownWrapper = (line: string) =>
  /^<[A-Za-z][\w-]*\b[^>]*\s(?:markdown\s*=|class\s*=\s*["'][^"']*\bpost-container\b)[^>]*>$/.test(line) || /^<\/(?:div|section|span)>$/.test(line);

/** Lines that are syntax and never prose: attribute lists, abbreviation definitions. */
const isSyntaxLine = (line: string) => IAL_LINE.test(line) || ABBREVIATION_LINE.test(line);
/** Blocks that are not prose: a {:toc} list, a footnote definition, a table. */
const isSyntaxBlock = (lines: string[]) => lines.some((l) => /^\{:\s*toc\s*\}$/.test(l)) || /^(\[\^[^\]]+\]:|\|)/.test(lines[0]);

/**
 * The first paragraph of prose in a Markdown body, as plain text. In MDX,
 * `{expressions}` are code, not text, and are dropped too.
 */
export function firstParagraph(body: string, options: { mdx?: boolean; mathjax?: boolean } = {}): string {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let inFence = false;
  let afterPhoto = false;
  for (const block of blocks) {
    const raw = block
      .split('\n')
      .map((line) => line.trim())
      .filter((t) => {
        if (/^(```|~~~)/.test(t)) {
          inFence = !inFence;
          return false;
        }
        return !inFence && t !== '' && !isCommentSource(t) && !/^(import|export)\s/.test(t) && !isMarkdownWrapper(t);
      });
    if (raw.length === 0 || isSyntaxBlock(raw)) continue;
    const prose = raw.filter((t) => !isSyntaxLine(t));
    if (prose.length === 0) continue;
    // A quote right after a photo is the photo's caption (see src/markdown/figures.ts), not prose.
    const isCaption = afterPhoto && prose[0].startsWith('>');
    afterPhoto = prose.length === 1 && /^!\[[^\]]*\]\([^)]*\)(\{:[^}]*\})?$/.test(prose[0]);
    if (isCaption || afterPhoto) continue;
    // A definition list's `: definition` lines read as text after their term.
    const lines = prose.map((line) => line.replace(/^>\s?/, '').replace(/^([-*+:]|\d+\.)\s+/, ''));
    // A heading with its paragraph right under it (no blank line): the paragraph is prose.
    while (lines.length > 1 && /^#{1,6}\s/.test(lines[0])) lines.shift();
    const isHeading = /^#{1,6}\s/.test(lines[0]) || /^(=+|-+)$/.test(lines[1] ?? '');
    if (isHeading || /^([-*_])\1{2,}$/.test(lines[0])) continue;
    // A block that opens with HTML is prose when text is left once the tags are gone:
    // `<strong>(Tương Mai)</strong> - Sáng 1/7…` or `<p>…</p>`; `<div><img></div>` is not.
    const joined = kramdownToText(lines.join(' ').replace(NOT_TEXT_ELEMENTS, ''), options);
    const textOnly = inlineToText(options.mdx ? joined.replace(/\{[^{}]*\}/g, '') : joined);
    if (textOnly !== '') return textOnly;
  }
  return '';
}

/**
 * What a post's text offers when it has no paragraph of prose (a photo-only
 * post): the first photo's caption, else its alt text; '' when there is none.
 */
export function photoText(body: string): string {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim());
  const photo = blocks.findIndex((b) => /^!\[[^\]]*\]\([^)]*\)$/.test(b));
  if (photo === -1) return '';
  const caption = blocks[photo + 1]?.startsWith('>') ? inlineToText(blocks[photo + 1].replace(/^>\s?/gm, '')) : '';
  return caption || inlineToText(/^!\[([^\]]*)\]/.exec(blocks[photo])![1]);
}

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
// Code units that are each a whole grapheme and never join a neighbour: Latin up to U+02FF but CR
// (CR LF is one grapheme), precomposed Vietnamese letters (U+1E00-U+1EFF), the dashes, quotes and
// ellipsis of U+2010-U+2027. Combining marks, ZWJ, surrogates (emoji) and the rest take the slow path.
const ONE_UNIT_GRAPHEMES = /^[\u0000-\u000C\u000E-\u02FF\u1E00-\u1EFF\u2010-\u2027]*$/;

/**
 * Cut text to at most `max` characters (as readers count them: an emoji or a
 * letter with its marks is one) at a word boundary, with an ellipsis. Never
 * splits an emoji or a letter from its mark.
 */
export function truncate(text: string, max: number): string {
  // A grapheme is at least one code unit: short text needs no segmenting. Long text (a whole first
  // paragraph) is segmented only as far as the cut, not to its end.
  if (text.length <= max) return text;
  let cut: string;
  if (ONE_UNIT_GRAPHEMES.test(text.slice(0, max + 1))) {
    // Typical Vietnamese prose: every code unit is a grapheme of its own, so no segmenting at all.
    cut = text.slice(0, max - 1);
  } else {
    const chars: string[] = [];
    for (const s of graphemes.segment(text)) {
      chars.push(s.segment);
      if (chars.length > max) break;
    }
    if (chars.length <= max) return text;
    cut = chars.slice(0, max - 1).join('');
  }
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
