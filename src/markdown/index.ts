/**
 * The Markdown pipeline. We stay on Sätteri, Astro 7's native processor, and
 * write our small plugins against its visitor API rather than switch to
 * unified/remark: Sätteri parses and renders in Rust and applies plugin edits
 * in batches, so the per-post cost stays low at the 10,000-post scale we plan
 * for, and MDX shares the same plugins (@astrojs/mdx 8 uses the same
 * processor). The price is a younger plugin ecosystem, which our plugins do
 * not need.
 *
 * Posts imported from Jekyll are written in kramdown, whose syntax CommonMark
 * shows as text; Sätteri's own features cover footnotes, definition lists,
 * `{#id}` on headings and `$$` maths, and our plugins the rest (attribute
 * lists, abbreviations, table footers, `markdown="1"`, `{:toc}`, jemoji).
 * Most plugins are factories that leave themselves out of a post whose source
 * cannot use them, so a plain post pays for none of them.
 */
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { abbreviationDefinitionLines, abbreviationUses } from './abbreviations.ts';
import { attributeLists } from './attributes.ts';
import { markdownComments } from './comments.ts';
import { emojiShortcodes } from './emoji.ts';
import { features } from './features.ts';
import { sourceDigest } from '../lib/source-digest.ts';
import { imageCaptions } from './figures.ts';
import { headingIds } from './heading-ids.ts';
import { huxLayoutInMdx } from './hux-layout.ts';
import { languageBlocks } from './languages.ts';
import { linksAndImages, postImageFiles } from './links-and-images.ts';
import { markdownInHtml } from './markdown-in-html.ts';
import { dollarMath, mathToMathml } from './math.ts';
import { tableSections } from './table-sections.ts';
import { kramdownToc } from './toc.ts';

export { features };

export const mdastPlugins = [
  huxLayoutInMdx,
  // First, so the Markdown inside `markdown="1"` blocks meets every later plugin.
  markdownInHtml,
  languageBlocks,
  attributeLists,
  abbreviationDefinitionLines,
  abbreviationUses,
  emojiShortcodes,
  dollarMath,
  markdownComments,
  imageCaptions,
  postImageFiles,
];

export function hastPlugins(base: string) {
  // The table of contents reads the ids heading-ids gives, so it comes after it.
  return [tableSections, mathToMathml, headingIds, kramdownToc, linksAndImages(base)];
}

export function markdownProcessor(base: string) {
  const processor = satteri({ mdastPlugins, hastPlugins: hastPlugins(base), features });
  // Astro clears its content cache (rendered Markdown) only when its config's JSON changes, and
  // plugins are functions, which have none: the digest of their source stands in for them, so a
  // change to a plugin renders every post again even in a build that keeps the cache.
  Object.assign(processor.options, { source: sourceDigest(fileURLToPath(import.meta.url)) });
  return processor;
}
