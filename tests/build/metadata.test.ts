/** What link previews (Facebook, Zalo) and search engines read in each page head. */
import { describe, expect, it } from 'vitest';
import { jsonLd, page, text } from './html.ts';
import { listDist, readDist } from './sites.ts';

const POST = '/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';
const meta = (doc: ReturnType<typeof page>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('a post page head', () => {
  const doc = page('site', POST);

  it('has the title, description and canonical URL', () => {
    expect(text(doc.querySelector('title'))).toBe('Tương Mai với mô hình chính quyền hai cấp · Phường Tương Mai');
    expect(meta(doc, 'description')).toBe('Gần dân hơn, kiến tạo hơn');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`https://tuongmai.com${POST}`);
  });

  it('previews as an article with its image, dates and tags', () => {
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:locale')).toBe('vi_VN');
    expect(meta(doc, 'og:url')).toBe(`https://tuongmai.com${POST}`);
    // The header photo, cropped to the 1200×630 picture link previews want.
    expect(meta(doc, 'og:image')).toMatch(/^https:\/\/tuongmai\.com\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-og\.jpg$/);
    expect(meta(doc, 'og:image:type')).toBe('image/jpeg');
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(doc, 'og:image:alt')).toBe('Ảnh của bài “Tương Mai với mô hình chính quyền hai cấp”');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));
    expect(meta(doc, 'article:published_time')).toBe('2025-07-01T00:00:01+07:00');
    expect(meta(doc, 'article:modified_time')).toBe('2025-07-01T00:00:01+07:00');
    expect(doc.querySelectorAll('meta[property="article:tag"]').map((m) => m.getAttribute('content'))).toEqual(['Hành chính']);
  });

  it('describes the post as a NewsArticle in JSON-LD', () => {
    const [article] = jsonLd(doc);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Tương Mai với mô hình chính quyền hai cấp',
      datePublished: '2025-07-01T00:00:01+07:00',
      dateModified: '2025-07-01T00:00:01+07:00',
      author: [{ name: 'tuongmai.com' }],
      image: [meta(doc, 'og:image')],
      publisher: { '@type': 'Organization', name: 'Trang tin cộng đồng phường Tương Mai' },
    });
  });
});

describe('other pages', () => {
  it('the home page is the WebSite, previewed with the site image', () => {
    const doc = page('site', '/');
    expect(text(doc.querySelector('title'))).toBe('Phường Tương Mai');
    expect(meta(doc, 'og:type')).toBe('website');
    expect(meta(doc, 'og:image')).toBe('https://tuongmai.com/og/site.png');
    expect(jsonLd(doc)[0]).toMatchObject({ '@type': 'WebSite', name: 'Phường Tương Mai', url: 'https://tuongmai.com/' });
  });

  it('archive pages carry their breadcrumbs as a BreadcrumbList', () => {
    const doc = page('site', '/2025/07/');
    expect(text(doc.querySelector('title'))).toBe('Tháng 7, 2025 · Phường Tương Mai');
    const [crumbs] = jsonLd(doc);
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList' });
    expect((crumbs.itemListElement as { name: string; item: string }[]).map((c) => [c.name, c.item])).toEqual([
      ['Trang chủ', 'https://tuongmai.com/'],
      ['2025', 'https://tuongmai.com/2025/'],
      ['Tháng 7', 'https://tuongmai.com/2025/07/'],
    ]);
  });

  it('a post updated later says so: modified time from last_modified_at', () => {
    const doc = page('fixture', '/2025/10/01/cum-tu-chinh-xac/');
    expect(meta(doc, 'article:modified_time')).toBe('2025-10-05T10:00:00+07:00');
    expect(jsonLd(doc)[0].dateModified).toBe('2025-10-05T10:00:00+07:00');
    expect(text(doc.querySelector('.post-header__meta'))).toContain('Cập nhật ngày 5 tháng 10, 2025');
  });
});

