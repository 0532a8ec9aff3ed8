/**
 * Our own excerpt for a search result, built from the result's text.
 *
 * Pagefind's excerpt marks every word that starts with a query word: "dang"
 * marks "dân", and "dang ky tam tru" may show "dân … kỳ" while the phrase
 * itself stays out of the excerpt. Vietnamese syllables are short, so
 * prefixes match everywhere. Here a word is marked only when it is one of
 * the typed syllables, whole, with tone marks and đ folded ("dang" marks
 * "đăng" and "Đăng", never "dân"); and the excerpt is cut around the place
 * where the typed words stand together, when there is one, else where most
 * of them are close.
 *
 * Pure and DOM-free: the search page and the tests share it. The result is
 * HTML: the page's text escaped, with <mark> around the matches.
 */
import { foldVietnamese } from './slugs.ts';

// As in search-query.ts and Pagefind: letters with their marks and digits make words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldVietnamese(m[0]) }));
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The typed words, folded: what a word of the text must equal to be marked. */
export function foldedWords(query: string): string[] {
  return (query.normalize('NFC').match(WORD) ?? []).map(foldVietnamese);
}

/**
 * Where the excerpt starts, in words: the first place where the typed words
 * stand in order, else the window holding the most different typed words
 * (then the most matches), else the start of the text.
 */
function bestStart(words: Token[], typed: string[], length: number): number {
  if (typed.length === 0 || words.length <= length) return 0;
  const center = (i: number, span: number) => Math.max(0, Math.min(words.length - length, i - Math.floor((length - span) / 2)));
  if (typed.length > 1) {
    for (let i = 0; i + typed.length <= words.length; i++) {
      if (typed.every((w, k) => words[i + k].folded === w)) return center(i, typed.length);
    }
  }
  const wanted = new Set(typed);
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + length <= words.length; i++) {
    const inWindow = words.slice(i, i + length).filter((t) => wanted.has(t.folded));
    const score = new Set(inWindow.map((t) => t.folded)).size * 1000 + inWindow.length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
    if (bestScore === wanted.size * 1000 + length) break;
  }
  // Start a little before the first match, so it is read in its context.
  const first = words.slice(best, best + length).findIndex((t) => wanted.has(t.folded));
  return first > 3 ? center(best + first, 1) : best;
}

/**
 * An excerpt of about `length` words of `content`, around the typed words,
 * with each whole typed word marked. Text is escaped; … marks a cut.
 */
export function searchExcerpt(content: string, query: string, length = 30): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const words = tokens(text);
  if (words.length === 0) return escapeHtml(text);
  const typed = foldedWords(query);
  const wanted = new Set(typed);
  const from = bestStart(words, typed, length);
  const to = Math.min(words.length, from + length);
  const sliceStart = from === 0 ? 0 : words[from].start;
  const sliceEnd = to === words.length ? text.length : words[to - 1].end;

  let html = '';
  let at = sliceStart;
  for (const w of words.slice(from, to)) {
    if (!wanted.has(w.folded)) continue;
    html += `${escapeHtml(text.slice(at, w.start))}<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`;
    at = w.end;
  }
  html += escapeHtml(text.slice(at, sliceEnd));
  return `${from > 0 ? '… ' : ''}${html}${to < words.length ? ' …' : ''}`;
}
