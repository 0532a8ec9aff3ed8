/**
 * kramdown's `markdown="1"` on an HTML block: its content is Markdown.
 *
 *   <div class="notice" markdown="1">
 *   **Lưu ý:** mang theo căn cước.
 *   </div>
 *
 * CommonMark keeps everything up to the next blank line as raw HTML, so the
 * `**` would show. The content after the opening tag is parsed again as
 * Markdown (dedented, since kramdown allows it indented), and the attribute
 * is dropped from the tag. In MDX, JSX content is Markdown already: only the
 * attribute goes.
 */
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';

const MARKDOWN_ATTRIBUTE = /\s+markdown\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1|block|span)(?=[\s/>])/i;
const OPENING = /^(\s*<([A-Za-z][\w-]*)\b[^>]*>)([^]*)$/;

function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

/** An HTML block with `markdown="1"` split into: opening tag (attribute removed), Markdown content, closing tag. */
export function splitMarkdownBlock(html: string): { open: string; content: string; close: string } | undefined {
  const m = OPENING.exec(html);
  if (!m || !MARKDOWN_ATTRIBUTE.test(m[1])) return undefined;
  const [, openTag, name, rest] = m;
  const closing = new RegExp(`</${name}\\s*>\\s*$`, 'i');
  const close = closing.exec(rest)?.[0] ?? '';
  const content = dedent(close ? rest.slice(0, rest.length - close.length) : rest);
  return { open: openTag.replace(MARKDOWN_ATTRIBUTE, '').trim(), content: content.trim(), close: close.trim() };
}

export const markdownInHtml = (factory: PluginFactoryContext) =>
  /\smarkdown\s*=/i.test(factory.source) &&
  defineMdastPlugin({
    name: 'kramdown-markdown-in-html',
    html(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'paragraph') {
        // Inline HTML (<span markdown="1">): its neighbours are Markdown already.
        if (MARKDOWN_ATTRIBUTE.test(node.value)) ctx.replaceNode(node, { type: 'html', value: node.value.replace(MARKDOWN_ATTRIBUTE, '') });
        return;
      }
      const block = splitMarkdownBlock(node.value);
      if (!block) return;
      const parts: (MdastNode | { raw: string })[] = [{ type: 'html', value: block.open }];
      if (block.content !== '') parts.push({ raw: block.content });
      if (block.close !== '') parts.push({ type: 'html', value: block.close });
      ctx.replaceNode(node, parts as MdastNode[]);
    },
    mdxJsxFlowElement(node) {
      const attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'markdown'));
      // A new node rather than setProperty: Sätteri does not set `attributes` in place.
      if (attributes.length !== node.attributes.length) return { ...node, attributes };
    },
  });
