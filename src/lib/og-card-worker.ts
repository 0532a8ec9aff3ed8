/**
 * A worker thread that draws link-preview cards (og-card.ts), so the build
 * draws them on both cores while its main thread renders pages. Each worker
 * loads the font once.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard, type CardInput } from './og-card.ts';

parentPort?.on('message', async ({ input }: { input: CardInput }) => {
  try {
    const started = performance.now();
    const png = await renderCard(input);
    parentPort?.postMessage({ png, ms: performance.now() - started });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
