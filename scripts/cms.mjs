// npm run cms: the browser editor on this computer. Starts decap-server (Decap CMS's local
// backend: it reads and writes the files of this folder, nothing is sent anywhere) on
// 127.0.0.1, and `astro dev`, whose /admin/ finds it there; the page updates as posts are saved.
// DECAP_SERVER_PORT picks another port than 8081 (astro dev passes it on to /admin/).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const port = process.env.DECAP_SERVER_PORT?.trim() || '8081';
const env = { ...process.env, DECAP_SERVER_PORT: port };

const children = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    env: { ...env, PORT: port, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs'), 'dev', ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
];

console.log(`\nTrình soạn bài: mở http://localhost:4321/admin/ (bấm “Đăng nhập”, không cần mật khẩu).`);
console.log(`The editor: open http://localhost:4321/admin/ (decap-server on 127.0.0.1:${port}). Ctrl+C stops both.\n`);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
