/**
 * Heading ids as plain ASCII slugs ("Phần một" -> #phan-mot), the same
 * Vietnamese-aware slugs as tags, so a link to a section can be typed, shared
 * in a chat app and read back. Astro's own ids keep the tone marks, which
 * turn into %-escapes when copied. Runs before Astro's heading-ids plugin,
 * which keeps an id that is already there.
 */
import { defineHastPlugin } from 'satteri';
import { slugify } from '../lib/slugs.ts';

// A factory: Sätteri calls it once per document, so numbering starts afresh in each post.
export const headingIds = () => {
  const seen = new Map<string, number>();
  return defineHastPlugin({
    name: 'heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (node.properties?.id) return;
        const base = slugify(ctx.textContent(node)) || 'muc';
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        ctx.setProperty(node, 'id', n === 0 ? base : `${base}-${n}`);
      },
    },
  });
};
