/**
 * Hux's `layout: post` / `layout: keynote` is a value of our schema, but in
 * an MDX file Astro reads a front matter `layout` as a layout component to
 * import, and the build fails on `import … from "keynote"`. For MDX the key
 * is taken out of what the compiler sees (the post's data, read by the
 * content loader, keeps it). A factory that adds no plugin: it only edits
 * the front matter before the compile starts.
 */
import type { PluginFactoryContext } from 'satteri';

export const HUX_LAYOUTS = new Set(['post', 'keynote']);

export function huxLayoutInMdx(factory: PluginFactoryContext): false {
  const frontmatter = (factory.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  if (factory.sourceFormat === 'mdx' && frontmatter && HUX_LAYOUTS.has(String(frontmatter.layout))) delete frontmatter.layout;
  return false;
}
