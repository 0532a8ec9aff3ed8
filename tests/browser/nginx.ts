/**
 * A real nginx serving a built site with deploy/nginx/tuongmai.conf, as an
 * operator installs it (README): the block's `listen` and `root` lines
 * edited, its tuongmai/ folder beside nginx.conf, Debian's mime.types. It
 * runs in a throwaway prefix on a free 127.0.0.1 port and is stopped after.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../build/sites.ts';

export const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  /** The prefix: conf/ (nginx.conf, tuongmai/), logs/, and html/ (the served copy of dist). */
  prefix: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** The server block with only `listen` and `root` changed, failing loudly if those lines ever move. */
export function editedBlock(listen: string, rootDir: string): string {
  const block = readFileSync(join(root, 'deploy/nginx/tuongmai.conf'), 'utf-8');
  const edited = block.replace(/^(\s*)listen [^;]+;/m, `$1listen ${listen};`).replace(/^(\s*)root [^;]+;/m, `$1root ${rootDir};`);
  if ((edited.match(/^\s*listen /gm) ?? []).length !== 1 || (edited.match(/^\s*root /gm) ?? []).length !== 1 || edited === block) {
    throw new Error('deploy/nginx/tuongmai.conf must have exactly one `listen` and one `root` line');
  }
  return edited;
}

/**
 * Start nginx on a copy of `dist`. `prepare` may add files to the copy
 * (html/) or to the conf folder before nginx reads them.
 */
export async function startNginx(dist: string, prepare?: (dirs: { html: string; conf: string }) => void): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'tuongmai-nginx-'));
  // Started as root, nginx's workers run as `nobody`: they must be able to read the copy.
  chmodSync(prefix, 0o755);
  const conf = join(prefix, 'conf');
  const html = join(prefix, 'html');
  for (const d of ['logs', 'tmp', 'conf']) mkdirSync(join(prefix, d), { recursive: true });
  cpSync(dist, html, { recursive: true });
  cpSync(join(root, 'deploy/nginx/tuongmai'), join(conf, 'tuongmai'), { recursive: true });
  cpSync('/etc/nginx/mime.types', join(conf, 'mime.types'));
  prepare?.({ html, conf });
  const port = await freePort();
  writeFileSync(join(conf, 'tuongmai.conf'), editedBlock(`127.0.0.1:${port}`, html));
  const tmp = join(prefix, 'tmp');
  writeFileSync(
    join(conf, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs/error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${tmp};`),
      '  include tuongmai.conf;',
      '}',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', join(conf, 'nginx.conf')];
  const check = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf-8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    prefix,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
