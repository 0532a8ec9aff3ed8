/**
 * A post as listings show it (home, tags, date archives): title, subtitle, date, tags, excerpt.
 * Written as a string, not an Astro component, because each post appears in about seven listings
 * (home, year, month, day, each of its tags): it is rendered once and the same HTML reused, where a
 * component would be rendered again, with its date and tag list, in every one (0.4 s of Astro's
 * rendering at 2,000 posts). The date and the tag list are the same markup as on a post's page:
 * PostDate.astro and TagList.astro are thin wrappers over the functions here.
 * Escaped exactly as Astro escapes expressions, so the pages are byte for byte what the components made.
 */
import { site } from '../site.config.ts';
import { isoWithOffset, localDate } from './dates.ts';
import type { Post, TagRef } from './post-index.ts';
import { href, tagPath } from './urls.ts';
import { formatDateVi, vi } from './vi.ts';

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text between tags, as Astro escapes `{expression}`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]);
}

/** An attribute's value in double quotes, as Astro escapes `attr={expression}`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** A date as residents read it ("1 tháng 7, 2025"), with the exact instant and offset for machines. */
export function postDateHtml(date: Date, className?: string): string {
  const cls = className === undefined ? '' : ` class="${escapeAttribute(className)}"`;
  const text = formatDateVi(localDate(date, site.timezone));
  return `<time${cls} datetime="${escapeAttribute(isoWithOffset(date, site.timezone))}">${escapeText(text)}</time>`;
}

/** A post's tags as links to their pages; nothing when it has none. */
export function tagListHtml(tags: readonly TagRef[]): string {
  if (tags.length === 0) return '';
  const items = tags.map((t) => `<li><a class="tag" href="${escapeAttribute(href(tagPath(t)))}">${escapeText(t.name)}</a></li>`);
  return `<ul class="tag-list" aria-label="${escapeAttribute(vi.tagsLabel)}">${items.join('')}</ul>`;
}

// By post object: `astro dev` builds a new index (new objects) when content changes.
const summaries = { plain: new WeakMap<Post, string>(), pinned: new WeakMap<Post, string>() };

/** @param pinned pinned to the top of this listing (the home page's pinned posts): marked as such. */
export function postSummaryHtml(post: Post, pinned = false): string {
  const cache = pinned ? summaries.pinned : summaries.plain;
  let html = cache.get(post);
  if (html === undefined) {
    html =
      `<article class="post-summary"><h2 class="post-summary__title"><a href="${escapeAttribute(href(post.path))}">${escapeText(post.title)}</a></h2>` +
      (post.subtitle ? `<p class="post-summary__subtitle">${escapeText(post.subtitle)}</p>` : '') +
      '<p class="post-summary__meta">' +
      (pinned ? `<span class="badge badge--pinned">${escapeText(vi.notices.pinned)}</span>` : '') +
      (post.expired ? `<span class="badge badge--expired">${escapeText(vi.notices.expired)}</span>` : '') +
      `${postDateHtml(post.date)}</p>` +
      (post.excerpt ? `<p class="post-summary__excerpt">${escapeText(post.excerpt)}</p>` : '') +
      `${tagListHtml(post.tags)}</article>`;
    cache.set(post, html);
  }
  return html;
}
