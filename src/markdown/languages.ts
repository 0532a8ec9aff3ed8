/**
 * The language blocks of a multilingual post (see src/lib/languages.ts) get
 * their language (`lang`, for screen readers and hyphenation), an id the
 * layout's language links point at, and a class saying which one shows first.
 * Only in posts with `multilingual: true`.
 */
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { blockLanguage, defaultLanguage, languageAnchor, postLanguages } from '../lib/languages.ts';

const OPENING = /<div\s+class\s*=\s*(["'])([^"']*\bpost-container\b[^"']*)\1([^>]*)>/gi;

/** Rewrite the opening tags of language blocks in a piece of HTML. */
export function markLanguageBlocks(html: string, shownFirst: string | undefined): string {
  return html.replace(OPENING, (whole, _q: string, classList: string, rest: string) => {
    const lang = blockLanguage(classList);
    if (!lang) return whole;
    const classes = [classList.trim(), 'post-lang', ...(lang === shownFirst ? ['post-lang--default'] : [])].join(' ');
    return `<div class="${classes}" id="${languageAnchor(lang)}" lang="${lang}"${rest}>`;
  });
}

export const languageBlocks = (factory: PluginFactoryContext) => {
  const frontmatter = (factory.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  if (frontmatter?.multilingual !== true) return false;
  const shownFirst = defaultLanguage(postLanguages(factory.source));
  return defineMdastPlugin({
    name: 'language-blocks',
    html(node, ctx) {
      const value = markLanguageBlocks(node.value, shownFirst);
      if (value !== node.value) ctx.replaceNode(node, { type: 'html', value });
    },
    mdxJsxFlowElement(node) {
      if (node.name !== 'div') return;
      const classAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && (a.name === 'class' || a.name === 'className'));
      const classList = classAttr && 'value' in classAttr && typeof classAttr.value === 'string' ? classAttr.value : '';
      const lang = /\bpost-container\b/.test(classList) ? blockLanguage(classList) : undefined;
      if (!lang) return;
      const classes = [classList, 'post-lang', ...(lang === shownFirst ? ['post-lang--default'] : [])].join(' ');
      // A new node rather than setProperty: Sätteri does not set `attributes` in place.
      return {
        ...node,
        attributes: [
          ...node.attributes.filter((a) => a !== classAttr),
          { type: 'mdxJsxAttribute', name: 'class', value: classes },
          { type: 'mdxJsxAttribute', name: 'id', value: languageAnchor(lang) },
          { type: 'mdxJsxAttribute', name: 'lang', value: lang },
        ],
      } as typeof node;
    },
  });
};
