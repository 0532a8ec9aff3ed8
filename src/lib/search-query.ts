/**
 * Vietnamese-first search on top of Pagefind's JS API, shared by the search
 * page and the tests (it has no DOM code).
 *
 * Pagefind folds tone marks on both sides (NFD, marks stripped), so
 * "tuong mai" finds "Tương Mai". It cannot fold đ, which has no
 * decomposition: "duong" never meets "đường". And a query word that matches
 * nothing is dropped, so "dao thi thu hang" silently becomes "thi thu hang".
 *
 * What we chose: expand the query, not the index. Vietnamese đ only starts a
 * syllable, so each word typed with a leading d has exactly one other
 * reading, đ…. We ask the index which readings exist, search every
 * combination of existing readings, and merge the hits by page, keeping the
 * best score. Because every search runs on real words of the text,
 * Pagefind's excerpts highlight "Đống Đa" where the reader typed "dong da".
 * The alternative, indexing a folded copy of each page as metadata, also
 * finds "duong", but its matches are never highlighted and it doubles the
 * index; we did not need it.
 *
 * Words are ANDed: a word with no reading in the index means no page has
 * everything the reader asked for, and we say so instead of drifting to pages
 * that match the other words. Pages that hold a quoted phrase exactly rank
 * first, then pages that hold the whole query as a phrase, then the rest by
 * Pagefind's score.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, whitespace collapsed: what our excerpt is cut from. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[] | Record<string, unknown>>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
}

export interface ParsedQuery {
  /** Every word of the query, lower-case NFC, phrases included. */
  words: string[];
  /** Quoted phrases, each as its words. */
  phrases: string[][];
}

export interface SearchOutcome {
  results: PagefindResult[];
  /** Query words that no page contains, in any reading. */
  missing: string[];
}

// Letters (with their marks) and digits; anything else separates words, as in Pagefind.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PHRASE = /["“”„«»]([^"“”„«»]+)["“”„«»]/g;
/** More readings than this and we keep the first reading of the remaining words. */
const MAX_COMBINATIONS = 16;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC').toLowerCase();
  const phrases = [...text.matchAll(PHRASE)].map((m) => words(m[1])).filter((p) => p.length > 0);
  return { words: words(text), phrases };
}

/** The readings of a typed word: "dong" may be "dong" or "đong"; "đong" is only "đong". */
export function readings(word: string): string[] {
  return word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
}

/** Every combination of one reading per word, capped at MAX_COMBINATIONS. */
export function combinations(perWord: string[][]): string[][] {
  let combos: string[][] = [[]];
  for (const options of perWord) {
    const next = combos.length * options.length <= MAX_COMBINATIONS ? options : options.slice(0, 1);
    combos = combos.flatMap((c) => next.map((o) => [...c, o]));
  }
  return combos;
}

async function hasMatches(api: PagefindApi, term: string): Promise<boolean> {
  return ((await api.search(term))?.results.length ?? 0) > 0;
}

/** Merge hits of several searches by page, keeping each page's best-scoring hit. */
function mergeBest(lists: PagefindResult[][]): Map<string, PagefindResult> {
  const best = new Map<string, PagefindResult>();
  for (const list of lists) {
    for (const r of list) {
      const seen = best.get(r.id);
      if (!seen || r.score > seen.score) best.set(r.id, r);
    }
  }
  return best;
}

export async function vietnameseSearch(
  api: PagefindApi,
  input: string,
  options: PagefindSearchOptions = {},
): Promise<SearchOutcome> {
  const query = parseQuery(input);

  if (query.words.length === 0) {
    // No words: with a filter chosen, list what it holds, newest first.
    if (!options.filters || Object.keys(options.filters).length === 0) return { results: [], missing: [] };
    const all = await api.search(null, { ...options, sort: options.sort ?? { date: 'desc' } });
    return { results: all?.results ?? [], missing: [] };
  }

  const unique = [...new Set(query.words)];
  const found = new Map<string, string[]>();
  await Promise.all(
    unique.map(async (w) => {
      const rs = readings(w);
      const exists = await Promise.all(rs.map((r) => hasMatches(api, r)));
      found.set(w, rs.filter((_, i) => exists[i]));
    }),
  );
  const missing = unique.filter((w) => found.get(w)!.length === 0);
  if (missing.length > 0) return { results: [], missing };

  const search = async (term: string) => (await api.search(term, options))?.results ?? [];
  const hits = mergeBest(await Promise.all(combinations(unique.map((w) => found.get(w)!)).map((c) => search(c.join(' ')))));

  if (options.sort) {
    // Sorted by date on request, and by nothing else. Pagefind sorts each search; one
    // filter-free pass gives the order of every page to merge the combinations by.
    const sorted = (await api.search(null, { sort: options.sort }))?.results ?? [];
    const rank = new Map(sorted.map((r, i) => [r.id, i]));
    const position = (r: PagefindResult) => rank.get(r.id) ?? Infinity;
    return { results: [...hits.values()].sort((a, b) => position(a) - position(b)), missing: [] };
  }

  // Pages holding the words as an exact phrase, in some reading, rank first: every quoted
  // phrase of the query, and for a query of several words, the whole query. So
  // "dao thi thu hang" puts "Đào Thị Thu Hằng" above a page that has dạo, thi, thu
  // and hàng scattered about. Pagefind scores phrase matches alike, so within each
  // tier the order stays the one of the word search.
  const holdsPhrase = async (phrase: string[]): Promise<Set<string>> => {
    const lists = await Promise.all(
      combinations(phrase.map((w) => found.get(w) ?? [w])).map((c) => search(`"${c.join(' ')}"`)),
    );
    return new Set(lists.flat().map((r) => r.id));
  };
  const quoted = await Promise.all(query.phrases.map(holdsPhrase));
  const whole = query.words.length > 1 ? await holdsPhrase(query.words) : new Set<string>();
  const tier = (id: string) =>
    (quoted.length > 0 && quoted.every((s) => s.has(id)) ? 2 : 0) + (whole.has(id) ? 1 : 0);

  const results = [...hits.values()].sort((a, b) => tier(b.id) - tier(a.id) || b.score - a.score);
  return { results, missing: [] };
}
