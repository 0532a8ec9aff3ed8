/**
 * Two rules for the links and images in a post, wherever they come from:
 * Markdown syntax, raw HTML (common in posts migrated from Jekyll) or MDX JSX.
 *
 * - Images load lazily: residents read on phones, often on mobile data, and a
 *   post's photos sit below the fold. Remote images stay plain <img> (Astro
 *   only fetches remote images that image.domains allows, and we allow none),
 *   so builds never touch the network.
 * - Root-relative links and images (`/about/`, `/img/a.jpg`) are written
 *   against the site root; under a BASE_PATH (a staging copy at /staging/)
 *   they get the base in front.
 * - A photo next to the post (`./anh.jpg`) is named by its file: URL, which
 *   the post layout turns into published, resized copies (src/lib/images.ts).
 *   For Markdown images this happens before Astro's own image collection, so
 *   Astro neither processes nor copies the original.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { RESIZABLE } from '../lib/image-store.ts';

/** The URL attribute of each element the rules look at. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };
const TAGS = Object.keys(URL_ATTRIBUTE);

/** '/about/' -> '/staging/about/' under base '/staging/'; anything else, or an already based path, unchanged. */
export function withBase(value: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '' || !value.startsWith('/') || value.startsWith('//')) return value;
  if (value === prefix || value.startsWith(`${prefix}/`)) return value;
  return prefix + value;
}

/** './anh.jpg' next to the post file -> 'file:///…/anh.jpg'; anything else unchanged. */
export function postImageUrl(value: string, fileURL: URL | undefined): string {
  if (!fileURL || /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value) || !RESIZABLE.test(value.split(/[?#]/)[0])) return value;
  return new URL(value, fileURL).href;
}

/** Markdown images next to the post, as file: URLs (runs before Astro collects local images). */
export const postImageFiles = defineMdastPlugin({
  name: 'post-image-files',
  image(node, ctx) {
    const url = postImageUrl(node.url, ctx.fileURL);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  },
});

/** The rules applied to a fragment of raw HTML. */
export function rewriteRawHtml(html: string, base: string, fileURL?: URL): string {
  return html.replace(new RegExp(`<(${TAGS.join('|')})\\b[^>]*>`, 'gi'), (tag, name: string) => {
    let out = tag.replace(
      /(\s(?:src|href)\s*=\s*)(["'])(.*?)\2/gi,
      (_m, attr: string, quote: string, value: string) =>
        `${attr}${quote}${withBase(attr.trim().toLowerCase().startsWith('src') && name.toLowerCase() === 'img' ? postImageUrl(value, fileURL) : value, base)}${quote}`,
    );
    if (name.toLowerCase() === 'img' && !/\sloading\s*=/i.test(out)) {
      out = out.replace(/\s*(\/?)>$/, ' loading="lazy" decoding="async"$1>');
    }
    return out;
  });
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export function linksAndImages(base: string) {
  const jsx = {
    filter: TAGS,
    visit(node: { name?: string | null; attributes: JsxAttribute[] }, ctx: { fileURL: URL | undefined }) {
      const urlAttribute = URL_ATTRIBUTE[node.name ?? ''];
      const attributes = node.attributes.map((a) =>
        a.type === 'mdxJsxAttribute' && a.name === urlAttribute && typeof a.value === 'string'
          ? { ...a, value: withBase(node.name === 'img' ? postImageUrl(a.value, ctx.fileURL) : a.value, base) }
          : a,
      );
      if (node.name === 'img' && !attributes.some((a) => a.name === 'loading')) {
        attributes.push(
          { type: 'mdxJsxAttribute', name: 'loading', value: 'lazy' },
          { type: 'mdxJsxAttribute', name: 'decoding', value: 'async' },
        );
      }
      return { ...node, attributes } as never;
    },
  };
  return defineHastPlugin({
    name: 'links-and-images',
    element: {
      filter: TAGS,
      visit(node, ctx) {
        const attribute = URL_ATTRIBUTE[node.tagName];
        const value = node.properties?.[attribute];
        if (typeof value === 'string') {
          const url = withBase(node.tagName === 'img' ? postImageUrl(value, ctx.fileURL) : value, base);
          if (url !== value) ctx.setProperty(node, attribute, url);
        }
        if (node.tagName === 'img') {
          ctx.setProperty(node, 'loading', 'lazy');
          ctx.setProperty(node, 'decoding', 'async');
        }
      },
    },
    raw(node, ctx) {
      const value = rewriteRawHtml(node.value, base, ctx.fileURL);
      return value === node.value ? undefined : { ...node, value };
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
}
