/** deploy/headers.ts, the one source of the headers, and the files made from it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPolicy, editorConnectSources, headersFile, headersFor, nginxFiles, sitePolicy } from '../../deploy/headers.ts';
import { headersForPath, parseHeadersFile } from '../browser/headers-file.ts';

const root = join(import.meta.dirname, '../..');

describe('the nginx snippets', () => {
  it('are exactly what deploy/headers.ts generates (run `npm run headers` after changing it)', () => {
    for (const [path, text] of Object.entries(nginxFiles())) {
      expect(readFileSync(join(root, 'deploy/nginx', path), 'utf-8'), path).toBe(text);
    }
  });

  it('are each included by the server block', () => {
    const block = readFileSync(join(root, 'deploy/nginx/tuongmai.conf'), 'utf-8');
    for (const path of Object.keys(nginxFiles())) expect(block).toContain(`include ${path};`);
  });
});

describe('the site policy', () => {
  it('runs no inline script and no eval, only WebAssembly for Pagefind', () => {
    expect(sitePolicy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(Object.values(sitePolicy).flat()).not.toContain("'unsafe-eval'");
    expect(sitePolicy['style-src']).not.toContain("'unsafe-inline'");
    expect(sitePolicy['object-src']).toEqual(["'none'"]);
    expect(sitePolicy['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('the editor policy', () => {
  it('lets /admin/ call the git host it is built for, and no other', () => {
    // The default build: GitHub, through an OAuth proxy (a popup and postMessage, no fetch).
    expect(adminPolicy['connect-src']).toEqual(["'self'", 'https://api.github.com']);
    expect(editorConnectSources({ backend: 'github', authUrl: 'https://cms-auth.example.org' })).toEqual(['https://api.github.com']);
    expect(editorConnectSources({ backend: 'gitlab' })).toEqual(['https://gitlab.com']);
    // A ward's own GitLab or Gitea: its API, and the server that hands out the PKCE token.
    expect(editorConnectSources({ backend: 'gitlab', apiRoot: 'https://git.example.org/api/v4', authUrl: 'https://git.example.org' })).toEqual(['https://git.example.org']);
    expect(editorConnectSources({ backend: 'gitea', apiRoot: 'https://git.example.org/api/v1', authUrl: 'https://sso.example.org' })).toEqual([
      'https://git.example.org',
      'https://sso.example.org',
    ]);
  });
});

describe('_headers', () => {
  const file = headersFile('/');
  const rules = parseHeadersFile(file);

  it('gives each path what deploy/headers.ts says, even read the Cloudflare way (joining repeated headers)', () => {
    for (const path of ['/', '/2025/07/01/bai/', '/_astro/Base.abc.css', '/pagefind/fragment/vi_1.pf_fragment', '/pagefind/pagefind.js', '/admin/', '/admin/config.yml']) {
      const expected = Object.fromEntries(Object.entries(headersFor(path)).map(([k, v]) => [k.toLowerCase(), v]));
      expect(headersForPath(rules, path), path).toEqual(expected);
    }
  });

  it('caches hashed files for a year and everything else not at all', () => {
    expect(headersFor('/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/pagefind/index/vi_1.pf_index')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/feed.xml', '/sitemap-0.xml', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(path)['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('puts the base path in front of every pattern', () => {
    const staging = headersFile('/staging/');
    const patterns = staging.split('\n').filter((l) => /^\//.test(l));
    expect(patterns).toContain('/staging/*');
    expect(patterns).toContain('/staging/_astro/*');
    expect(patterns.every((p) => p.startsWith('/staging/'))).toBe(true);
  });
});
