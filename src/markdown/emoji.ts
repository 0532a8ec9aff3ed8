/**
 * jemoji's `:smile:` shortcodes become the emoji, by GitHub's own name table
 * (the gemoji package, the list jemoji reads). Unknown names (`:abc:`, a time
 * like 10:30:45) stay text. Code is never touched: only text nodes are.
 */
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { replaceEmoji, SHORTCODE } from '../lib/emoji.ts';

export const emojiShortcodes = (factory: PluginFactoryContext) =>
  SHORTCODE.test(factory.source) &&
  defineMdastPlugin({
    name: 'jemoji',
    text(node, ctx) {
      const value = replaceEmoji(node.value);
      if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
    },
  });
