/**
 * The headers static hosts read from the published folder, written by the
 * build itself: `_headers` from deploy/headers.ts (the one source of the
 * headers), with the base path in front of every pattern. Netlify and
 * Cloudflare Pages read it; nginx gets the same headers from deploy/nginx/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../deploy/headers.ts';

/** `base` is the site's base path, normalised (site.base). */
export function hostingFiles({ base }: { base: string }): AstroIntegration {
  return {
    name: 'tuongmai:hosting',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
