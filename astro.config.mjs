// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { decapAdmin } from './src/integrations/decap.ts';
import { siteImages } from './src/integrations/images.ts';
import { hostingFiles } from './src/integrations/hosting.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { redirectPages } from './src/integrations/redirects.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';
import { standalonePagePaths } from './src/lib/page-files.ts';
import { searchablePath } from './src/lib/search-pages.ts';
import { markdownProcessor } from './src/markdown/index.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  // Tests build fixture sites with their own copy of public/: imported Jekyll sites, generated phone photos
  // (see tests/build/sites.ts).
  publicDir: process.env.PUBLIC_DIR ?? './public',
  base: site.base,
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no <style> elements (deploy/headers.ts).
  // Four pages rendered at a time: while one waits (its file written, a photo's size read), another renders
  // (bench/README.md). The output is the same, page for page.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: { processor: markdownProcessor(site.base) },
  integrations: [
    mdx(),
    siteImages(site.base),
    siteSitemap(site.base),
    pagefindIndex({ base: site.base, searchable: () => searchablePath(standalonePagePaths()) }),
    decapAdmin(),
    redirectPages(),
    hostingFiles({ base: site.base }),
  ],
});
