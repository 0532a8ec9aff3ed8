/**
 * A post's body as an HTML string, for feeds. Markdown and MDX both render
 * through Astro's container, so MDX components come out as they do on the
 * page. Memoised: a post appears in the site feed and in each of its tags'.
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { postBodyHtml } from './images.ts';
import type { Post } from './post-index.ts';
import { getPostEntry } from './posts.ts';

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
      const { Content } = await render(await getPostEntry(post));
      // Feed readers get one large resized JPEG per local photo, never the original.
      return postBodyHtml(await (await container).renderToString(Content), { feed: true });
    })();
    bodies.set(post.id, html);
  }
  return html;
}
