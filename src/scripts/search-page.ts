/**
 * The search page in the browser: loads Pagefind from our own origin, runs
 * `vietnameseSearch` for the box, the tag filter and the sort, keeps the URL
 * in step (?q=…&tag=…&sort=newest) so results can be shared, and announces
 * the result count through the page's live region.
 */
import { vietnameseSearch, type PagefindApi, type PagefindResult } from '../lib/search-query.ts';
import { collator, vi } from '../lib/vi.ts';
import { site } from '../site.config.ts';

const PAGE_SIZE = site.postsPerPage;
const t = vi.search;

interface Pagefind extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

function $(id: string) {
  return document.getElementById(id)!;
}

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-pagefind-bundle]')!;
  const form = $('search-form') as HTMLFormElement;
  const input = $('search-q') as HTMLInputElement;
  const sort = $('search-sort') as HTMLSelectElement;
  const tagBox = $('search-tags') as HTMLFieldSetElement;
  const status = $('search-status');
  const list = $('search-results') as HTMLOListElement;
  const more = $('search-more') as HTMLButtonElement;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'newest' ? 'newest' : '';
  const wantedTags = new Set(params.getAll('tag'));

  let pagefind: Pagefind;
  try {
    pagefind = await import(/* @vite-ignore */ `${root.dataset.pagefindBundle}pagefind.js`);
    await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 30 });
  } catch {
    status.textContent = import.meta.env.DEV ? t.noIndexDev : t.loadFailed;
    return;
  }

  const tags = Object.entries((await pagefind.filters()).tag ?? {}).sort(([a], [b]) => collator.compare(a, b));
  for (const [name, count] of tags) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'tag';
    box.value = name;
    box.checked = wantedTags.has(name);
    label.append(box, ` ${name} (${count})`);
    tagBox.querySelector('.search-tags__list')!.append(label);
  }
  tagBox.hidden = tags.length === 0;

  let shown: PagefindResult[] = [];
  let run = 0;

  /** Append the next page of results, unless a newer search (run > mine) has started meanwhile. */
  async function showMore(mine: number) {
    const start = list.children.length;
    const batch = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    for (const data of batch) {
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
      // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matches.
      p.innerHTML = data.excerpt;
      li.append(p);
      list.append(li);
    }
    more.hidden = list.children.length >= shown.length;
  }

  async function search() {
    const mine = ++run;
    const q = input.value.trim();
    const chosen = [...tagBox.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const tag of chosen) url.searchParams.append('tag', tag);
    if (sort.value) url.searchParams.set('sort', sort.value);
    history.replaceState(null, '', url);

    if (!q && chosen.length === 0) {
      list.replaceChildren();
      more.hidden = true;
      shown = [];
      status.textContent = t.prompt;
      return;
    }
    status.textContent = t.loading;
    const outcome = await vietnameseSearch(pagefind, q, {
      filters: chosen.length > 0 ? { tag: { any: chosen } } : undefined,
      sort: sort.value === 'newest' ? { date: 'desc' } : undefined,
    });
    if (mine !== run) return; // a newer search has started
    shown = outcome.results;
    list.replaceChildren();
    await showMore(mine);
    if (mine !== run) return;
    status.textContent =
      outcome.missing.length > 0 ? t.missing(outcome.missing) : shown.length === 0 ? t.none(q) : t.found(shown.length, q);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
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
    const first = list.children.length;
    void showMore(run).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
  });

  await search();
}
