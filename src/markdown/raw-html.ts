/**
 * Posts migrated from Jekyll often carry raw HTML (`<img src="/img/a.jpg">`),
 * and MDX posts JSX (`<img src="/img/a.jpg" />`). They get the same rules as
 * Markdown images and links: images load lazily, and root-relative links and
 * images get the base path.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from './base-path.ts';

const URL_ATTRIBUTES = new Set(['src', 'href']);

/** Apply the rules to a fragment of raw HTML. */
export function rewriteRawHtml(html: string, base: string): string {
  return html.replace(/<(img|a|source|video|audio)\b[^>]*>/gi, (tag, name: string) => {
    let out = tag.replace(
      /(\s(?:src|href)\s*=\s*)(["'])(.*?)\2/gi,
      (_m, attr: string, quote: string, value: string) => `${attr}${quote}${withBase(value, base)}${quote}`,
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

export function rawHtmlRules(base: string) {
  const jsx = {
    filter: ['img', 'a', 'source', 'video', 'audio'],
    visit(node: { name?: string | null; attributes: JsxAttribute[] }) {
      const attributes = node.attributes.map((a) =>
        a.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(a.name ?? '') && typeof a.value === 'string'
          ? { ...a, value: withBase(a.value, base) }
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
    name: 'raw-html-rules',
    raw(node) {
      const value = rewriteRawHtml(node.value, base);
      return value === node.value ? undefined : { ...node, value };
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
}
