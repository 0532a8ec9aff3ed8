import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isCommentSource } from '../../src/lib/text.ts';
import { features, hastPlugins, mdastPlugins } from '../../src/markdown/index.ts';

/** Render Markdown through the site's own plugins. */
const render = (markdown: string, base = '/'): string =>
  markdownToHtml(markdown, { mdastPlugins, hastPlugins: hastPlugins(base), features }).html;

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

describe('Markdown comments: [//]: # (…) lines render nothing', () => {
  it('drops the template comment line, leaving no text and no empty image', () => {
    const html = render('[//]: # (template img ![]())');
    expect(html).not.toContain('[//]');
    expect(html).not.toContain('<img');
    expect(html.trim()).toBe('');
  });

  it('drops it before the lead quote, which stays a blockquote', () => {
    expect(render('[//]: # (template img ![]())\n\n> Trích dẫn.')).toBe('<blockquote>\n<p>Trích dẫn.</p>\n</blockquote>\n');
  });

  it('drops well-formed comments and runs of comment lines', () => {
    expect(render('[//]: # (ghi chú)\n\nĐoạn.')).toBe('<p>Đoạn.</p>\n');
    expect(render('[//]: # (a)\n[//]: # (template img ![]())\n\nĐoạn.')).toBe('<p>Đoạn.</p>\n');
  });

  it('keeps a paragraph that only mentions the syntax', () => {
    expect(render('Viết [//]: # (ghi chú) để ghi chú.')).toContain('để ghi chú');
  });

  it('isCommentSource recognises the three comment spellings and nothing else', () => {
    expect(isCommentSource('[//]: # (template img ![]())')).toBe(true);
    expect(isCommentSource('[comment]: # (x)\n[_]: # (y)')).toBe(true);
    expect(isCommentSource('[//]: # (x)\nvăn bản')).toBe(false);
    expect(isCommentSource('')).toBe(false);
  });
});

describe('photo captions: an image followed by a blockquote becomes a figure', () => {
  it('wraps the pair in <figure> with the quote as <figcaption>', () => {
    expect(render('![Ảnh họp](/img/a.jpg)\n\n> Chú thích *ảnh*. Ảnh: Lan Chi.')).toBe(
      '<figure><img src="/img/a.jpg" alt="Ảnh họp" loading="lazy" decoding="async">' +
        '<figcaption>Chú thích <em>ảnh</em>. Ảnh: Lan Chi.</figcaption></figure>\n',
    );
  });

  it('works for remote images and for a quote right under the image', () => {
    const html = render('![](https://example.com/a.jpg)\n> Chú thích liền.');
    expect(html).toMatch(/^<figure><img src="https:\/\/example.com\/a.jpg"[^>]* loading="lazy"[^>]*><figcaption>Chú thích liền.<\/figcaption><\/figure>/);
    expect(html).not.toContain('<blockquote');
  });

  it('leaves an image without a following quote as a plain, lazy image', () => {
    expect(render('![Ảnh](/img/a.jpg)\n\nĐoạn thường.')).toBe(
      '<p><img src="/img/a.jpg" alt="Ảnh" loading="lazy" decoding="async"></p>\n<p>Đoạn thường.</p>\n',
    );
    expect(render('![Ảnh](/img/a.jpg)')).not.toContain('<figure');
  });

  it('leaves a blockquote that does not follow an image as a blockquote', () => {
    expect(render('Đoạn.\n\n> Trích dẫn thường.')).toBe('<p>Đoạn.</p>\n<blockquote>\n<p>Trích dẫn thường.</p>\n</blockquote>\n');
  });

  it('does not take a quote after an image that sits inside text', () => {
    const html = render('Chữ ![a](/a.jpg)\n\n> không phải chú thích');
    expect(html).not.toContain('<figure');
    expect(html).toContain('<blockquote>');
  });

  it('renders the seed post: lead quote kept, three captioned photos, no comment residue', () => {
    const source = readFileSync(
      new URL('../../src/content/posts/2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md', import.meta.url),
      'utf8',
    );
    const html = render(source);
    expect(html).not.toContain('[//]');
    expect(html).not.toContain('src=""');
    expect(html.indexOf('<blockquote>')).toBeLessThan(html.indexOf('<figure>'));
    expect(count(html, /<blockquote>/g)).toBe(1);
    expect(count(html, /<figure>/g)).toBe(3);
    expect(count(html, /<figcaption>/g)).toBe(3);
    expect(count(html, /<img /g)).toBe(3);
    expect(count(html, /<img [^>]*loading="lazy"/g)).toBe(3);
    expect(html).toContain('<figcaption>Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng cho biết');
  });
});

