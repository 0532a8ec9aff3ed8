/**
 * Photo captions as editors write them: an image alone in its paragraph,
 * followed by a blockquote holding the caption. That pair becomes
 * <figure><img><figcaption>, so the caption belongs to its photo for
 * screen readers and for the search index.
 */
import { defineMdastPlugin, type MdastNode } from 'satteri';

export const imageCaptions = defineMdastPlugin({
  name: 'image-captions',
  paragraph(node, ctx) {
    const [only] = node.children;
    if (node.children.length !== 1 || only?.type !== 'image') return;
    const at = ctx.indexOf(node);
    const next = at === undefined ? undefined : ctx.parent(node)?.children[at + 1];
    if (next?.type !== 'blockquote') return;
    // A caption of several quoted paragraphs keeps them apart with line breaks.
    const captionChildren = next.children.flatMap((child: MdastNode, i: number) => [
      ...(i > 0 ? [{ type: 'break' } as MdastNode] : []),
      ...(child.type === 'paragraph' ? child.children : [child]),
    ]);
    ctx.replaceNode(node, {
      type: 'paragraph',
      data: { hName: 'figure' },
      children: [only, { type: 'paragraph', data: { hName: 'figcaption' }, children: captionChildren }],
    } as MdastNode);
    ctx.removeNode(next);
  },
});
