/**
 * The browser editor's local backend for tests: `decap-server` (the npm package `npm run cms`
 * starts) on 127.0.0.1 and a free port, writing into a throwaway copy of the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { astroEnv, outputRoot, root } from '../build/sites.ts';

/** A copy of what the editor touches: the posts and the post images. */
export function copyProject(name: string): string {
  const dir = join(outputRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'src/content/posts'), join(dir, 'src/content/posts'), { recursive: true });
  cpSync(join(root, 'public/img/post'), join(dir, 'public/img/post'), { recursive: true });
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DecapServer {
  port: number;
  stop(): Promise<void>;
}

/** decap-server on 127.0.0.1 reading and writing `dir`; resolves once it listens. */
export async function startDecapServer(dir: string): Promise<DecapServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: dir,
    env: { ...astroEnv(), PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`decap-server did not start:\n${output}`)), 20_000);
    const listen = (d: Buffer) => {
      output += d;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', listen);
    child.stderr!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`decap-server exited (${code}):\n${output}`)));
  });
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
