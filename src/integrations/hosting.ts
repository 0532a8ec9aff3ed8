/**
 * What static hosts read from the published folder, written by the build
 * itself: `_headers` (from deploy/headers.ts, the one source of the headers,
 * with the base path in front of every pattern) and `_redirects` (from the
 * redirect pages in dist/). Netlify and Cloudflare Pages read both; nginx
 * gets the same headers from deploy/nginx/ and the same redirects from
 * `npm run nginx-redirects`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../deploy/headers.ts';
import { findRedirects, redirectsFile } from '../lib/redirects.ts';

/** `base` is the site's base path, normalised (site.base). */
export function hostingFiles({ base }: { base: string }): AstroIntegration {
  return {
    name: 'tuongmai:hosting',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        writeFileSync(join(root, '_headers'), headersFile(base));
        writeFileSync(join(root, '_redirects'), redirectsFile(findRedirects(root, base)));
      },
    },
  };
}
