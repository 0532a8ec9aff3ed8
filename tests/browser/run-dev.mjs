// Runs `astro dev` for a browser test on a free port, with the build output
// folder (where the search page looks for the last build's index) given on
// the command line. Prints "ready <port>" once it serves.
// Usage: node tests/browser/run-dev.mjs <outDir>
import { dev } from 'astro';

const [outDir] = process.argv.slice(2);
// Port 0: the system picks a free one, so parallel runs never meet. The dev toolbar is not
// what is tested, and its first load makes Vite reload the page.
const server = await dev({
  root: process.cwd(),
  outDir,
  server: { port: 0, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  logLevel: 'warn',
});
console.log(`ready ${server.address.port}`);
