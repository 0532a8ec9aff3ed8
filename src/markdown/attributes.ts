/**
 * kramdown's inline attribute lists, as Jekyll posts use them:
 *
 *   A notice paragraph.            [Đăng ký](/dang-ky/){: .btn}
 *   {: .notice}
 *
 * A list on a line of its own gives its attributes to the block it touches
 * (the one above, else the one below); one right after a link, image or
 * emphasis gives them to it. CommonMark reads all of these as text, so without
 * this plugin `{: .notice}` would show on the page. A list that attaches to
 * nothing is dropped, as kramdown drops it. `* TOC` + `{:toc}` becomes the
 * marker the table-of-contents plugin fills in (toc.ts).
 */
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';
import {
  attributeDefinitions,
  EXTENSION,
  IAL,
  IAL_LINE,
  mergeAttributes,
  readAttributeList,
  toProperties,
  type AttributeList,
} from '../lib/kramdown.ts';

/** The node the table-of-contents plugin replaces with the table of contents. */
export const TOC_MARKER_CLASS = 'kramdown-toc';

const INLINE_TARGETS = new Set(['link', 'image', 'emphasis', 'strong', 'inlineCode', 'delete', 'linkReference', 'imageReference']);
// Blocks an attribute list cannot style (they have no element of their own).
const NO_ELEMENT = new Set(['html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'mdxjsEsm', 'mdxFlowExpression']);

type Node = Readonly<MdastNode> & { data?: { hProperties?: Record<string, unknown> } };

function lists(text: string): AttributeList[] {
  return [...text.matchAll(IAL)].flatMap((m) => {
    const read = readAttributeList(m[0]);
    return read && !read.definition ? [read.list] : [];
  });
}

export const attributeLists = defineMdastPlugin({
  name: 'kramdown-attribute-lists',
  options: { position: true },
  text(node, ctx) {
    if (!node.value.includes('{:')) return;
    const defs = ((ctx.data as Record<string, unknown>).kramdownDefs ??= attributeDefinitions(ctx.source)) as Map<string, AttributeList>;
    /** Give the lists to a node; true when `{:toc}` replaced it with the table of contents. */
    const apply = (target: Node, found: AttributeList[]): boolean => {
      const list = mergeAttributes(found, defs);
      if (list.refs.includes('toc')) {
        const parent = ctx.parent(target as MdastNode);
        const item = target.type === 'paragraph' && parent?.type === 'listItem' ? parent : undefined;
        ctx.replaceNode((item ? ctx.parent(item) : target) as MdastNode, {
          type: 'paragraph',
          data: { hName: 'nav', hProperties: { className: [TOC_MARKER_CLASS] } },
          children: [],
        } as MdastNode);
        return true;
      }
      ctx.setProperty(target as MdastNode, 'data', { ...target.data, hProperties: toProperties(list, target.data?.hProperties) });
      return false;
    };

    let value = node.value.replace(EXTENSION, '');
    const parent = ctx.parent(node) as Node & { children: Node[] };
    const at = ctx.indexOf(node) ?? 0;

    // Span list: right after an inline element, with nothing between.
    const span = /^\{:(?!:)/.test(value) && at > 0 && INLINE_TARGETS.has(parent.children[at - 1].type) ? value.match(IAL) : null;
    if (span && value.startsWith(span[0])) {
      apply(parent.children[at - 1], lists(span[0]));
      value = value.slice(span[0].length);
    }

    const lines = value.split('\n');
    const isListLine = (line: string) => IAL_LINE.test(line);
    if (parent.type === 'paragraph' && lines.every(isListLine)) {
      if (parent.children.length === 1) {
        standalone(parent, lists(value), ctx, apply);
        return;
      }
    }
    if (parent.type === 'tableCell' && lines.every(isListLine)) {
      const row = ctx.parent(parent) as Node & { children: Node[] };
      const table = ctx.parent(row) as Node & { children: Node[] };
      const others = row.children.filter((c) => c !== parent && ctx.textContent(c as MdastNode).trim() !== '');
      if (others.length === 0 && table.children.at(-1) === row && table.children.length > 2) {
        ctx.removeNode(row as MdastNode);
        apply(table, lists(value));
        return;
      }
    }

    // Block lists on the first or last lines of a paragraph belong to the paragraph (or the block holding it).
    const found: AttributeList[] = [];
    if (parent.type === 'paragraph') {
      if (at === parent.children.length - 1) {
        while (lines.length > 1 && isListLine(lines.at(-1)!)) found.unshift(...lists(lines.pop()!));
      }
      if (at === 0) {
        while (lines.length > 1 && isListLine(lines[0])) found.push(...lists(lines.shift()!));
      }
    }
    value = lines.join('\n');
    if (found.length > 0 && apply(blockOf(parent, node, ctx), found)) return;
    const remaining = value.replace(IAL, '');
    if (remaining !== node.value) ctx.replaceNode(node, { type: 'text', value: remaining });
  },
});

/** A paragraph made only of attribute lists: they go to the block directly above, else directly below. */
function standalone(
  paragraph: Node,
  found: AttributeList[],
  ctx: MdastVisitorContext,
  apply: (target: Node, found: AttributeList[]) => boolean,
) {
  const container = ctx.parent(paragraph as MdastNode) as Node & { children: Node[] };
  const at = ctx.indexOf(paragraph as MdastNode) ?? 0;
  const line = paragraph.position?.start.line ?? 0;
  const before = container.children[at - 1];
  const after = container.children[at + 1];
  const usable = (n: Node | undefined) => n !== undefined && !NO_ELEMENT.has(n.type);
  const touchesBefore = usable(before) && before.position?.end.line === line - 1;
  const touchesAfter = usable(after) && after.position?.start.line === (paragraph.position?.end.line ?? 0) + 1;
  const target = touchesBefore ? before : touchesAfter ? after : usable(before) ? before : undefined;
  const isToc = mergeAttributes(found).refs.includes('toc');
  if (isToc) {
    apply(paragraph, found);
    return;
  }
  ctx.removeNode(paragraph as MdastNode);
  if (target && found.some((l) => l.id || l.classes.length > 0 || Object.keys(l.attributes).length > 0 || l.refs.length > 0)) {
    apply(target, found);
  }
}

/**
 * The block a list on the last line of a paragraph belongs to. CommonMark
 * reads an unindented line after a list item, or an unquoted one after a
 * quote, as part of the paragraph inside ("lazy continuation"); kramdown
 * gives the list to the whole list or quote. The source line tells which.
 */
function blockOf(paragraph: Node, text: Node, ctx: MdastVisitorContext): Node {
  const end = text.position?.end.offset;
  if (end === undefined) return paragraph;
  const source = ctx.source;
  const line = source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
  const container = ctx.parent(paragraph as MdastNode) as Node & { children: Node[] };
  if (container?.type === 'blockquote' && !/^\s*>/.test(line)) return container;
  if (container?.type === 'listItem' && /^\S/.test(line)) {
    const list = ctx.parent(container as MdastNode) as Node & { children: Node[] };
    if (list?.children.at(-1) === container && container.children.at(-1) === paragraph) return list;
  }
  return paragraph;
}
