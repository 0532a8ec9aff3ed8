/**
 * The build's link-preview cards: pages ask for a card as they render
 * (requestCard), which starts drawing it at once on a pool of worker
 * threads, one per core, unless the cache already holds a card for the same
 * inputs (`<cache>/cards/<key>.png`, keyed by title, date and the card's
 * version; the folder is listed once per build, not looked up per card).
 * A worker writes the card into the cache itself. After the build the
 * integration waits for the drawing and links each card to its URL (og/…png):
 * a hard link, as dist and the cache share a disk, else a copy. Shared with
 * the integration through globalThis, like the photos (image-store.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultCacheDir } from './image-store.ts';
import { cardKey, writeCard, type CardInput } from './og-card.ts';
import { placeFiles } from './place-file.ts';

interface Job {
  input: CardInput;
  file: string;
  /** The milliseconds the drawing and writing took (not counting the wait in the queue). */
  done: (ms: number) => void;
  fail: (err: Error) => void;
}

/** A few worker threads drawing cards, one job each at a time. */
class CardPool {
  readonly #url: URL;
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #count = 0;

  constructor(url: URL, size: number) {
    this.#url = url;
    this.#size = size;
  }

  draw(input: CardInput, file: string): Promise<number> {
    return new Promise((done, fail) => {
      this.#queue.push({ input, file, done, fail });
      this.#next();
    });
  }

  #next(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#count < this.#size ? this.#spawn() : undefined);
      if (!worker) return;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage({ input: job.input, file: job.file });
    }
  }

  #spawn(): Worker {
    this.#count++;
    const worker = new Worker(this.#url);
    worker.on('message', (m: { ms?: number; error?: string }) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      // An idle worker must not keep the process alive.
      worker.unref();
      this.#idle.push(worker);
      if (m.error === undefined) job?.done(m.ms ?? 0);
      else job?.fail(new Error(`Could not draw the link-preview card for “${job?.input.title}”: ${m.error}`));
      this.#next();
    });
    worker.on('error', (err) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      this.#count--;
      job?.fail(err);
      this.#next();
    });
    return worker;
  }

  async close(): Promise<void> {
    await Promise.all([...this.#idle, ...this.#busy.keys()].map((w) => w.terminate()));
    this.#idle.length = 0;
    this.#count = 0;
  }
}

interface CardRegistry {
  cacheDir: string;
  /** The worker script, set by the integration (Astro's bundle cannot locate our source files). */
  workerUrl?: URL;
  pool?: CardPool;
  /** Keys of the cards the cache held when the build began (listed once). */
  cached?: Set<string>;
  /** Cards this build publishes: base-relative path -> cache key. */
  cards: Map<string, string>;
  /** Drawing per key (absent: the cache has it). */
  jobs: Map<string, Promise<void>>;
  /** Cards drawn and taken from the cache; ms of drawing on the workers; ms the main thread spent asking and linking. */
  stats: { drawn: number; cached: number; ms: number; requestMs: number; publishMs: number; copied: number };
}

const KEY = Symbol.for('tuongmai.og-cards');
const emptyStats = () => ({ drawn: 0, cached: 0, ms: 0, requestMs: 0, publishMs: 0, copied: 0 });

export function cardRegistry(): CardRegistry {
  const g = globalThis as typeof globalThis & { [KEY]?: CardRegistry };
  g[KEY] ??= { cacheDir: join(defaultCacheDir(), 'cards'), cards: new Map(), jobs: new Map(), stats: emptyStats() };
  return g[KEY];
}

export function resetCards(cacheDir: string, workerUrl?: URL): CardRegistry {
  const r = cardRegistry();
  r.cacheDir = cacheDir;
  r.workerUrl = workerUrl;
  r.cached = undefined;
  r.cards.clear();
  r.jobs.clear();
  r.stats = emptyStats();
  return r;
}

const cacheFile = (r: CardRegistry, key: string) => join(r.cacheDir, `${key}.png`);

function cachedKeys(r: CardRegistry): Set<string> {
  if (!r.cached) {
    let names: string[] = [];
    try {
      names = readdirSync(r.cacheDir);
    } catch {}
    r.cached = new Set(names.filter((n) => n.endsWith('.png')).map((n) => n.slice(0, -4)));
  }
  return r.cached;
}

async function draw(r: CardRegistry, key: string, input: CardInput): Promise<void> {
  if (r.workerUrl) r.pool ??= new CardPool(r.workerUrl, Math.max(1, Math.min(2, availableParallelism())));
  const file = cacheFile(r, key);
  const started = performance.now();
  const ms = r.pool ? await r.pool.draw(input, file) : (await writeCard(input, file), performance.now() - started);
  r.stats.drawn++;
  r.stats.ms += ms;
}

/** Ask for the card at `path` (base-relative, og/….png); it is drawn unless the cache has it. */
export function requestCard(path: string, input: CardInput): void {
  // The benchmark builds the site without cards too, to measure what they cost (bench/run.ts --cards).
  if (process.env.TUONGMAI_NO_CARDS) return;
  const started = performance.now();
  const r = cardRegistry();
  const key = cardKey(input);
  if (r.cards.get(path) !== key) {
    r.cards.set(path, key);
    if (!r.jobs.has(key)) {
      if (cachedKeys(r).has(key)) {
        r.stats.cached++;
        r.jobs.set(key, Promise.resolve());
      } else {
        const job = draw(r, key, input);
        job.catch(() => {}); // reported when the build waits for it
        r.jobs.set(key, job);
      }
    }
  }
  r.stats.requestMs += performance.now() - started;
}

/** Wait for every card, link each to its URL under `outDir`, stop the workers. Returns the number of cards. */
export async function publishCards(outDir: string): Promise<number> {
  const r = cardRegistry();
  try {
    await Promise.all(r.jobs.values());
  } finally {
    await r.pool?.close();
    r.pool = undefined;
  }
  const started = performance.now();
  // Thousands of small files: folders made once each, links many at a time.
  const entries = [...r.cards];
  await Promise.all([...new Set(entries.map(([path]) => dirname(join(outDir, path))))].map((d) => mkdir(d, { recursive: true })));
  r.stats.copied += await placeFiles(entries.map(([path, key]) => [cacheFile(r, key), join(outDir, path)] as const));
  r.stats.publishMs += performance.now() - started;
  return r.cards.size;
}

/** A card for the dev server, drawn on request: its cached file, once ready. */
export async function cardFile(path: string): Promise<string | undefined> {
  const r = cardRegistry();
  const key = r.cards.get(path);
  if (!key) return undefined;
  await r.jobs.get(key);
  const file = cacheFile(r, key);
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
