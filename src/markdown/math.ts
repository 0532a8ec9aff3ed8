/**
 * Maths written for MathJax, rendered once at build time to MathML, which
 * browsers draw themselves: no script and no web font reach the reader.
 *
 * - `$$…$$` is kramdown's maths syntax: it is maths in every post (on a line
 *   of its own, a displayed formula).
 * - `$…$` is maths only in posts with `mathjax: true`, as Hux configured
 *   MathJax; elsewhere a dollar is a dollar ("giá 5$ đến 10$").
 *
 * TeX to MathML is Temml's job (see renderMath in src/lib/math.ts).
 */
import { defineHastPlugin, defineMdastPlugin, htmlToHast, type HastNode, type MdastNode, type PluginFactoryContext } from 'satteri';
import { renderMath } from '../lib/math.ts';

const hasDollar = (factory: PluginFactoryContext) => factory.source.includes('$');

function mathjaxOn(data: Record<string, unknown>): boolean {
  const frontmatter = (data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
  return frontmatter?.mathjax === true;
}

/**
 * Dollars as kramdown and Hux's MathJax read them. `$$…$$` alone in a
 * paragraph is a displayed formula (Sätteri reads it as inline maths when it
 * is on one line). In posts without `mathjax: true`, text between single
 * dollars goes back to being the text it was written as.
 */
export const dollarMath = (factory: PluginFactoryContext) => {
  if (!hasDollar(factory)) return false;
  const singleDollarIsMath = mathjaxOn(factory.data as Record<string, unknown>);
  return defineMdastPlugin({
    name: 'dollar-math',
    options: { position: true },
    inlineMath(node, ctx) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const written = ctx.source.slice(start, end);
      if (written.startsWith('$$')) {
        const parent = ctx.parent(node);
        const alone = parent?.type === 'paragraph' && parent.children.every((c, i) => i === ctx.indexOf(node) || (c.type === 'text' && c.value.trim() === ''));
        if (alone) ctx.replaceNode(parent, { type: 'math', value: node.value } as MdastNode);
      } else if (!singleDollarIsMath) {
        ctx.replaceNode(node, { type: 'text', value: written });
      }
    },
  });
};

function mathNodes(tex: string, display: boolean, file: URL | undefined): HastNode[] {
  const tree = htmlToHast(renderMath(tex, { display, file: file?.pathname }), { fragment: true });
  return 'children' in tree ? (tree.children as HastNode[]) : [];
}

function classes(node: { properties?: Record<string, unknown> }): unknown[] {
  const c = node.properties?.className;
  return Array.isArray(c) ? c : [];
}

export const mathToMathml = (factory: PluginFactoryContext) =>
  hasDollar(factory) &&
  defineHastPlugin({
    name: 'math-to-mathml',
    element: [
      {
        filter: ['code'],
        visit(node, ctx) {
          if (!classes(node).includes('math-inline')) return;
          ctx.replaceNode(node, mathNodes(ctx.textContent(node), false, ctx.fileURL));
        },
      },
      {
        filter: ['pre'],
        visit(node, ctx) {
          const code = (node.children as HastNode[]).find((c) => c.type === 'element' && c.tagName === 'code');
          if (!code || code.type !== 'element' || !classes(code).includes('math-display')) return;
          ctx.replaceNode(node, mathNodes(ctx.textContent(code), true, ctx.fileURL));
        },
      },
    ],
  });
