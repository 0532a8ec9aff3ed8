/**
 * The real site, built from the one real post: what a resident sees on the
 * post page, the home page and the fixed pages.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, listedPosts, page, text } from './html.ts';
import { distDir, listDist, readDist } from './sites.ts';

const POST = '/2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/';

describe('the seed post page', () => {
  const doc = page('site', POST);

  it('is at its Jekyll URL, from the local date of its front matter', () => {
    expect(existsSync(join(distDir('site'), fileFor(POST)))).toBe(true);
  });

  it('shows title, subtitle, author and the Vietnamese date with the exact instant', () => {
    expect(text(doc.querySelector('h1'))).toBe('Tương Mai với mô hình chính quyền hai cấp');
    expect(text(doc.querySelector('.post-header__subtitle'))).toBe('Gần dân hơn, kiến tạo hơn');
    expect(text(doc.querySelector('.post-header__author'))).toBe('tuongmai.com');
    const time = doc.querySelector('.post-header__meta time')!;
    expect(text(time)).toBe('1 tháng 7, 2025');
    expect(time.getAttribute('datetime')).toBe('2025-07-01T00:00:01+07:00');
  });

  it('draws the header image, resized, under a mask of the given opacity', () => {
    const style = doc.querySelector('.post-header')!.getAttribute('style')!;
    expect(style).toBe('--header-mask: 0.5');
    const photo = doc.querySelector('.post-header__photo')!;
    expect(photo.getAttribute('src')).toMatch(/^\/_img\/[0-9a-f]{16}\/post-chinh-quyen-1-1200\.jpg$/);
    expect(photo.closest('picture')!.querySelector('source')!.getAttribute('sizes')).toBe('100vw');
    // The images it names are in the built site, not only in public/.
    expect(existsSync(join(distDir('site'), photo.getAttribute('src')!))).toBe(true);
    for (const candidate of photo.closest('picture')!.querySelector('source')!.getAttribute('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      expect(existsSync(join(distDir('site'), url)), url).toBe(true);
    }
  });

  it('links its tag to the tag page', () => {
    const tag = doc.querySelector('.post-header .tag')!;
    expect(text(tag)).toBe('Hành chính');
    expect(tag.getAttribute('href')).toBe('/tags/hanh-chinh/');
  });

  it('has a table of contents from its headings (catalog: true)', () => {
    const entries = doc.querySelectorAll('.toc--side a').map((a) => [text(a), a.getAttribute('href')]);
    expect(entries.map(([t]) => t)).toEqual([
      'Một dấu mốc lịch sử với những cam kết cụ thể',
      'Chính quyền của dân, do dân và vì dân',
    ]);
    for (const [, href] of entries) expect(doc.querySelector(`[id="${href!.slice(1)}"]`)).not.toBeNull();
    expect(doc.querySelectorAll('details.toc--inline a')).toHaveLength(2);
  });

  it('renders the Markdown comment line as nothing', () => {
    const html = readDist('site', fileFor(POST));
    expect(html).not.toContain('[//]');
    expect(html).not.toContain('template img');
    expect(doc.querySelectorAll('img').filter((img) => !img.getAttribute('src'))).toHaveLength(0);
  });

  it('turns each photo and the quote under it into a figure with a caption', () => {
    const figures = doc.querySelectorAll('.post-body figure');
    expect(figures).toHaveLength(3);
    expect(text(figures[0].querySelector('figcaption'))).toMatch(/^Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng.*Ảnh: Lan Chi\.$/);
    for (const f of figures) {
      const img = f.querySelector('img')!;
      expect(img.getAttribute('src')).toMatch(/^https:\/\/i\.ex-cdn\.com\//);
      expect(img.getAttribute('loading')).toBe('lazy');
    }
    // The opening quote is not under a photo: it stays a quote.
    expect(text(doc.querySelector('.post-body > blockquote'))).toMatch(/^Từ ngày 1\/7, chính quyền hai cấp được triển khai/);
  });

  it('has no neighbours to link to when it is the only post', () => {
    expect(doc.querySelector('.post-nav')).toBeNull();
  });
});

describe('the home page', () => {
  const doc = page('site', '/');

  it('lists the post with title, subtitle, date, tags and an excerpt', () => {
    expect(listedPosts('site', '/')).toEqual([POST]);
    const summary = doc.querySelector('.post-summary')!;
    expect(text(summary.querySelector('.post-summary__subtitle'))).toBe('Gần dân hơn, kiến tạo hơn');
    expect(text(summary.querySelector('time'))).toBe('1 tháng 7, 2025');
    expect(text(summary.querySelector('.tag'))).toBe('Hành chính');
    expect(text(summary.querySelector('.post-summary__excerpt'))).toMatch(/^Từ ngày 1\/7, chính quyền hai cấp/);
  });

  it('has no second page for one post', () => {
    expect(doc.querySelector('.pagination')).toBeNull();
    expect(listDist('site').some((f) => f.startsWith('page/'))).toBe(false);
  });
});

describe('every page', () => {
  // Public pages: the editor at /admin/ is tested in admin.test.ts.
  const pages = listDist('site').filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/'));

  it('is Vietnamese, with a skip link to the main content, one nav and a footer', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const file of pages) {
      const doc = page('site', file);
      expect(doc.querySelector('html')!.getAttribute('lang'), file).toBe('vi');
      const skip = doc.querySelector('a.skip-link')!;
      expect(skip.getAttribute('href'), file).toBe('#main');
      expect(doc.querySelector('#main'), file).not.toBeNull();
      expect(doc.querySelectorAll('nav.site-nav'), file).toHaveLength(1);
      expect(doc.querySelector('footer'), file).not.toBeNull();
    }
  });

  it('names the sections and the standalone pages in the nav, and every nav link leads to a page that exists', () => {
    const nav = page('site', '/').querySelectorAll('.site-nav a');
    expect(nav.map(text)).toEqual(['Trang chủ', 'Lưu trữ', 'Thẻ', 'Tìm kiếm', 'Giới thiệu', 'Liên hệ']);
    for (const a of nav) {
      const href = a.getAttribute('href')!;
      expect(existsSync(join(distDir('site'), href, 'index.html')), href).toBe(true);
    }
  });

  it('makes no request to another site of its own, and runs no script except on the search page', () => {
    for (const file of pages) {
      const html = readDist('site', file);
      const doc = page('site', file);
      for (const el of doc.querySelectorAll('link[rel="stylesheet"], script[src], link[rel="preload"], link[rel="icon"]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        expect(url, `${file}: ${url}`).toMatch(/^\/(?!\/)/);
      }
      expect(html, file).not.toMatch(/fonts\.googleapis|googletagmanager|google-analytics/);
      const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      if (file === 'search/index.html') expect(scripts.length).toBeGreaterThan(0);
      else expect(scripts, file).toHaveLength(0);
    }
  });
});

describe('fixed pages', () => {
  it('about states who the ward is, from the seed post, and links to it', () => {
    const doc = page('site', '/about/');
    expect(text(doc.querySelector('h1'))).toBe('Giới thiệu');
    const link = doc.querySelector(`main a[href="${POST}"]`)!;
    expect(text(link)).toBe('“Tương Mai với mô hình chính quyền hai cấp”');
    // Each fact the page states is in the seed post as published: nothing is invented here.
    const seed = text(page('site', POST).querySelector('.post-body'));
    for (const fact of ['Đào Thị Thu Hằng', 'Nghị định số 150/2025', 'nhiệm kỳ 2021–2026', 'Cổ Mai']) {
      expect(text(doc.querySelector('main')), fact).toContain(fact);
      expect(seed, fact).toContain(fact);
    }
  });

  it('404.html says the page is missing and offers home and search', () => {
    const doc = page('site', '/404.html');
    expect(text(doc.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/search/');
  });
});
