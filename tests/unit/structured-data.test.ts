import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parsePostDate } from '../../src/lib/dates.ts';
import { buildPostIndex } from '../../src/lib/post-index.ts';
import { makePost } from '../support/make-post.ts';
import { breadcrumbList, jsonLdScript, newsArticle } from '../../src/lib/structured-data.ts';
import { site } from '../../src/site.config.ts';

describe('jsonLdScript: JSON-LD that cannot break out of its <script> element', () => {
  const hostile = {
    '@type': 'NewsArticle',
    headline: '</script><script>alert(1)</script>',
    description: 'Điện & nước <!-- không phải chú thích --> a > b',
    keywords: ['Hành chính', '</SCRIPT >'],
    text: 'dòng\u2028tách\u2029đoạn',
  };
  const out = jsonLdScript(hostile);

  it('never contains "</script" in any letter case', () => {
    expect(out.toLowerCase()).not.toContain('</script');
  });

  it('contains no markup characters at all', () => {
    expect(out).not.toMatch(/[<>&]/);
  });

  it('escapes the line and paragraph separators', () => {
    expect(out).not.toMatch(/[\u2028\u2029]/);
  });

  it('parses back to exactly the original data', () => {
    expect(JSON.parse(out)).toEqual(hostile);
  });

  it('leaves Vietnamese text readable', () => {
    expect(out).toContain('Hành chính');
  });

  it('round-trips ordinary values', () => {
    for (const value of [null, 0, 'chuỗi', [1, 'hai'], { nested: { a: ['<b>'] } }]) {
      expect(JSON.parse(jsonLdScript(value))).toEqual(value);
    }
  });
});

describe('structured data for a post', () => {
  const index = buildPostIndex(
    [
      makePost('2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap', '2025-07-01 00:00:01', {
        title: 'Tương Mai </script> hai cấp',
        subtitle: 'Gần dân hơn, kiến tạo hơn',
        author: 'tuongmai.com',
        lastModified: parsePostDate('2025-07-02 08:00', site.timezone),
        tags: ['Hành chính'],
        catalog: true,
      }),
    ],
    { timezone: site.timezone },
  );
  const [post] = index.posts;
  const article = newsArticle(post);

  it('dates the article with the Hà Nội offset', () => {
    expect(article.datePublished).toBe('2025-07-01T00:00:01+07:00');
    expect(article.dateModified).toBe('2025-07-02T08:00:00+07:00');
  });

  it('links to the post’s absolute URL and falls back to the default image', () => {
    expect(article.url).toBe(new URL('2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/', site.url + site.base).href);
    expect(article.image).toEqual([new URL(site.defaultImage.slice(1), site.url + site.base).href]);
    expect(article.keywords).toEqual(['Hành chính']);
  });

  it('stays safe to embed when the title holds </script>', () => {
    const out = jsonLdScript(article);
    expect(out).not.toMatch(/[<>]/);
    expect(JSON.parse(out).headline).toBe('Tương Mai </script> hai cấp');
  });

  it('breadcrumbs are numbered from 1, the current page taking the current path', () => {
    const list = breadcrumbList([{ label: 'Trang chủ', path: '' }, { label: 'Bài viết' }], post.path);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: new URL(site.base, site.url).href },
      { '@type': 'ListItem', position: 2, name: 'Bài viết', item: new URL(post.path, site.url + site.base).href },
    ]);
  });
});

describe('the sitemap reads a post’s last change from its page', () => {
  it('finds article:modified_time whatever the order of the attributes', async () => {
    const { modifiedTime } = await import('../../src/integrations/sitemap.ts');
    expect(modifiedTime('<meta property="article:modified_time" content="2025-07-01T00:00:01+07:00">')).toBe('2025-07-01T00:00:01+07:00');
    expect(modifiedTime('<meta content="2025-07-02T08:00:00+07:00" property="article:modified_time" />')).toBe('2025-07-02T08:00:00+07:00');
    expect(modifiedTime('<meta property="og:type" content="article">')).toBeUndefined();
  });

  it('reads only the head of the page, wherever its end falls, and keeps the date exact beside Vietnamese text', async () => {
    const { headOf, modifiedTime } = await import('../../src/integrations/sitemap.ts');
    const dir = mkdtempSync(join(tmpdir(), 'tuongmai-head-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    // A title long enough that </head> falls past the first 8 KB read, and a body that says it again.
    const title = 'Thông báo lịch tiếp công dân của Uỷ ban nhân dân phường '.repeat(200);
    const meta = '<meta property="article:modified_time" content="2025-10-05T10:00:00+07:00">';
    const file = join(dir, 'index.html');
    writeFileSync(file, `<html><head><title>${title}</title>${meta}</head><body><p>${title}</p>${meta.replace('10-05', '12-31')}</body></html>`);
    const head = await headOf(file);
    expect(Buffer.byteLength(title)).toBeGreaterThan(8192);
    expect(head.endsWith(meta)).toBe(true);
    expect(head).not.toContain('<body>');
    expect(modifiedTime(head)).toBe('2025-10-05T10:00:00+07:00');
  });
});
