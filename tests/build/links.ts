/**
 * The internal link checker: every href, src, srcset (and form action) in
 * the HTML of a built site that points into the site must name a file that
 * exists, under the site's base path, with a trailing slash for folders;
 * and every #fragment must be an id on the page it points to. Absolute URLs
 * on the site's own origin (canonical links, link previews) count as internal.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

const ATTRIBUTES: Record<string, string[]> = {
  href: ['a', 'link', 'area'],
  src: ['img', 'script', 'iframe', 'source', 'video', 'audio', 'track', 'embed'],
  srcset: ['img', 'source'],
  poster: ['video'],
  action: ['form'],
  content: ['meta[property="og:image"]', 'meta[property="og:url"]', 'meta[name="twitter:image"]'],
};

function htmlFiles(dist: string, dir = ''): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dist, join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** URLs a srcset names: "a.jpg 1x, b.jpg 2x" -> [a.jpg, b.jpg]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);
}

export interface LinkCheckOptions {
  /** The site's base path: '/' or '/staging/'. */
  base: string;
  /** The site's origin (SITE_URL): absolute URLs on it are checked like internal ones. */
  origin: string;
}

/** Every broken internal link of a built site, as "page: attribute value: what is wrong". */
export function checkLinks(dist: string, { base, origin }: LinkCheckOptions): string[] {
  const pages = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const docs = new Map(pages.map((p) => [p, parse(readFileSync(join(dist, p), 'utf-8'))]));
  const idsOf = (file: string): Set<string> => {
    if (!ids.has(file)) {
      const doc = docs.get(file) ?? parse(readFileSync(join(dist, file), 'utf-8'));
      ids.set(file, new Set([...doc.querySelectorAll('[id]').map((e) => e.id), ...doc.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!)]));
    }
    return ids.get(file)!;
  };
  const problems: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(base + page.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'), origin);
    const doc = docs.get(page)!;
    for (const [attribute, selectors] of Object.entries(ATTRIBUTES)) {
      for (const el of doc.querySelectorAll(selectors.join(','))) {
        const raw = el.getAttribute(attribute);
        if (raw === undefined) continue;
        for (const value of attribute === 'srcset' ? srcsetUrls(raw) : [raw]) {
          const problem = checkOne(value);
          if (problem) problems.push(`${page}: ${attribute}="${value}": ${problem}`);
        }
      }
    }
    function checkOne(value: string): string | undefined {
      if (value === '' || /^(mailto|tel|data|javascript|blob):/i.test(value)) return undefined;
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        return 'not a URL';
      }
      if (url.origin !== new URL(origin).origin) return undefined;
      if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
      const rest = decodeURIComponent(url.pathname.slice(base.length));
      const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
      const full = join(dist, file);
      if (existsSync(full) && statSync(full).isDirectory()) return 'a folder without its trailing slash';
      if (!existsSync(full)) return 'no such file';
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) return `no id "${fragment}" on ${file}`;
      return undefined;
    }
  }
  return problems;
}
