/**
 * The build's link-preview cards: pages ask for a card as they render
 * (requestCard), which starts drawing it at once on a pool of worker
 * threads, one per core, unless the cache already holds a card for the same
 * inputs (`<cache>/cards/<key>.png`, keyed by title, date and the card's
 * version). After the build the integration waits for the drawing and
 * copies each card to its URL (og/…png). Shared with the integration through
 * globalThis, like the photos (image-store.ts).
 */
import { constants, existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultCacheDir } from './image-store.ts';
import { cardKey, renderCard, type CardInput } from './og-card.ts';

interface Job {
  input: CardInput;
  /** The PNG, and the milliseconds its drawing took (not counting the wait in the queue). */
  done: (result: { png: Buffer; ms: number }) => void;
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

  draw(input: CardInput): Promise<{ png: Buffer; ms: number }> {
    return new Promise((done, fail) => {
      this.#queue.push({ input, done, fail });
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
      worker.postMessage({ input: job.input });
    }
  }

  #spawn(): Worker {
    this.#count++;
    const worker = new Worker(this.#url);
    worker.on('message', (m: { png?: Uint8Array; ms?: number; error?: string }) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      // An idle worker must not keep the process alive.
      worker.unref();
      this.#idle.push(worker);
      if (m.png) job?.done({ png: Buffer.from(m.png), ms: m.ms ?? 0 });
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
  /** Cards this build publishes: base-relative path -> cache key. */
  cards: Map<string, string>;
  /** Drawing (or cache look-up) per key. */
  jobs: Map<string, Promise<void>>;
  stats: { drawn: number; cached: number; ms: number };
}

const KEY = Symbol.for('tuongmai.og-cards');

export function cardRegistry(): CardRegistry {
  const g = globalThis as typeof globalThis & { [KEY]?: CardRegistry };
  g[KEY] ??= { cacheDir: join(defaultCacheDir(), 'cards'), cards: new Map(), jobs: new Map(), stats: { drawn: 0, cached: 0, ms: 0 } };
  return g[KEY];
}

export function resetCards(cacheDir: string, workerUrl?: URL): CardRegistry {
  const r = cardRegistry();
  r.cacheDir = cacheDir;
  r.workerUrl = workerUrl;
  r.cards.clear();
  r.jobs.clear();
  r.stats = { drawn: 0, cached: 0, ms: 0 };
  return r;
}

const cacheFile = (r: CardRegistry, key: string) => join(r.cacheDir, `${key}.png`);

async function draw(r: CardRegistry, key: string, input: CardInput): Promise<void> {
  if (r.workerUrl) r.pool ??= new CardPool(r.workerUrl, Math.max(1, Math.min(2, availableParallelism())));
  const started = performance.now();
  const { png, ms } = r.pool ? await r.pool.draw(input) : { png: await renderCard(input), ms: performance.now() - started };
  const file = cacheFile(r, key);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, png);
  await rename(`${file}.tmp`, file);
  r.stats.drawn++;
  r.stats.ms += ms;
}

/** Ask for the card at `path` (base-relative, og/….png); it is drawn unless the cache has it. */
export function requestCard(path: string, input: CardInput): void {
  const r = cardRegistry();
  const key = cardKey(input);
  r.cards.set(path, key);
  if (r.jobs.has(key)) return;
  if (existsSync(cacheFile(r, key))) {
    r.stats.cached++;
    r.jobs.set(key, Promise.resolve());
    return;
  }
  const job = draw(r, key, input);
  job.catch(() => {}); // reported when the build waits for it
  r.jobs.set(key, job);
}

/** Wait for every card, copy each to its URL under `outDir`, stop the workers. Returns the number of cards. */
export async function publishCards(outDir: string): Promise<number> {
  const r = cardRegistry();
  try {
    await Promise.all(r.jobs.values());
  } finally {
    await r.pool?.close();
    r.pool = undefined;
  }
  // Thousands of small files: folders made once each, copies many at a time (a reflink where the disk allows).
  const entries = [...r.cards];
  await Promise.all([...new Set(entries.map(([path]) => dirname(join(outDir, path))))].map((d) => mkdir(d, { recursive: true })));
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(
      entries.slice(i, i + 64).map(([path, key]) => copyFile(cacheFile(r, key), join(outDir, path), constants.COPYFILE_FICLONE)),
    );
  }
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
