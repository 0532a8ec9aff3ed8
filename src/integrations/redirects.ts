/**
 * The redirect pages of old addresses (redirect_from), written after the
 * build from the list the site wrote (dist/redirects.json, see
 * src/lib/redirects.ts), with Netlify/Cloudflare's `_redirects` beside it.
 * Written here rather than as routes so that an old address that is any page
 * of the built site (an archive, /about/) stops the build, naming the post
 * and the page, instead of one silently replacing the other. The pages are
 * not routes, so they are in neither the sitemap nor (having no
 * data-pagefind-body) the search index.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectPage, redirectsFile, type RedirectRule } from '../lib/redirects.ts';

export const REDIRECTS_JSON = 'redirects.json';

export function redirectPages(): AstroIntegration {
  return {
    name: 'tuongmai:redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const rules = JSON.parse(await readFile(join(root, REDIRECTS_JSON), 'utf-8')) as RedirectRule[];
        const clashes = rules
          .filter((r) => existsSync(join(root, r.file)))
          .map(
            (r) =>
              `  - ${r.post}: redirect_from "${r.from}" trùng với trang ${r.file} của trang web / is the address of the site's page ${r.file}; remove it from redirect_from`,
          );
        if (clashes.length > 0) throw new Error(`Địa chỉ cũ trùng trang có sẵn / Old addresses clash with pages:\n${clashes.join('\n')}`);
        for (const rule of rules) {
          const file = join(root, rule.file);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, redirectPage(rule));
        }
        await writeFile(join(root, '_redirects'), redirectsFile(rules));
        if (rules.length > 0) logger.info(`${rules.length} redirect page(s) written for old addresses`);
      },
    },
  };
}
