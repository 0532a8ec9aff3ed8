/**
 * kramdown table sections. In a kramdown table, a row like `|===|` starts
 * the footer (<tfoot>) and a row like `|---|` inside the body starts a new
 * <tbody>. GitHub-flavoured Markdown reads both as rows of text, so the
 * separator would show as a row of "===". This plugin rebuilds the table
 * with its sections, reusing the rows as they are.
 */
import { defineHastPlugin, type HastNode, type PluginFactoryContext } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

const FOOTER = /^=+$/;
const BODY_BREAK = /^-+$/;

function cells(row: Element): string[] {
  return (row.children as HastNode[])
    .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
    .map((c) => textOf(c).trim());
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '';
}

/** Which separator a row is: every non-empty cell is `===` (footer) or `---` (new body), and one at least. */
export function separatorKind(texts: string[]): 'footer' | 'body' | undefined {
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0) return undefined;
  if (filled.every((t) => FOOTER.test(t))) return 'footer';
  if (filled.every((t) => BODY_BREAK.test(t))) return 'body';
  return undefined;
}

export const tableSections = (factory: PluginFactoryContext) =>
  /^\s*\|?\s*(?:=+|-+)\s*\|/m.test(factory.source) &&
  defineHastPlugin({
    name: 'kramdown-table-sections',
    element: {
      filter: ['table'],
      visit(table) {
        const children = table.children as HastNode[];
        const body = children.find((c): c is Element => c.type === 'element' && c.tagName === 'tbody');
        if (!body) return;
        const rows = (body.children as HastNode[]).filter((c): c is Element => c.type === 'element' && c.tagName === 'tr');
        const kinds = rows.map((r) => separatorKind(cells(r)));
        if (!kinds.some(Boolean)) return;

        const section = (tagName: string, list: Element[]): Element => ({ type: 'element', tagName, properties: {}, children: list });
        const bodies: Element[][] = [[]];
        const footer: Element[] = [];
        let inFooter = false;
        rows.forEach((row, i) => {
          if (kinds[i] === 'footer') inFooter = true;
          else if (kinds[i] === 'body' && !inFooter) bodies.push([]);
          else (inFooter ? footer : bodies.at(-1)!).push(row);
        });
        const head = children.filter((c): c is Element => c.type === 'element' && c.tagName === 'thead');
        return {
          ...table,
          children: [
            ...head,
            ...bodies.filter((b) => b.length > 0).map((b) => section('tbody', b)),
            ...(footer.length > 0 ? [section('tfoot', footer)] : []),
          ],
        } as Element;
      },
    },
  });
