/**
 * The "Markdown comment" idiom editors use: a line like
 *   [//]: # (template img ![]())
 * CommonMark only treats it as an (invisible) link definition when the title
 * is valid; with nested parentheses it is a paragraph and shows as text plus
 * an empty <img>. We drop paragraphs made only of such lines, matching the
 * source text because the parsed inline content varies with what else the
 * document defines.
 */
import { defineMdastPlugin } from 'satteri';
import { isCommentSource } from '../lib/text.ts';

export const markdownComments = defineMdastPlugin({
  name: 'markdown-comments',
  options: { position: true },
  paragraph(node, ctx) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (isCommentSource(ctx.source.slice(start, end))) ctx.removeNode(node);
  },
  definition(node, ctx) {
    // A well-formed comment line is a definition already; remove it so a later `[//]` cannot link to it.
    if (node.url === '#' && /^(\/\/|comment|_)$/i.test(node.identifier)) ctx.removeNode(node);
  },
});
