/**
 * kramdown abbreviations:
 *
 *   Nộp hồ sơ qua cổng DVC.
 *
 *   *[DVC]: Dịch vụ công
 *
 * The definition lines disappear and every whole-word use of the
 * abbreviation in the text becomes <abbr title="Dịch vụ công">DVC</abbr>.
 * Two passes, so the definitions are gone before the words are wrapped: the
 * definitions are read from the source first, wherever they stand.
 */
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import { ABBREVIATION_LINE, abbreviationDefinitions } from '../lib/kramdown.ts';

const hasDefinitions = (source: string) => source.includes('*[') && abbreviationDefinitions(source).size > 0;

/** Pass 1: remove the definition lines (a paragraph of them, or the last lines of a paragraph). */
export const abbreviationDefinitionLines = (factory: PluginFactoryContext) =>
  hasDefinitions(factory.source) &&
  defineMdastPlugin({
    name: 'kramdown-abbreviation-definitions',
    paragraph(node, ctx) {
      const text = ctx.textContent(node);
      if (!text.includes('[')) return;
      const lines = text.split('\n');
      // The text of `*[HTML]: …` may have lost its `*` to emphasis parsing; the source decides.
      const isDefinition = (line: string) => ABBREVIATION_LINE.test(line) || ABBREVIATION_LINE.test(`*${line}`);
      if (lines.every(isDefinition)) {
        ctx.removeNode(node);
        return;
      }
      // Definitions written right under a paragraph continue it: cut them from its last text node.
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const own = last.value.split('\n');
      let keep = own.length;
      while (keep > 1 && ABBREVIATION_LINE.test(own[keep - 1])) keep--;
      if (keep < own.length) ctx.replaceNode(last, { type: 'text', value: own.slice(0, keep).join('\n') });
    },
  });

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pass 2: wrap each use in <abbr>. Longer abbreviations first, so "UBND phường" wins over "UBND". */
export const abbreviationUses = (factory: PluginFactoryContext) => {
  if (!hasDefinitions(factory.source)) return false;
  const defs = abbreviationDefinitions(factory.source);
  const words = [...defs.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return defineMdastPlugin({
    name: 'kramdown-abbreviations',
    text(node, ctx) {
      const parts: MdastNode[] = [];
      let last = 0;
      for (const m of node.value.matchAll(pattern)) {
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        const title = defs.get(m[0]) ?? '';
        parts.push({
          type: 'emphasis',
          data: { hName: 'abbr', hProperties: title ? { title } : {} },
          children: [{ type: 'text', value: m[0] }],
        } as MdastNode);
        last = m.index + m[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      ctx.replaceNode(node, parts);
    },
  });
};
