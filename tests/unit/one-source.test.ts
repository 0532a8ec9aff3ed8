/**
 * One source for each setting and rule: URLs in src/lib/urls.ts, Vietnamese
 * collation in src/lib/vi.ts, the page size and the base path in
 * src/site.config.ts. These read the source and name every line that
 * decides one of them somewhere else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (readdirSync('src', { recursive: true }) as string[])
  .filter((f) => /\.(ts|astro|mjs)$/.test(f))
  .map((f) => join('src', f))
  .concat('astro.config.mjs');

/** Lines of code (not comments) outside `except` that match `pattern`, as file:line: text. */
function linesMatching(pattern: RegExp, except: string[]): string[] {
  return files
    .filter((f) => !except.includes(f))
    .flatMap((f) =>
      readFileSync(f, 'utf-8')
        .split('\n')
        .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
}

describe('one source for each rule', () => {
  it('no module but urls.ts spells a path (tags/, archive/, search/, feed.xml, page/n/, a date path)', () => {
    const PATH_LITERAL =
      /['"`](?:tags|archive|search|about|pagefind)\/|feed\.xml['"`]|sitemap-index\.xml|['"`/]page\/|\$\{[^}]+\}\/\$\{[^}]+\}\/|\/\\d\{4\}\\\//;
    expect(linesMatching(PATH_LITERAL, ['src/lib/urls.ts'])).toEqual([]);
  });

  it('Vietnamese collation is set up once, in vi.ts', () => {
    expect(linesMatching(/Intl\.Collator|localeCompare\([^)]*['"]vi/, ['src/lib/vi.ts'])).toEqual([]);
  });

  it('the page size is site.postsPerPage everywhere: no other page size constant', () => {
    expect(linesMatching(/PAGE_SIZE\s*=\s*\d|pageSize\s*[:=]\s*\d/, [])).toEqual([]);
  });

  it('the base path is normalised once, in site.config.ts', () => {
    expect(linesMatching(/base\.endsWith\(['"]\/['"]\)|base\s*\+\s*['"]\/['"]/, ['src/site.config.ts'])).toEqual([]);
  });
});
