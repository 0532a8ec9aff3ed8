/**
 * Listings: the pages that list posts (home, a tag, a year, a month, a day),
 * each split into pages of the site's page size. Pure: routes turn these
 * into getStaticPaths entries.
 */
import type { DayGroup, MonthGroup, Post, PostIndex, TagGroup, YearGroup } from './post-index.ts';
import type { Crumb } from './structured-data.ts';
import { homePath, pagePath, tagPath, tagsPath } from './urls.ts';
import { vi } from './vi.ts';

export interface Page {
  /** Base-relative path of this page. */
  path: string;
  /** 1-based. */
  number: number;
  totalPages: number;
  posts: Post[];
  /** The newer page, if any. */
  prevPath?: string;
  /** The older page, if any. */
  nextPath?: string;
}

/** Split a listing into pages; an empty listing still has one (empty) page. */
export function paginate(listingPath: string, posts: readonly Post[], pageSize: number): Page[] {
  const totalPages = Math.max(1, Math.ceil(posts.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const n = i + 1;
    return {
      path: pagePath(listingPath, n),
      number: n,
      totalPages,
      posts: posts.slice(i * pageSize, n * pageSize),
      prevPath: n > 1 ? pagePath(listingPath, n - 1) : undefined,
      nextPath: n < totalPages ? pagePath(listingPath, n + 1) : undefined,
    };
  });
}

interface ListingText {
  path: string;
  title: string;
  description: string;
  crumbs: Crumb[];
}
export type DateListing =
  | (ListingText & { kind: 'year'; group: YearGroup })
  | (ListingText & { kind: 'month'; group: MonthGroup })
  | (ListingText & { kind: 'day'; group: DayGroup });

const home: Crumb = { label: vi.nav.home, path: homePath };

/** Breadcrumbs of a page that hangs off the home page: Trang chủ › label. */
export function topCrumbs(label: string, path: string): Crumb[] {
  return [home, { label, path }];
}

/** Every year, month and day that has posts, with its title and breadcrumbs. */
export function dateListings(index: PostIndex): DateListing[] {
  const out: DateListing[] = [];
  for (const y of index.years) {
    const yearCrumb: Crumb = { label: String(y.year), path: y.path };
    out.push({
      kind: 'year',
      path: y.path,
      title: vi.yearTitle(y.year),
      description: vi.yearDescription(y.year),
      crumbs: [home, yearCrumb],
      group: y,
    });
    for (const m of y.months) {
      const monthCrumb: Crumb = { label: vi.monthShort(m.month), path: m.path };
      out.push({
        kind: 'month',
        path: m.path,
        title: vi.monthTitle(m.month, m.year),
        description: vi.monthDescription(m.month, m.year),
        crumbs: [home, yearCrumb, monthCrumb],
        group: m,
      });
      for (const d of m.days) {
        out.push({
          kind: 'day',
          path: d.path,
          title: vi.dayTitle(d.date),
          description: vi.dayDescription(d.date),
          crumbs: [home, yearCrumb, monthCrumb, { label: vi.dayShort(d.date.day), path: d.path }],
          group: d,
        });
      }
    }
  }
  return out;
}

export function tagCrumbs(tag: TagGroup): Crumb[] {
  return [...topCrumbs(vi.tagsTitle, tagsPath), { label: tag.name, path: tagPath(tag) }];
}
