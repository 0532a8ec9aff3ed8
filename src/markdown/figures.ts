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
    if (node.children.length !== 1 || only.type !== 'image') return;
    const siblings = ctx.parent(node)?.children;
    const next = siblings?.[ctx.indexOf(node) + 1];
    if (next?.type !== 'blockquote') return;
    const captionChildren = next.children.flatMap((child: MdastNode) =>
      child.type === 'paragraph' ? child.children : [child],
    );
    ctx.replaceNode(node, {
      type: 'paragraph',
      data: { hName: 'figure' },
      children: [only, { type: 'paragraph', data: { hName: 'figcaption' }, children: captionChildren }],
    } as MdastNode);
    ctx.removeNode(next);
  },
});
