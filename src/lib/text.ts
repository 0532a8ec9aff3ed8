/**
 * Plain text from Markdown source, for excerpts and descriptions. It does not
 * need a full parser: it reads the first paragraph of prose, skipping what is
 * not prose (headings, images, comments, MDX imports and components).
 */

const COMMENT_LINE = /^\[\/\/\]:\s*#/;

/** Markdown inline syntax to the text a reader sees. */
export function inlineToText(md: string): string {
  return md
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first paragraph of prose in a Markdown body, as plain text. */
export function firstParagraph(body: string): string {
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let inFence = false;
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .filter((line) => {
        const t = line.trim();
        if (/^(```|~~~)/.test(t)) {
          inFence = !inFence;
          return false;
        }
        return !inFence && t !== '' && !COMMENT_LINE.test(t) && !/^(import|export)\s/.test(t);
      })
      .map((line) => line.trim().replace(/^>\s?/, '').replace(/^([-*+]|\d+\.)\s+/, ''));
    if (lines.length === 0) continue;
    if (/^#{1,6}\s/.test(lines[0]) || /^<[A-Za-z]/.test(lines[0]) || /^([-*_])\1{2,}$/.test(lines[0])) continue;
    const textOnly = inlineToText(lines.join(' '));
    if (textOnly !== '') return textOnly;
  }
  return '';
}

/** Cut text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
