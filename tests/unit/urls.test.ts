import { describe, expect, it } from 'vitest';
import { searchableFirst, searchablePages, searchablePath } from '../../src/lib/search-pages.ts';
import {
  basePathOf,
  dayPath,
  fileOf,
  href,
  isPostPath,
  monthPath,
  navPath,
  pagePath,
  postPath,
  restParam,
  tagFeedPath,
  tagPath,
  yearPath,
} from '../../src/lib/urls.ts';

describe('urls: every path of the site, from one module', () => {
  const day = { year: 2025, month: 7, day: 1 };

  it('builds post, date, tag and feed paths', () => {
    expect(postPath(day, 'tuong-mai')).toBe('2025/07/01/tuong-mai/');
    expect(yearPath(2025)).toBe('2025/');
    expect(monthPath(2025, 7)).toBe('2025/07/');
    expect(dayPath(day)).toBe('2025/07/01/');
    expect(tagPath({ slug: 'hanh-chinh' })).toBe('tags/hanh-chinh/');
    expect(tagFeedPath({ slug: 'hanh-chinh' })).toBe('tags/hanh-chinh/feed.xml');
    expect(pagePath('tags/hanh-chinh/', 1)).toBe('tags/hanh-chinh/');
    expect(pagePath('tags/hanh-chinh/', 2)).toBe('tags/hanh-chinh/page/2/');
    expect(navPath('search')).toBe('search/');
  });

  it('tells a post path from a date archive, a paginated archive and other pages', () => {
    expect(isPostPath(postPath(day, 'a'))).toBe(true);
    for (const p of ['2025/07/01/', '2025/07/', '2025/', '2025/page/2/', 'tags/a/', '', '404.html', '2025/07/01/a/b/']) {
      expect(isPostPath(p), p).toBe(false);
    }
  });

  it('turns paths into rest parameters, files and back from URL paths under a base', () => {
    expect(restParam('2025/07/')).toBe('2025/07');
    expect(restParam('')).toBeUndefined();
    expect(fileOf('2025/07/')).toBe('2025/07/index.html');
    expect(fileOf('')).toBe('index.html');
    expect(fileOf('404.html')).toBe('404.html');
    expect(basePathOf('/staging/2025/07/', '/staging/')).toBe('2025/07/');
    expect(basePathOf('/staging', '/staging')).toBe('');
    expect(basePathOf('/other/2025/', '/staging/')).toBeUndefined();
    expect(href('2025/07/', '/staging/')).toBe('/staging/2025/07/');
  });
});

describe('searchablePages: what the search index reads', () => {
  const built = ['', '404.html', 'tags/', 'tags/a/', 'search/', 'about/', '2025/', '2025/07/01/', '2025/07/01/bai/', 'page/2/'];

  it('keeps post pages only', () => {
    expect(searchablePages(built)).toEqual(['2025/07/01/bai/']);
  });

  it('adds the standalone pages it is given', () => {
    expect(searchablePages([...built, 'lien-he/'], ['lien-he/'])).toEqual(['2025/07/01/bai/', 'lien-he/']);
  });
});

describe('searchableFirst: the order pages render in', () => {
  const page = (pathname: string, route: string) => ({ pathname, route });

  it('puts the pages the index reads first, each group in the order Astro listed it', () => {
    const listed = [
      page('/404.html', '404'),
      page('/page/2/', 'page'),
      page('/tags/a/', 'tag'),
      page('/about/', 'name'),
      page('/2025/07/02/hai/', 'path'),
      page('/2025/07/01/mot/', 'path'),
      page('/2025/07/01/', 'path'),
      page('/lien-he/', 'name'),
    ];
    expect(searchableFirst(listed, searchablePath(['about/', 'lien-he/'])).map((p) => p.pathname)).toEqual([
      '/about/',
      '/2025/07/02/hai/',
      '/2025/07/01/mot/',
      '/lien-he/',
      '/404.html',
      '/page/2/',
      '/tags/a/',
      '/2025/07/01/',
    ]);
  });

  it('keeps two routes of one path in their order, so the same one is rendered and the other reported', () => {
    const listed = [page('/tags/', 'tags'), page('/about/', 'static'), page('/x/', 'other'), page('/about/', 'name')];
    expect(searchableFirst(listed, searchablePath(['about/'])).map((p) => `${p.pathname} ${p.route}`)).toEqual([
      '/about/ static',
      '/about/ name',
      '/tags/ tags',
      '/x/ other',
    ]);
  });
});
