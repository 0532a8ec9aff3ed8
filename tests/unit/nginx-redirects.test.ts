/** Redirect pages in a built site, and the nginx lines made from them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRedirects, nginxRedirects, redirectTarget } from '../../src/lib/nginx-redirects.ts';

describe('redirectTarget', () => {
  it('reads the target of a meta refresh, as Astro and the Jekyll import write it', () => {
    expect(redirectTarget('<!doctype html><title>Redirecting to: /a/</title><meta http-equiv="refresh" content="0;url=/a/">')).toBe('/a/');
    expect(redirectTarget(`<meta content='0; URL=/b/?x=1&amp;y=2' http-equiv='refresh'>`)).toBe('/b/?x=1&y=2');
  });

  it('ignores pages that are not redirects', () => {
    expect(redirectTarget('<meta name="description" content="0;url=/a/"><p>Bài</p>')).toBeUndefined();
    expect(redirectTarget('<meta http-equiv="refresh" content="30">')).toBeUndefined();
  });
});

describe('findRedirects', () => {
  it('lists every redirect page of a built site with its URL, base path included', () => {
    const dist = mkdtempSync(join(tmpdir(), 'redirects-'));
    try {
      mkdirSync(join(dist, 'cu/bai'), { recursive: true });
      writeFileSync(join(dist, 'cu/bai/index.html'), '<meta http-equiv="refresh" content="0;url=/staging/2025/07/01/bai/">');
      writeFileSync(join(dist, 'cu/trang.html'), '<meta http-equiv="refresh" content="0;url=/staging/about/">');
      writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Trang chủ</title>');
      const found = findRedirects(dist, '/staging/');
      expect(found).toEqual([
        { from: '/staging/cu/bai/', to: '/staging/2025/07/01/bai/' },
        { from: '/staging/cu/trang.html', to: '/staging/about/' },
      ]);
      expect(nginxRedirects(found).split('\n').slice(1, 3)).toEqual([
        'location = "/staging/cu/bai/" { return 301 "/staging/2025/07/01/bai/"; }',
        'location = "/staging/cu/trang.html" { return 301 "/staging/about/"; }',
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('refuses a URL nginx would misread', () => {
    expect(() => nginxRedirects([{ from: '/a b/', to: '/c/' }])).toThrow('nginx cannot hold');
  });
});
