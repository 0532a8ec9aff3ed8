/**
 * JSON-LD and link-preview data. Serialised so that no title or tag can end
 * the <script> element or open markup inside it: JSON.stringify leaves `<`,
 * `>` and `&` as they are, so `</script>` in a title would close the element.
 */
import { site } from '../site.config.ts';
import { isoWithOffset } from './dates.ts';
import type { Post } from './post-index.ts';
import { absoluteAssetUrl, absoluteUrl, homePath, searchPath } from './urls.ts';

export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const publisher = () => ({
  // An Organization, not a GovernmentOrganization: the site is a community one (site.publisher).
  '@type': 'Organization',
  name: site.publisher,
  url: absoluteUrl(homePath),
  logo: { '@type': 'ImageObject', url: absoluteAssetUrl('/favicon.svg') },
});

export function postImage(post: Post): string {
  return absoluteAssetUrl(post.headerImage ?? site.defaultImage);
}

/** `image`: the link-preview picture's absolute URL (see link-preview.ts), else the header image as written. */
export function newsArticle(post: Post, image: string = postImage(post)) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title,
    description: post.summary,
    mainEntityOfPage: absoluteUrl(post.path),
    url: absoluteUrl(post.path),
    image: [image],
    datePublished: isoWithOffset(post.date, site.timezone),
    dateModified: isoWithOffset(post.updated, site.timezone),
    author: [{ '@type': 'Organization', name: post.author }],
    publisher: publisher(),
    keywords: post.tags.map((t) => t.name),
    inLanguage: site.lang,
  };
}

export function webSite() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    description: site.description,
    url: absoluteUrl(homePath),
    inLanguage: site.lang,
    publisher: publisher(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(searchPath)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface Crumb {
  label: string;
  /** Base-relative path; the current page has none. */
  path?: string;
}

export function breadcrumbList(crumbs: Crumb[], currentPath: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: absoluteUrl(c.path ?? currentPath),
    })),
  };
}
