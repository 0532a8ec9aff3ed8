/**
 * Content images load lazily: residents read on phones, often on mobile data,
 * and a post's photos sit below the fold. Remote images are left as plain
 * <img> (Astro only fetches remote images that image.domains allows, and we
 * allow none), so builds never touch the network.
 */
import { defineHastPlugin } from 'satteri';

export const lazyImages = defineHastPlugin({
  name: 'lazy-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      ctx.setProperty(node, 'loading', 'lazy');
      ctx.setProperty(node, 'decoding', 'async');
    },
  },
});
