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
  const used = new Set<string>();
  return defineHastPlugin({
    name: 'heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (node.properties?.id) return;
        const base = slugify(ctx.textContent(node)) || 'muc';
        // "Bước", "Bước", "Bước 1" -> buoc, buoc-2, buoc-1: a number is added until the id is free.
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        ctx.setProperty(node, 'id', id);
      },
    },
  });
};
