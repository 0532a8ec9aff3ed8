import { describe, expect, it } from 'vitest';
import { dateListings, paginate, tagCrumbs } from '../../src/lib/listing.ts';
import { tagPath } from '../../src/lib/urls.ts';
import { buildPostIndex, type Post, type PostSource } from '../../src/lib/post-index.ts';
import { makePost, names } from '../support/make-post.ts';

const HANOI = 'Asia/Ho_Chi_Minh';

const source = (name: string, date: string, tags: string[] = []): PostSource => makePost(name, date, { tags });

/** `n` posts, one a day from 1 July 2025, newest first. */
function posts(n: number): Post[] {
  const sources = Array.from({ length: n }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return source(`2025-07-${day}-bai-${i + 1}`, `2025-07-${day} 08:00`);
  });
  return buildPostIndex(sources, { timezone: HANOI }).posts;
}

describe('paginate', () => {
  const pageSize = 10;

  it('gives an empty listing one empty page', () => {
    expect(paginate('', [], pageSize)).toEqual([
      { path: '', number: 1, totalPages: 1, posts: [], prevPath: undefined, nextPath: undefined },
    ]);
  });

  it('fits exactly one page of posts on one page', () => {
    const pages = paginate('', posts(pageSize), pageSize);
    expect(pages).toHaveLength(1);
    expect(pages[0].posts).toHaveLength(pageSize);
    expect(pages[0].nextPath).toBeUndefined();
  });

  it('puts one post more on a second page at page/2/', () => {
    const all = posts(pageSize + 1);
    const pages = paginate('', all, pageSize);
    expect(pages.map((p) => p.path)).toEqual(['', 'page/2/']);
    expect(pages.map((p) => [p.number, p.totalPages])).toEqual([[1, 2], [2, 2]]);
    expect(pages[0].posts).toEqual(all.slice(0, pageSize));
    expect(pages[1].posts).toEqual([all[pageSize]]);
  });

  it('links each page to its newer and older neighbour', () => {
    const pages = paginate('', posts(25), pageSize);
    expect(pages.map((p) => [p.prevPath, p.path, p.nextPath])).toEqual([
      [undefined, '', 'page/2/'],
      ['', 'page/2/', 'page/3/'],
      ['page/2/', 'page/3/', undefined],
    ]);
    expect(pages[2].posts).toHaveLength(5);
  });

  it('pages a tag listing under the tag’s own path', () => {
    const pages = paginate('tags/hanh-chinh/', posts(pageSize + 1), pageSize);
    expect(pages.map((p) => p.path)).toEqual(['tags/hanh-chinh/', 'tags/hanh-chinh/page/2/']);
    expect(pages[1].prevPath).toBe('tags/hanh-chinh/');
  });

  it('keeps every post exactly once, in order', () => {
    const all = posts(23);
    expect(paginate('2025/', all, 5).flatMap((p) => p.posts)).toEqual(all);
  });
});

describe('dateListings: a page for every year, month and day with posts', () => {
  const index = buildPostIndex(
    [
      source('2025-07-01-a', '2025-07-01 08:00'),
      source('2025-07-01-b', '2025-07-01 09:00'),
      source('2025-07-31-c', '2025-07-31 23:30'),
      source('2024-12-31-d', '2024-12-31 23:30'),
    ],
    { timezone: HANOI },
  );
  const listings = dateListings(index);
  const byPath = new Map(listings.map((l) => [l.path, l]));

  it('has exactly the years, months and days that have posts', () => {
    expect(listings.map((l) => [l.kind, l.path])).toEqual([
      ['year', '2025/'],
      ['month', '2025/07/'],
      ['day', '2025/07/31/'],
      ['day', '2025/07/01/'],
      ['year', '2024/'],
      ['month', '2024/12/'],
      ['day', '2024/12/31/'],
    ]);
  });

  it('titles pages in Vietnamese', () => {
    expect(byPath.get('2025/')?.title).toBe('Năm 2025');
    expect(byPath.get('2025/07/')?.title).toBe('Tháng 7, 2025');
    expect(byPath.get('2025/07/01/')?.title).toBe('Ngày 1 tháng 7, 2025');
  });

  it('gives each page breadcrumbs from the home page down', () => {
    expect(byPath.get('2025/')?.crumbs).toEqual([
      { label: 'Trang chủ', path: '' },
      { label: '2025', path: '2025/' },
    ]);
    expect(byPath.get('2025/07/')?.crumbs).toEqual([
      { label: 'Trang chủ', path: '' },
      { label: '2025', path: '2025/' },
      { label: 'Tháng 7', path: '2025/07/' },
    ]);
    expect(byPath.get('2025/07/01/')?.crumbs).toEqual([
      { label: 'Trang chủ', path: '' },
      { label: '2025', path: '2025/' },
      { label: 'Tháng 7', path: '2025/07/' },
      { label: 'Ngày 1', path: '2025/07/01/' },
    ]);
  });

  it('carries the posts of each group', () => {
    expect(names(byPath.get('2025/07/01/')!.group.posts)).toEqual(['2025-07-01-b', '2025-07-01-a']);
    expect(byPath.get('2025/07/')?.group.posts).toHaveLength(3);
  });

  it('has none for an empty index', () => {
    expect(dateListings(buildPostIndex([], { timezone: HANOI }))).toEqual([]);
  });
});

describe('tag and month paths', () => {
  it('puts a tag at tags/<slug>/ with breadcrumbs through the tag list', () => {
    const index = buildPostIndex([source('2025-07-01-a', '2025-07-01', ['Hành chính'])], { timezone: HANOI });
    const [tag] = index.tags;
    expect(tagPath(tag)).toBe('tags/hanh-chinh/');
    expect(tagCrumbs(tag)).toEqual([
      { label: 'Trang chủ', path: '' },
      { label: 'Thẻ', path: 'tags/' },
      { label: 'Hành chính', path: 'tags/hanh-chinh/' },
    ]);
  });
});
