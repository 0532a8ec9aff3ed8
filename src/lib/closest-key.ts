/**
 * The known key an editor most likely meant by an unknown one: a typo (`heder-img`), another
 * separator (`header_img`), or the name other tools give the same thing (`excerpt`, `thumbnail`).
 */

/** Keys other blog engines and themes use, and ours for the same thing. */
const FOREIGN_KEYS: Record<string, string> = {
  excerpt: 'description', summary: 'description', desc: 'description', abstract: 'description',
  image: 'header-img', thumbnail: 'header-img', cover: 'header-img', 'cover-image': 'header-img',
  'featured-image': 'header-img', 'feature-image': 'header-img', 'header-image': 'header-img', headerimage: 'header-img',
  'og-image': 'header-img', banner: 'header-img', photo: 'header-img',
  category: 'tags', categories: 'tags', tag: 'tags', keywords: 'tags', topics: 'tags',
  modified: 'last_modified_at', updated: 'last_modified_at', 'last-modified': 'last_modified_at', lastmod: 'last_modified_at',
  'updated-at': 'last_modified_at', 'modified-date': 'last_modified_at', 'date-modified': 'last_modified_at',
  pubdate: 'date', 'publish-date': 'date', 'published-at': 'date', 'date-published': 'date', created: 'date', 'created-at': 'date',
  toc: 'catalog', 'table-of-contents': 'catalog',
  sticky: 'pinned', featured: 'pinned', pin: 'pinned', top: 'pinned',
  hide: 'hidden', unlisted: 'hidden',
  status: 'draft', unpublished: 'published',
  expire: 'expires', expiry: 'expires', expiration: 'expires', 'expiry-date': 'expires', 'end-date': 'expires',
  important: 'urgent', alert: 'urgent',
  headline: 'title', name: 'title',
  authors: 'author', writer: 'author', by: 'author',
  redirect: 'redirect_from', redirects: 'redirect_from', aliases: 'redirect_from',
};

const normal = (key: string) => key.trim().toLowerCase().replace(/[\s_]+/g, '-');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The known key meant by `key`, or undefined when none is close enough to suggest. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const k = normal(key);
  const exact = known.find((c) => normal(c) === k);
  if (exact) return exact;
  const foreign = FOREIGN_KEYS[k];
  if (foreign && known.includes(foreign)) return foreign;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(k, normal(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(k.length / 4)) && bestDistance < k.length ? best : undefined;
}
