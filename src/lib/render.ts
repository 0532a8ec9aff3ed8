/**
 * Posts and pages rendered: `renderEntry` for pages, `postHtml` (a post's body as an HTML string)
 * for feeds. Markdown and MDX both render through Astro's container, so MDX components come out
 * as they do on the page. Memoised: a post appears in the site feed and in each of its tags'.
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render, type CollectionEntry } from 'astro:content';
import { postBodyHtml } from './images.ts';
import type { Post } from './post-index.ts';
import { getPostEntry } from './posts.ts';
import { withKeptHtml } from './rendered-html.ts';

/**
 * Astro's render() of a post or page whose HTML the store does not keep (rendered-html.ts): the
 * HTML is read from its file for this page, and the store stays without it.
 */
export async function renderEntry<C extends 'posts' | 'pages'>(entry: CollectionEntry<C>): ReturnType<typeof render> {
  return render(withKeptHtml(entry));
}

let container: Promise<AstroContainer> | undefined;

async function createContainer(): Promise<AstroContainer> {
  const c = await AstroContainer.create();
  // MDX bodies are JSX components: the container needs MDX's server renderer to turn them into HTML.
  c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  return c;
}
const bodies = new Map<string, Promise<string>>();

export function postHtml(post: Post): Promise<string> {
  let html = bodies.get(post.id);
  if (!html) {
    html = (async () => {
      container ??= createContainer();
      const { Content } = await renderEntry(await getPostEntry(post));
      // Feed readers get one large resized JPEG per local photo, never the original.
      return postBodyHtml(await (await container).renderToString(Content), { feed: true });
    })();
    bodies.set(post.id, html);
  }
  return html;
}