describe('a title that tries to break out of its element', () => {
  const path = '/2025/08/10/ky-tu-dac-biet/';
  const html = readDist('fixture', `${path.slice(1)}index.html`);
  const doc = page('fixture', path);
  const title = 'Thông báo A & B <b>đậm</b> "trích" </script><script>alert(1)</script> chuông';

  it('is escaped in the HTML: no markup of its own gets in', () => {
    expect(text(doc.querySelector('h1'))).toBe(title);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    // Inside quoted attributes `<` is plain text; the only script is the JSON-LD.
    expect(doc.querySelectorAll('script').map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(doc.querySelector('h1')!.innerHTML).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('leaves JSON-LD parseable, holding the same string', () => {
    const scripts = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)!;
    expect(scripts).toHaveLength(1);
    const [article] = jsonLd(doc);
    expect(article.headline).toBe(title);
    expect(article.keywords).toEqual(['A & B <c>', '</script>']);
  });
});

describe('valid, distinguishable markup in every head and landmark', () => {
  // Public pages; the editor at /admin/ is tested in admin.test.ts.
  const htmlFiles = listDist('fixture').filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));

  it('gives every <meta> a name, property, charset or http-equiv (the search facets included)', () => {
    const nameless: string[] = [];
    for (const file of htmlFiles) {
      for (const m of page('fixture', `/${file}`).querySelectorAll('meta')) {
        if (!['name', 'property', 'charset', 'http-equiv'].some((a) => m.hasAttribute(a))) nameless.push(`${file}: ${m.outerHTML}`);
      }
    }
    expect(nameless).toEqual([]);
    const facets = page('fixture', POST).querySelectorAll('meta[data-pagefind-filter], meta[data-pagefind-sort], meta[data-pagefind-meta]');
    expect(facets.map((m) => m.getAttribute('name'))).toEqual(['pagefind-tag', 'pagefind-sort-date', 'pagefind-date', 'pagefind-image']);
  });

  it('labels the two search forms of /404.html differently', () => {
    const forms = page('fixture', '/404.html').querySelectorAll('[role="search"]');
    expect(forms.map((f) => f.getAttribute('aria-label'))).toEqual(['Tìm kiếm trên trang', 'Tìm trang bạn cần']);
  });

  it('names every search landmark, on every page, uniquely within its page', () => {
    for (const file of htmlFiles) {
      const labels = page('fixture', `/${file}`).querySelectorAll('[role="search"]').map((f) => f.getAttribute('aria-label') ?? '');
      expect(labels.every((l) => l !== ''), file).toBe(true);
      expect(new Set(labels).size, file).toBe(labels.length);
    }
  });
});

describe('descriptions are never empty', () => {
  const cases = [
    ['/2024/03/16/mo-dau-bang-html/', '(Tin kiểm tra) - Đoạn mở đầu bắt đầu bằng chữ đậm viết bằng HTML, như các bài chép từ trang cũ.'],
    ['/2024/03/17/chi-co-anh/', 'Ảnh thử: sân trước trụ sở'],
  ] as const;

  for (const [path, expected] of cases) {
    it(`${path}: meta description, og:description, twitter:description and JSON-LD say "${expected.slice(0, 30)}…"`, () => {
      const doc = page('fixture', path);
      expect(meta(doc, 'description')).toBe(expected);
      expect(meta(doc, 'og:description')).toBe(expected);
      expect(meta(doc, 'twitter:description')).toBe(expected);
      expect(jsonLd(doc)[0].description).toBe(expected);
    });
  }

  it('no page of the fixture site has an empty description anywhere in its head', () => {
    for (const file of listDist('fixture').filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const doc = page('fixture', `/${file}`);
      for (const key of ['description', 'og:description', 'twitter:description']) expect(meta(doc, key)?.trim(), `${file} ${key}`).toBeTruthy();
      for (const ld of jsonLd(doc)) if ('description' in ld) expect(String(ld.description).trim(), file).not.toBe('');
    }
  });
});

describe('a header image with a query string', () => {
  it('builds (not reported missing) and shows the photo in the header and previews', () => {
    const doc = page('fixture', '/2024/03/16/mo-dau-bang-html/');
    // Served resized (src/lib/images.ts): the copies' URLs carry a hash of the photo, which does what ?v=2 did.
    expect(doc.querySelector('.post-header__photo')!.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-1200\.jpg$/);
    expect(meta(doc, 'og:image')).toMatch(/^https:\/\/tuongmai\.com\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-og\.jpg$/);
  });
});
