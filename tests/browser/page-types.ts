/**
 * One page of every kind the fixture site has (base-relative paths), for
 * the tests that must see them all: the policy, accessibility, Lighthouse.
 * `ready` is what shows the page is done (search results).
 */
export interface PageType {
  name: string;
  path: string;
  ready?: string;
}

export const POST = '2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';

export const pageTypes: PageType[] = [
  { name: 'home', path: '' },
  { name: 'home page 2', path: 'page/2/' },
  { name: 'post', path: POST },
  { name: 'MDX post', path: '2025/09/10/bai-mdx/' },
  { name: 'post with raw HTML', path: '2025/09/11/html-tho/' },
  { name: 'archive', path: 'archive/' },
  { name: 'year', path: '2025/' },
  { name: 'month', path: '2025/07/' },
  { name: 'day', path: '2025/07/01/' },
  { name: 'tags', path: 'tags/' },
  { name: 'tag', path: 'tags/hanh-chinh/' },
  { name: 'tag page 2', path: 'tags/hai-trang/page/2/' },
  { name: 'about', path: 'about/' },
  { name: 'search', path: 'search/' },
  { name: 'search with results', path: 'search/?q=dong+da', ready: '#search-results .search-result' },
  { name: 'not found', path: '404.html' },
];
