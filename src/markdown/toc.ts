/**
 * kramdown's `{:toc}`: the list it marks (see attributes.ts) becomes a table
 * of contents of the post's headings, nested by level, linking to the ids the
 * heading-ids plugin gave them. Headings with the class `no_toc` are left out,
 * as in kramdown, and so is the footnotes' heading. Runs after heading-ids, so the links match the ids.
 */
import { defineHastPlugin, type HastNode, type PluginFactoryContext } from 'satteri';
import { vi } from '../lib/vi.ts';
import { TOC_MARKER_CLASS } from './attributes.ts';

interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Child[];
}
type Child = Element | { type: 'text'; value: string };

interface Entry {
  depth: number;
  id: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

function classes(node: { properties?: Record<string, unknown> }): string[] {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '';
}

/** Nested <ol>s from headings in document order: a deeper heading opens a list inside the item before it. */
export function tocList(entries: Entry[]): Element {
  const root: Element = { type: 'element', tagName: 'ol', properties: {}, children: [] };
  const stack: { depth: number; list: Element }[] = [{ depth: 0, list: root }];
  for (const e of entries) {
    while (stack.length > 1 && stack.at(-1)!.depth >= e.depth) stack.pop();
    const top = stack.at(-1)!;
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [{ type: 'element', tagName: 'a', properties: { href: `#${e.id}` }, children: [{ type: 'text', value: e.text }] }],
    };
    top.list.children.push(item);
    const sub: Element = { type: 'element', tagName: 'ol', properties: {}, children: [] };
    item.children.push(sub);
    stack.push({ depth: e.depth, list: sub });
  }
  // Drop the empty sub-lists left under leaf items.
  const prune = (el: Element) => {
    el.children = el.children.filter((c) => !(c.type === 'element' && c.tagName === 'ol' && c.children.length === 0));
    for (const c of el.children) if (c.type === 'element') prune(c);
  };
  prune(root);
  return root;
}

export const kramdownToc = (factory: PluginFactoryContext) =>
  /\{:\s*toc\s*\}/.test(factory.source) &&
  defineHastPlugin({
    name: 'kramdown-toc',
    after(root, ctx) {
      const entries: Entry[] = [];
      const markers: HastNode[] = [];
      const walk = (node: HastNode) => {
        if (node.type === 'element') {
          const depth = HEADING.exec(node.tagName)?.[1];
          const id = node.properties?.id;
          if (depth && typeof id === 'string' && !classes(node).includes('no_toc')) {
            entries.push({ depth: Number(depth), id, text: textOf(node).replace(/\s+/g, ' ').trim() });
            return;
          }
          if (node.tagName === 'nav' && classes(node).includes(TOC_MARKER_CLASS)) {
            markers.push(node);
            return;
          }
          // The footnotes' own heading is not a section of the post.
          if (node.tagName === 'section' && classes(node).includes('footnotes')) return;
        }
        if ('children' in node) for (const child of node.children as HastNode[]) walk(child);
      };
      walk(root as HastNode);
      for (const marker of markers) {
        ctx.replaceNode(marker, {
          type: 'element',
          tagName: 'nav',
          // Not indexed for search: the headings are there already.
          properties: { className: ['toc', 'toc--body'], ariaLabel: vi.toc, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'p', properties: { className: ['toc__title'] }, children: [{ type: 'text', value: vi.toc }] },
            tocList(entries),
          ],
        } as HastNode);
      }
    },
  });