describe('photo captions of several paragraphs', () => {
  it('keeps the paragraphs of a two-paragraph caption apart', () => {
    const html = render('![a](/a.jpg)\n\n> Dòng 1\n>\n> Dòng 2');
    expect(html).toContain('<figcaption>');
    expect(html).not.toContain('Dòng 1Dòng 2');
  });
});

describe('images load lazily', () => {
  it('marks every content image lazy and async', () => {
    const html = render('Văn bản ![a](/a.jpg) và ![b](https://example.com/b.png)');
    expect(count(html, /<img [^>]*loading="lazy" decoding="async"/g)).toBe(2);
  });
});

describe('root-relative links under a base path', () => {
  it('puts the base path in front of links and images written against the site root', () => {
    const html = render('[Giới thiệu](/about/) ![ảnh](/img/a.jpg) [ngoài](https://example.org/x) [neo](#muc)', '/staging/');
    expect(html).toContain('href="/staging/about/"');
    expect(html).toContain('src="/staging/img/a.jpg"');
    expect(html).toContain('href="https://example.org/x"');
    expect(html).toContain('href="#muc"');
  });

  it('leaves links alone at the root, and never adds the base twice', () => {
    expect(render('[a](/about/)')).toContain('href="/about/"');
    expect(render('[a](/staging/about/)', '/staging/')).toContain('href="/staging/about/"');
    expect(render('[a](//cdn.example.org/x)', '/staging/')).toContain('href="//cdn.example.org/x"');
  });
});

describe('heading ids', () => {
  it('are ASCII slugs of the heading, numbered when a heading repeats', () => {
    const html = render('## Phần một\n\n## Đường phố – Hà Nội\n\n## Phần một');
    expect(html).toContain('<h2 id="phan-mot">Phần một</h2>');
    expect(html).toContain('<h2 id="duong-pho-ha-noi">');
    expect(html).toContain('<h2 id="phan-mot-2">');
  });

  it('never repeat, even when a numbered heading follows a repeated one', () => {
    const ids = [...render('## Bước\n\n## Bước\n\n## Bước 1\n\n## Bước 2').matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['buoc', 'buoc-2', 'buoc-1', 'buoc-2-2']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('start afresh in every document', () => {
    render('## Phần một');
    expect(render('## Phần một')).toContain('id="phan-mot"');
  });
});

describe('raw HTML in posts', () => {
  it('gets the base path on root-relative links and images, and lazy images', () => {
    const html = render('Xem <a href="/archive/">lưu trữ</a>.\n\n<img src="/img/a.jpg" alt="a">', '/staging/');
    expect(html).toContain('<a href="/staging/archive/">');
    expect(html).toContain('<img src="/staging/img/a.jpg" alt="a" loading="lazy" decoding="async">');
  });

  it('keeps what the editor set and what is not root-relative', () => {
    const html = render('<img src="https://x.vn/a.jpg" loading="eager">\n\n<a href="#muc">neo</a>', '/staging/');
    expect(html).toContain('<img src="https://x.vn/a.jpg" loading="eager">');
    expect(html).toContain('href="#muc"');
  });
});
