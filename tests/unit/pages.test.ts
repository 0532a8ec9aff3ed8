import { describe, expect, it } from 'vitest';
import { buildPageIndex, PageIndexError, type PageSource } from '../../src/lib/page-index.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';
import { isPageFile, standalonePagePaths } from '../../src/lib/page-files.ts';

const schema = pageSchema({ timezone: 'Asia/Ho_Chi_Minh' });

function errors(frontMatter: Record<string, unknown>): string {
  const result = schema.safeParse(frontMatter);
  expect(result.success, 'front matter should be rejected').toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

function source(id: string, data: Partial<PageSource['data']> = {}): PageSource {
  return {
    id,
    filePath: `src/content/pages/${id}`,
    data: { title: `Trang ${id}`, description: 'Mô tả.', navOrder: undefined, updated: undefined, contacts: false, ...data },
  };
}

function problemsOf(sources: PageSource[]): string[] {
  try {
    buildPageIndex(sources);
  } catch (err) {
    expect(err).toBeInstanceOf(PageIndexError);
    return (err as PageIndexError).problems;
  }
  throw new Error('expected buildPageIndex to throw');
}

describe('the page front matter', () => {
  it('reads title, description, nav order, updated (Hà Nội time) and contacts', () => {
    const data = schema.parse({ title: 'Liên hệ', description: 'Cách liên hệ.', nav: 2, updated: '2026-01-15 09:00', contacts: true });
    expect(data).toEqual({
      title: 'Liên hệ',
      description: 'Cách liên hệ.',
      navOrder: 2,
      updated: new Date('2026-01-15T02:00:00Z'),
      contacts: true,
    });
    expect(schema.parse({ title: 'A', description: 'B' })).toEqual({ title: 'A', description: 'B', navOrder: undefined, updated: undefined, contacts: false });
  });

  it('names every problem by its field, unknown keys included', () => {
    const found = errors({ title: 'A', nav: 1.5, updated: 'hôm qua', tittle: 'x' });
    expect(found).toContain('tittle: unknown front matter key; check the spelling (known keys: title, description, nav, updated, contacts)');
    expect(found).toContain('description is required');
    expect(found).toContain('nav: nav must be a whole number such as 1 (its place in the main menu, after Tìm kiếm)');
    expect(found).toContain('updated "hôm qua" is not a date');
    expect(found.match(/^\w+:/gm)).toEqual(['tittle:', 'description:', 'nav:', 'updated:']);
  });
});

describe('the page index', () => {
  it('puts each page at /<file name>/ and the menu in nav order', () => {
    const index = buildPageIndex([
      source('lien-he.md', { navOrder: 2 }),
      source('about.md', { navOrder: 1 }),
      source('quy-che.mdx'),
    ]);
    expect(index.pages.map((p) => [p.name, p.path])).toEqual([
      ['about', 'about/'],
      ['lien-he', 'lien-he/'],
      ['quy-che', 'quy-che/'],
    ]);
    expect(index.nav.map((p) => p.name)).toEqual(['about', 'lien-he']);
    expect(index.byName.get('lien-he')?.title).toBe('Trang lien-he.md');
  });

  it('refuses file names that are not URL-safe, that the site already uses, or twice the same', () => {
    expect(problemsOf([source('Liên hệ.md'), source('archive.md'), source('2025.md'), source('about.md'), source('about.mdx')])).toEqual([
      "src/content/pages/Liên hệ.md: Tên tệp là địa chỉ của trang, nên chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang. Hãy đổi tên tệp, ví dụ “lien-he.md”.\nthe file name is the page's URL; use lower-case letters without tone marks, digits and hyphens, such as lien-he.md.",
      'src/content/pages/archive.md: Địa chỉ /archive/ đã là một trang của trang web (danh sách, tìm kiếm, lưu trữ). Hãy đặt tên khác cho tệp.\n/archive/ is already a page of the site (lists, search, archives); rename the file.',
      'src/content/pages/2025.md: Địa chỉ /2025/ đã là một trang của trang web (danh sách, tìm kiếm, lưu trữ). Hãy đặt tên khác cho tệp.\n/2025/ is already a page of the site (lists, search, archives); rename the file.',
      'src/content/pages/about.mdx: Trang này có cùng địa chỉ /about/ với tệp “src/content/pages/about.md”. Hãy giữ lại một trong hai tệp.\nits URL /about/ is also the URL of src/content/pages/about.md; keep one of the two files.',
    ]);
  });
});

describe('the pages folder, as build steps outside the content layer read it', () => {
  it('gives the paths of the site’s pages, for the search index', () => {
    expect(standalonePagePaths('src/content/pages').sort()).toEqual(['about/', 'lien-he/']);
  });

  it('reads .md and .mdx files not starting with _, like the collection', () => {
    expect(['a.md', 'b.mdx', '_nhap.md', 'c.markdown', 'd.txt'].filter(isPageFile)).toEqual(['a.md', 'b.mdx']);
  });
});
