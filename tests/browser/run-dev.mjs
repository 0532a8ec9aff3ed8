// Runs `astro dev` for a browser test, with the build output folder (where the
// search page looks for the last build's index) given on the command line.
// Usage: node tests/browser/run-dev.mjs <port> <outDir>
import { dev } from 'astro';

const [port, outDir] = process.argv.slice(2);
// The dev toolbar is not what is tested, and its first load makes Vite reload the page.
await dev({ root: process.cwd(), outDir, server: { port: Number(port), host: '127.0.0.1' }, devToolbar: { enabled: false }, logLevel: 'warn' });
console.log('ready');
