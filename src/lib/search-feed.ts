/**
 * Pages handed to the search index while the build renders them, so that
 * Pagefind (its own process, on the other core) indexes each post as soon as
 * it is rendered instead of reading every page back from dist/ at the end.
 *
 * Pagefind's index depends on the order pages are added. Pages render four
 * at a time and may finish in any order, so each takes its place when it
 * starts rendering (`reserve`, in the order Astro starts them, which is the
 * order of the page list Astro reports at the end) and is handed on only
 * when every page before it is done (`fill`). The integration then checks
 * that the pages handed on are exactly the ones it would have indexed, in the
 * same order (src/integrations/pagefind.ts); if not, it indexes from dist/.
 *
 * The build renders the pages the search reads before all others
 * (`searchableFirst`, src/lib/search-pages.ts). When it says which pages the
 * search will get (`expect`), the feed tells (`allHanded`) as soon as the last
 * of them is handed on, and Pagefind writes its files while the home pages,
 * tags and archives still render, instead of after them.
 */

/** Hands one page to the index; resolves to the index's errors for it. */
export type AddPage = (path: string, html: string) => Promise<readonly string[]>;

interface Slot {
  path: string;
  html?: string;
  done: boolean;
}

export class SearchFeed {
  readonly #add: AddPage;
  readonly #searchable: (path: string) => boolean;
  readonly #limit: number;
  readonly #hold: number;
  readonly #slots: Slot[] = [];
  readonly #roomWaiters: (() => void)[] = [];
  readonly #handed: string[] = [];
  readonly #errors: string[] = [];
  #next = 0;
  #inFlight = 0;
  #mostWaiting = 0;
  #idle: (() => void) | undefined;
  /** Expected pages not yet handed on; undefined until `expect`. */
  #awaited: Set<string> | undefined;
  #allHanded: { promise: Promise<void>; resolve: () => void } = Promise.withResolvers<void>();

  /**
   * @param add hands a page to the index
   * @param searchable whether a base-relative path is indexed at all
   * @param limit pages handed on and not yet indexed, at most (the rest wait here, as strings)
   * @param hold pages held here, at most, before the pages that render wait for room (`room`)
   */
  constructor(add: AddPage, searchable: (path: string) => boolean, limit = 8, hold = 64) {
    this.#add = add;
    this.#searchable = searchable;
    this.#limit = limit;
    this.#hold = hold;
  }

  /**
   * Resolves once no more than `hold` pages are held here. A rendered page
   * waits for it before the build goes on, so a Pagefind slower than the
   * rendering slows the rendering down instead of filling memory with pages.
   */
  room(): Promise<void> {
    if (this.#held() <= this.#hold) return Promise.resolve();
    return new Promise((resolve) => this.#roomWaiters.push(resolve));
  }

  #held(): number {
    return this.#slots.length - this.#next;
  }

  /**
   * The pages the build will render, as far as it knows before rendering (the posts and standalone
   * pages); those the search indexes are awaited. Only the first call counts.
   */
  expect(paths: Iterable<string>): void {
    if (this.#awaited) return;
    const handed = new Set(this.#handed);
    this.#awaited = new Set([...paths].filter((p) => this.#searchable(p) && !handed.has(p)));
    this.#checkAllHanded();
  }

  /**
   * Resolves once every expected page has been handed on and no page the search indexes is
   * rendering: the index can be written while the other pages render. Never resolves without
   * `expect`. A page that was not expected and comes later still reaches the index, and the
   * integration's check at the end then finds the index it wrote short and indexes from dist/.
   */
  allHanded(): Promise<void> {
    return this.#allHanded.promise;
  }

  #checkAllHanded(): void {
    if (this.#awaited?.size === 0 && this.#next === this.#slots.length) this.#allHanded.resolve();
  }

  /** A page starts rendering: its place in the index, or -1 when it is not indexed. */
  reserve(path: string): number {
    if (!this.#searchable(path)) return -1;
    return this.#slots.push({ path, done: false }) - 1;
  }

  /** The page rendered: its HTML, or undefined when there is nothing to index (an error, a redirect). */
  fill(slot: number, html: string | undefined): void {
    const s = this.#slots[slot];
    if (!s || s.done) throw new Error(`Search feed: page ${slot} filled twice or never reserved`);
    s.html = html;
    s.done = true;
    this.#pump();
    this.#mostWaiting = Math.max(this.#mostWaiting, this.#held());
  }

  #pump(): void {
    while (this.#next < this.#slots.length && this.#slots[this.#next].done && this.#inFlight < this.#limit) {
      const slot = this.#slots[this.#next++];
      const html = slot.html;
      slot.html = undefined;
      if (html === undefined) continue;
      this.#handed.push(slot.path);
      this.#awaited?.delete(slot.path);
      this.#inFlight++;
      this.#add(slot.path, html).then(
        (errors) => this.#settle(errors.map((e) => `${slot.path}: ${e}`)),
        (error: unknown) => this.#settle([`${slot.path}: ${error instanceof Error ? error.message : String(error)}`]),
      );
    }
    if (this.#inFlight === 0 && this.#next === this.#slots.length) this.#idle?.();
    if (this.#held() <= this.#hold) for (const resolve of this.#roomWaiters.splice(0)) resolve();
    this.#checkAllHanded();
  }

  #settle(errors: string[]): void {
    this.#errors.push(...errors);
    this.#inFlight--;
    this.#pump();
  }

  /**
   * After the last page: waits for the index to take every page handed on.
   * `complete` is false when a page that started never finished (the build
   * failed around it); `paths` are the pages indexed, in their order;
   * `mostWaiting` the most pages that were ever held here, rendered or rendering, not yet handed on.
   */
  async drained(): Promise<{ complete: boolean; paths: readonly string[]; errors: readonly string[]; mostWaiting: number }> {
    const complete = this.#slots.every((s) => s.done);
    if (complete && (this.#inFlight > 0 || this.#next < this.#slots.length)) {
      await new Promise<void>((resolve) => {
        this.#idle = resolve;
        this.#pump();
      });
      this.#idle = undefined;
    }
    return { complete, paths: [...this.#handed], errors: [...this.#errors], mostWaiting: this.#mostWaiting };
  }
}

const KEY = Symbol.for('tuongmai.searchFeed');

/** The build's feed, shared between the integration and the middleware that sees each page (one process). */
export function currentFeed(): SearchFeed | undefined {
  return (globalThis as { [KEY]?: SearchFeed })[KEY];
}

export function setCurrentFeed(feed: SearchFeed | undefined): void {
  (globalThis as { [KEY]?: SearchFeed })[KEY] = feed;
}
