// Runs one `astro build` of this project in its own process, so that each
// build reads its own environment (POSTS_DIR, BASE_PATH, SITE_URL) afresh.
// Usage: node tests/build/run-build.mjs <outDir> <cacheDir>
// Info level: the tests and the benchmark read the integrations' reports (photos, cards).
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'info' });
