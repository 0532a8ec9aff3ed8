/** The browser editor as the build writes it: /admin/ with Decap's own bundle, and nowhere else. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { cmsConfig } from '../../src/lib/cms-config.ts';
import { POST_FIELDS } from '../../src/lib/post-fields.ts';
import { decapBundleDir, decapBundleFiles } from '../../src/integrations/decap.ts';
import { distDir, distExists, listDist, readDist } from './sites.ts';
import { page } from './html.ts';
import { loadPagefind } from './pagefind.ts';

describe('/admin/', () => {
  const doc = page('site', '/admin/');
  const boot = doc.querySelector('#cms-boot')!;

  it('is for editors only: noindex, in Vietnamese, out of the sitemap and the search index', async () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('title')?.textContent).toBe('Soạn bài · Phường Tương Mai');
    const sitemap = new XMLParser().parse(readDist('site', 'sitemap-0.xml'));
    const urls: string[] = sitemap.urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => u.includes('/admin'))).toEqual([]);
    const pagefind = await loadPagefind('site');
    const found = await pagefind.search('Soạn bài');
    const paths = await Promise.all(found!.results.map(async (r) => (await r.data()).url));
    expect(paths.filter((p) => p.includes('admin'))).toEqual([]);
  });

  it('carries the editor’s configuration, generated from the fields table', () => {
    const site = { url: 'https://tuongmai.com', base: '/' };
    const expected = cmsConfig({
      fields: POST_FIELDS,
      cms: { backend: 'github', repo: '', branch: 'main', localPort: 8081 },
      siteUrl: site.url,
      base: site.base,
    });
    expect(JSON.parse(boot.getAttribute('data-config')!)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('loads Decap’s bundle from this site, copied byte for byte from the pinned npm package', () => {
    expect(boot.getAttribute('data-decap')).toBe('/admin/decap-cms.js');
    const files = decapBundleFiles();
    expect(files).toContain('decap-cms.js');
    expect(files.filter((f) => f.endsWith('.wasm'))).toHaveLength(2);
    for (const f of files) {
      expect(readFileSync(join(distDir('site'), 'admin', f)).equals(readFileSync(join(decapBundleDir(), f))), f).toBe(true);
    }
    expect(listDist('site', 'admin').filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('styles the preview with the site’s own stylesheet', () => {
    const css = boot.getAttribute('data-preview-css')!;
    expect(css).toMatch(/^\/_astro\/.+\.css$/);
    expect(distExists('site', css.slice(1))).toBe(true);
    expect(readDist('site', css.slice(1))).toContain('.post-header__title');
  });

  it('is the only page that loads Decap', () => {
    const others = listDist('site').filter((f) => f.endsWith('.html') && f !== 'admin/index.html');
    expect(others.length).toBeGreaterThan(5);
    for (const f of others) expect(readDist('site', f), f).not.toMatch(/decap|cms-boot/);
  });

  it('follows the base path', () => {
    const staging = page('staging', '/admin/');
    const stagingBoot = staging.querySelector('#cms-boot')!;
    expect(stagingBoot.getAttribute('data-decap')).toBe('/staging/admin/decap-cms.js');
    expect(distExists('staging', 'admin/decap-cms.js')).toBe(true);
    expect(JSON.parse(stagingBoot.getAttribute('data-config')!)).toMatchObject({
      site_url: 'https://staging.example.org/staging/',
      logo_url: '/staging/favicon.svg',
    });
  });
});
