/**
 * Root-relative links and images in posts (`/about/`, `/img/a.jpg`) are
 * written against the site root. Under a BASE_PATH (a staging copy at
 * /staging/) they would miss it, so the base is put in front of them.
 */
import { defineHastPlugin } from 'satteri';

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

export function withBase(value: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !value.startsWith('/') || value.startsWith('//')) return value;
  if (value === prefix || value.startsWith(`${prefix}/`)) return value;
  return prefix + value;
}

export function basePathLinks(base: string) {
  return defineHastPlugin({
    name: 'base-path-links',
    element: {
      filter: Object.keys(ATTRIBUTES),
      visit(node, ctx) {
        const attr = ATTRIBUTES[node.tagName];
        const value = node.properties?.[attr];
        if (typeof value === 'string') {
          const next = withBase(value, base);
          if (next !== value) ctx.setProperty(node, attr, next);
        }
      },
    },
  });
}
