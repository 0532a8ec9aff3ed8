/**
 * A worker thread that draws link-preview cards (og-card.ts) into the cache,
 * so the build draws them on both cores while its main thread renders pages.
 * Each worker loads the font and draws the card's fixed parts once, and keeps
 * the glyphs it has rasterised for the next cards.
 */
import { parentPort } from 'node:worker_threads';
import { writeCard, type CardInput } from './og-card.ts';

parentPort?.on('message', async ({ input, file }: { input: CardInput; file: string }) => {
  try {
    const started = performance.now();
    await writeCard(input, file);
    parentPort?.postMessage({ ms: performance.now() - started });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
