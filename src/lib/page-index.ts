/**
 * Standalone pages (Giới thiệu, Liên hệ): each file of src/content/pages is
 * one page at /<file name>/. Pure: src/lib/pages.ts feeds it the collection.
 */
import type { PageData } from './page-schema.ts';
import { say } from './messages.ts';
import { slugify } from './slugs.ts';
import { reservedTopLevel, sitePagePath } from './urls.ts';
import { collator } from './vi.ts';

export interface PageSource {
  /** Collection id: the file name with its extension (lien-he.md). */
  id: string;
  filePath: string;
  data: PageData;
}

export interface SitePage {
  id: string;
  filePath: string;
  /** The file name without extension: the URL's one segment. */
  name: string;
  /** Base-relative URL path: 'lien-he/'. */
  path: string;
  title: string;
  description: string;
  navOrder?: number;
  updated?: Date;
  /** Show the contact points and official links from the site config under the text. */
  contacts: boolean;
}

export interface PageIndex {
  /** Every page, by name. */
  pages: SitePage[];
  byName: Map<string, SitePage>;
  /** Pages in the main menu, by their `nav` order, then title. */
  nav: SitePage[];
}

export class PageIndexError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The pages have ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PageIndexError';
    this.problems = problems;
  }
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The page a file is: lien-he.md -> 'lien-he', its URL's one segment. */
export function pageName(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.(md|mdx)$/i, '');
}

export function buildPageIndex(sources: readonly PageSource[]): PageIndex {
  const problems: string[] = [];
  const byName = new Map<string, SitePage>();
  for (const source of sources) {
    const name = pageName(source.id);
    const where = source.filePath;
    if (!NAME.test(name)) {
      const suggestion = slugify(name) || 'lien-he';
      problems.push(`${where}: ${say('page.badName', { suggestion })}`);
      continue;
    }
    if (reservedTopLevel.includes(name) || /^\d{4}$/.test(name)) {
      problems.push(`${where}: ${say('page.reservedName', { name })}`);
      continue;
    }
    const clash = byName.get(name);
    if (clash) {
      problems.push(`${where}: ${say('page.duplicateUrl', { name, other: clash.filePath })}`);
      continue;
    }
    byName.set(name, {
      id: source.id,
      filePath: where,
      name,
      path: sitePagePath(name),
      title: source.data.title,
      description: source.data.description,
      navOrder: source.data.navOrder,
      updated: source.data.updated,
      contacts: source.data.contacts,
    });
  }
  if (problems.length > 0) throw new PageIndexError(problems);
  const pages = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  const nav = pages
    .filter((p) => p.navOrder !== undefined)
    .sort((a, b) => a.navOrder! - b.navOrder! || collator.compare(a.title, b.title));
  return { pages, byName, nav };
}
