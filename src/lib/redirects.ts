/**
 * Old addresses kept working (jekyll-redirect-from's `redirect_from`): for
 * each, a small static page that sends the reader on at once, tells search
 * engines where the post lives now and not to index the old page, and shows
 * a link for anyone whose browser does not follow the refresh. The same list
 * is written for servers that redirect themselves (Netlify/Cloudflare's
 * _redirects, and JSON for anything else), as 301s.
 */
import { site } from '../site.config.ts';
import type { PostIndex, PostRedirect } from './post-index.ts';
import { postImage } from './structured-data.ts';
import { href, redirectHref } from './urls.ts';
import { vi } from './vi.ts';

/** One redirect: both ends as links on this site (base path included), as servers need them. */
export interface RedirectRule {
  from: string;
  to: string;
  status: 301;
  /** The redirect page's file, relative to the built site. */
  file: string;
  /** The post file that asked for it, for messages. */
  post: string;
  /** The post's title, the text of the page's link. */
  title: string;
  /** The post's summary and image: a link preview of the old address (a chat app does not follow the refresh) shows the post. */
  description: string;
  image: string;
}

export function redirectRules(index: Pick<PostIndex, 'redirects'>): RedirectRule[] {
  return index.redirects.map((r: PostRedirect) => ({
    from: redirectHref(r.from),
    to: href(r.post.path),
    status: 301,
    file: r.file,
    post: r.post.filePath,
    title: r.post.title,
    description: r.post.summary,
    image: postImage(r.post),
  }));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page written at an old address. */
export function redirectPage(rule: Pick<RedirectRule, 'to' | 'title' | 'description' | 'image'>): string {
  const to = escapeHtml(rule.to);
  const canonical = escapeHtml(new URL(rule.to, site.url).href);
  const description = escapeHtml(rule.description);
  return `<!DOCTYPE html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(vi.redirect.title)} · ${escapeHtml(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${to}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(rule.title)}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta property="og:image" content="${escapeHtml(rule.image)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:description" content="${description}">
</head>
<body>
<p>${escapeHtml(vi.redirect.text)} <a href="${to}">${escapeHtml(rule.title)}</a></p>
</body>
</html>
`;
}

/** Netlify's and Cloudflare Pages' `_redirects`: one `from to 301` line per old address. */
export function redirectsFile(rules: RedirectRule[]): string {
  return rules.map((r) => `${r.from} ${r.to} 301\n`).join('');
}

/** The list as JSON (`redirects.json`): for other servers' configuration (an nginx map, say), and read back by the build. */
export function redirectsJson(rules: RedirectRule[]): string {
  return `${JSON.stringify(rules, null, 2)}\n`;
}
