/**
 * The link-preview cards alone, outside a site build: N cards for the
 * generated posts' titles and dates, drawn by the build's own worker pool
 * into an empty cache and placed in a dist folder (cold), then asked for and
 * placed again with the cache full (warm). Prints wall time and the CPU time
 * of every thread of the process, in all and per card.
 *
 *   npm run bench:cards -- [posts=2000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardRegistry, publishCards, requestCard, resetCards } from '../src/lib/og-cards.ts';
import { cardPath } from '../src/lib/urls.ts';
import { formatDateVi } from '../src/lib/vi.ts';
import { generatePosts } from './generate.ts';

const posts = Number(process.argv[2] ?? 2000);
const cards = generatePosts(posts).map((post) => {
  const [, title] = /^title: "(.*)"$/m.exec(post.source)!;
  const [, year, month, day] = /^date: (\d{4})-(\d\d)-(\d\d)/m.exec(post.source)!.map(Number);
  return { path: cardPath(post.file.replace(/^(\d{4})-(\d\d)-(\d\d)-(.*)\.md$/, '$1/$2/$3/$4')), input: { title, line: formatDateVi({ year, month, day }), siteName: 'Phường Tương Mai' } };
});
const work = mkdtempSync(join(tmpdir(), 'tuongmai-cards-'));
const worker = new URL('../src/lib/og-card-worker.ts', import.meta.url);

async function pass(label: string): Promise<void> {
  resetCards(join(work, 'cache'), worker);
  rmSync(join(work, 'dist'), { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const card of cards) requestCard(card.path, card.input);
  await publishCards(join(work, 'dist'));
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const ms = (user + system) / 1000;
  const s = cardRegistry().stats;
  console.log(
    `${label}: ${cards.length} cards, ${s.drawn} drawn, ${s.cached} from the cache: ${(wall / 1000).toFixed(2)} s wall, ` +
      `${(ms / 1000).toFixed(2)} s CPU (${(ms / cards.length).toFixed(2)} ms a card); ` +
      `${Math.round(s.requestMs)} ms asking, ${Math.round(s.publishMs)} ms placing in dist`,
  );
}

try {
  await pass('cold');
  await pass('warm');
} finally {
  rmSync(work, { recursive: true, force: true });
}
