/**
 * The search page in the browser: runs `vietnameseSearch` for the box, the
 * tag filter and the sort, keeps the URL in step (?q=…&tag=…&sort=newest)
 * so results can be shared, and announces the result count through the
 * page's live region.
 *
 * - Pagefind (about 155 KB of JavaScript and wasm) loads on the first focus
 *   or input, not before: a visitor who only looks costs nothing. A URL that
 *   already holds ?q= (or a tag) searches at once.
 * - The tag filter is rendered at build time; the script only reads it.
 * - Each search is a session. "Xem thêm" belongs to the session that showed
 *   it and loads one page at a time: a double click, or a click while a new
 *   search runs, or an old search answering late, never adds rows to the
 *   wrong list.
 * - Excerpts are ours (src/lib/search-excerpt.ts): whole typed syllables
 *   marked, cut where the words stand together.
 */
import { searchExcerpt } from '../lib/search-excerpt.ts';
import { vietnameseSearch, type PagefindApi, type PagefindResult } from '../lib/search-query.ts';
import { vi } from '../lib/vi.ts';
import { site } from '../site.config.ts';

const t = vi.search;

interface Pagefind extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
}

interface Session {
  q: string;
  results: PagefindResult[];
  /** How many results are on the page: the next page starts here. */
  next: number;
  /** A page of results is being fetched: further clicks wait for it. */
  busy: boolean;
}

function $<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-pagefind-bundle]')!;
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const sort = $<HTMLSelectElement>('search-sort');
  const tagBox = document.getElementById('search-tags');
  const status = $('search-status');
  const list = $<HTMLOListElement>('search-results');
  const more = $<HTMLButtonElement>('search-more');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'newest' ? 'newest' : '';
  const wantedTags = new Set(params.getAll('tag'));
  for (const box of tagBox?.querySelectorAll<HTMLInputElement>('input[name="tag"]') ?? []) box.checked = wantedTags.has(box.value);

  let loading: Promise<Pagefind | undefined> | undefined;
  /** Pagefind, loaded once, on first need. */
  function pagefind(): Promise<Pagefind | undefined> {
    loading ??= (async () => {
      try {
        const pf: Pagefind = await import(/* @vite-ignore */ `${root.dataset.pagefindBundle}pagefind.js`);
        await pf.options({ baseUrl: root.dataset.base });
        return pf;
      } catch {
        return undefined;
      }
    })();
    return loading;
  }

  let session: Session | undefined;
  let run = 0;

  function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>, q: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title ?? data.url;
    h.append(a);
    li.append(h);
    if (data.meta.date) {
      const d = document.createElement('p');
      d.className = 'search-result__date';
      d.textContent = data.meta.date;
      li.append(d);
    }
    const p = document.createElement('p');
    p.className = 'search-result__excerpt';
    // The page's own text, escaped, with <mark> around the whole words typed.
    p.innerHTML = searchExcerpt(data.content ?? '', q);
    li.append(p);
    return li;
  }

  /** Add the next page of a session's results, if it is still the current session and not already loading. */
  async function showMore(s: Session): Promise<HTMLLIElement | undefined> {
    if (s !== session || s.busy || s.next >= s.results.length) return undefined;
    s.busy = true;
    more.disabled = true;
    const batch = await Promise.all(s.results.slice(s.next, s.next + site.postsPerPage).map((r) => r.data()));
    if (s !== session) return undefined; // a newer search has replaced this one
    const items = batch.map((data) => resultItem(data, s.q));
    list.append(...items);
    s.next += batch.length;
    s.busy = false;
    more.disabled = false;
    more.hidden = s.next >= s.results.length;
    return items[0];
  }

  async function search() {
    const mine = ++run;
    // The old session ends now: its button and its late pages are void.
    session = undefined;
    more.hidden = true;
    const q = input.value.trim();
    const chosen = [...(tagBox?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])].map((b) => b.value);
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const tag of chosen) url.searchParams.append('tag', tag);
    if (sort.value) url.searchParams.set('sort', sort.value);
    history.replaceState(null, '', url);

    if (!q && chosen.length === 0) {
      list.replaceChildren();
      status.textContent = t.prompt;
      return;
    }
    if (root.dataset.empty !== undefined) {
      // No posts were built, so there is no index to load.
      list.replaceChildren();
      status.textContent = t.none(q);
      return;
    }
    status.textContent = t.loading;
    const pf = await pagefind();
    if (mine !== run) return;
    if (!pf) {
      status.textContent = import.meta.env.DEV ? t.noIndexDev : t.loadFailed;
      return;
    }
    const outcome = await vietnameseSearch(pf, q, {
      filters: chosen.length > 0 ? { tag: { any: chosen } } : undefined,
      sort: sort.value === 'newest' ? { date: 'desc' } : undefined,
    });
    if (mine !== run) return; // a newer search has started
    const s: Session = { q, results: outcome.results, next: 0, busy: false };
    session = s;
    list.replaceChildren();
    await showMore(s);
    if (s !== session) return;
    status.textContent =
      outcome.missing.length > 0 ? t.missing(outcome.missing) : s.results.length === 0 ? t.none(q) : t.found(s.results.length, q);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void (root.dataset.empty === undefined && pagefind()), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 300);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search();
  });
  form.addEventListener('change', (e) => {
    if (e.target !== input) void search();
  });
  more.addEventListener('click', () => {
    if (!session) return;
    // Focus moves to the first new result, so keyboard users carry on where the new results start.
    void showMore(session).then((first) => first?.querySelector('a')?.focus());
  });

  if (input.value.trim() || wantedTags.size > 0) void search();
}
