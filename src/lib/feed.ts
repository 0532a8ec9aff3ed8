/**
 * RSS items from posts. Everything that reaches the XML passes through
 * xmlText first: XML 1.0 forbids most control characters even when escaped,
 * so one stray \u0008 pasted into a title would make every reader reject
 * the whole feed. Escaping of & < > " is left to @astrojs/rss's XML builder.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { site } from '../site.config.ts';
import type { Post } from './post-index.ts';
import { absoluteUrl } from './urls.ts';

// Characters XML 1.0 does not allow, in any form; lone surrogates included.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escape text for hand-written XML (the channel's custom elements). */
export function escapeXml(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const URL_ATTRS = /(\s(?:src|href|poster|cite|data))=("([^"]*)"|'([^']*)')/gi;
const SRCSET_ATTR = /(\ssrcset)=("([^"]*)"|'([^']*)')/gi;

function absolute(value: string, pageUrl: string): string {
  const v = value.trim();
  if (v === '' || /^[a-z][a-z0-9+.-]*:/i.test(v)) return value;
  try {
    return new URL(v, pageUrl).href;
  } catch {
    return value;
  }
}

// A start tag, its quoted attribute values read whole (a value may hold > or a quote of the other kind).
const START_TAG = /<[A-Za-z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/**
 * Make every relative src/href/srcset in a fragment of HTML absolute, as feed
 * readers need. Only attributes of real tags change: `href="/…"` written as
 * text (in <code>, escaped as &lt;a href=…) is the post's text and stays as written.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(START_TAG, (tag) => absolutizeTag(tag, pageUrl));
}

function absolutizeTag(tag: string, pageUrl: string): string {
  return tag
    .replace(URL_ATTRS, (_m, attr: string, _q, dq?: string, sq?: string) => {
      const value = dq ?? sq ?? '';
      // In-page anchors stay in the page: a reader shows the post out of context.
      const abs = value.startsWith('#') ? pageUrl + value : absolute(value, pageUrl);
      return `${attr}="${abs.replace(/"/g, '&quot;')}"`;
    })
    .replace(SRCSET_ATTR, (_m, attr: string, _q, dq?: string, sq?: string) => {
      const list = (dq ?? sq ?? '')
        .split(',')
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, pageUrl), ...descriptor].join(' ');
        })
        .join(', ');
      return `${attr}="${list.replace(/"/g, '&quot;')}"`;
    });
}

export function feedItem(post: Post, html: string): RSSFeedItem {
  const link = absoluteUrl(post.path);
  return {
    title: xmlText(post.title),
    link,
    pubDate: post.date,
    description: xmlText(post.summary),
    content: xmlText(absolutizeHtml(html, link)),
    categories: post.tags.map((t) => xmlText(t.name)),
    customData: `<dc:creator>${escapeXml(post.author)}</dc:creator>`,
  };
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Base-relative path of the feed itself, for atom:link rel=self. */
  feedPath: string;
  /** Base-relative path of the page the feed mirrors. */
  pagePath: string;
}

/** Options for @astrojs/rss: channel fields, namespaces, self link, build date. */
export function feedOptions(channel: FeedChannel, posts: readonly Post[], items: RSSFeedItem[]) {
  // The newest change, not the clock: rebuilding unchanged content gives the same feed.
  // An empty feed has no build date rather than one in 1970.
  const changed = posts.reduce<Date | undefined>((d, p) => (!d || p.updated > d ? p.updated : d), undefined);
  return {
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site: absoluteUrl(channel.pagePath),
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      content: 'http://purl.org/rss/1.0/modules/content/',
      dc: 'http://purl.org/dc/elements/1.1/',
    },
    customData:
      `<language>${site.lang}</language>` +
      (changed ? `<lastBuildDate>${changed.toUTCString()}</lastBuildDate>` : '') +
      `<atom:link href="${escapeXml(absoluteUrl(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}

/** A whole feed of the newest posts of a list, with their bodies: what the feed routes return. */
export async function buildFeed(channel: FeedChannel, posts: readonly Post[], body: (post: Post) => Promise<string>) {
  const newest = posts.slice(0, site.feedSize);
  const items = await Promise.all(newest.map(async (p) => feedItem(p, await body(p))));
  return feedOptions(channel, newest, items);
}
