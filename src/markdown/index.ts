/**
 * The Markdown pipeline. We stay on Sätteri, Astro 7's native processor, and
 * write our four small plugins against its visitor API rather than switch to
 * unified/remark: Sätteri parses and renders in Rust and applies plugin edits
 * in batches, so the per-post cost stays low at the 10,000-post scale we plan
 * for, and MDX shares the same plugins (@astrojs/mdx 8 uses the same
 * processor). The price is a younger plugin ecosystem, which four plugins of
 * ours do not need.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { markdownComments } from './comments.ts';
import { imageCaptions } from './figures.ts';
import { headingIds } from './heading-ids.ts';
import { linksAndImages, postImageFiles } from './links-and-images.ts';

export const mdastPlugins = [markdownComments, imageCaptions, postImageFiles];

export function hastPlugins(base: string) {
  return [headingIds, linksAndImages(base)];
}

export function markdownProcessor(base: string) {
  return satteri({ mdastPlugins, hastPlugins: hastPlugins(base) });
}
