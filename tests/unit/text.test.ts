import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstParagraph, inlineToText, truncate } from '../../src/lib/text.ts';

const seedSource = readFileSync(
  new URL('../../src/content/posts/2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md', import.meta.url),
  'utf8',
);
const seedBody = seedSource.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('firstParagraph: the first prose a reader sees', () => {
  it('gives the seed post’s lead quote, skipping the template comment line', () => {
    expect(firstParagraph(seedBody)).toBe(
      'Từ ngày 1/7, chính quyền hai cấp được triển khai, mở ra hành trình mới để Tương Mai kiến tạo bộ máy gần dân, do dân và vì dân.',
    );
  });

  it('skips the comment line when the blockquote follows it directly', () => {
    expect(firstParagraph('[//]: # (template img ![]())\n> Trích dẫn *đầu*.')).toBe('Trích dẫn đầu.');
  });

  it('skips headings', () => {
    expect(firstParagraph('# Tiêu đề\n\n## Mục\n\nĐoạn đầu.')).toBe('Đoạn đầu.');
  });

  it('skips a paragraph holding only an image without alt text', () => {
    expect(firstParagraph('![](https://example.com/a.jpg)\n\nSau ảnh.')).toBe('Sau ảnh.');
  });

  it('skips MDX imports, exports and components', () => {
    const mdx = "import Figure from '../components/Figure.astro';\nexport const x = 1;\n\n<Figure src=\"a.jpg\" />\n\nĐoạn văn.";
    expect(firstParagraph(mdx)).toBe('Đoạn văn.');
  });

  it('skips fenced code, even when it holds blank lines', () => {
    expect(firstParagraph('```js\nconst a = 1;\n\nconst b = 2;\n```\n\nSau mã.')).toBe('Sau mã.');
  });

  it('skips thematic breaks and HTML comments', () => {
    expect(firstParagraph('---\n\n<!-- ghi chú -->\n\nĐoạn.')).toBe('Đoạn.');
  });

  it('removes inline Markdown: emphasis, links, code', () => {
    expect(firstParagraph('Đoạn **đầu** với [liên kết](https://x.vn), _nghiêng_ và `mã`.')).toBe(
      'Đoạn đầu với liên kết, nghiêng và mã.',
    );
  });

  it('joins the lines of a paragraph with single spaces', () => {
    expect(firstParagraph('Dòng một\ndòng   hai')).toBe('Dòng một dòng hai');
  });

  it('reads Windows line endings', () => {
    expect(firstParagraph('# Tiêu đề\r\n\r\nĐoạn.\r\n')).toBe('Đoạn.');
  });

  it('gives empty text when there is no prose', () => {
    expect(firstParagraph('')).toBe('');
    expect(firstParagraph('# Chỉ có tiêu đề\n\n[//]: # (template img ![]())')).toBe('');
  });
});

describe('inlineToText', () => {
  it('reads a paragraph that opens with inline HTML as prose, and skips HTML with no text', () => {
    expect(firstParagraph('<strong>(Tương Mai)</strong> - Sáng nay.\n\nSau.')).toBe('(Tương Mai) - Sáng nay.');
    expect(firstParagraph('<div><img src="a.jpg"></div>\n\nĐoạn văn.')).toBe('Đoạn văn.');
    expect(firstParagraph('<script>var a = 1;</script>\n\nĐoạn văn.')).toBe('Đoạn văn.');
  });

  it('keeps link text, drops HTML tags, and drops images (they are not text)', () => {
    expect(inlineToText('<b>Xem</b> [thông báo][tb] và ![ảnh](a.jpg)')).toBe('Xem thông báo và');
  });
});

describe('truncate: cut at a word boundary with an ellipsis', () => {
  const text = 'Sáng 1/7, kỳ họp thứ nhất HĐND phường Tương Mai nhiệm kỳ 2021–2026 chính thức khai mạc';

  it('leaves text that fits as it is', () => {
    expect(truncate(text, text.length)).toBe(text);
    expect(truncate('Ngắn', 220)).toBe('Ngắn');
  });

  it('cuts between words and ends with …, never longer than the limit', () => {
    for (const max of [20, 30, 50, text.length - 1]) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      // The character after the cut is a space: no word was split.
      expect(text[cut.length - 1]).toBe(' ');
    }
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(truncate(text, 10)).toBe('Sáng 1/7…');
    expect(truncate('một, hai, ba, bốn', 10)).toBe('một, hai…');
  });

  it('never splits an emoji or a letter from its marks: counts what readers see as one character', () => {
    const family = '👨‍👩‍👧';
    const cut = truncate(`${family.repeat(12)}`, 10);
    expect(cut).toBe(`${family.repeat(9)}…`);
    expect(truncate('Chúc mừng🎉🎉🎉🎉🎉🎉', 12)).toBe('Chúc mừng🎉🎉…');
    const flag = truncate('🇻🇳🇻🇳🇻🇳🇻🇳', 3);
    expect(flag).toBe('🇻🇳🇻🇳…');
    const decomposed = 'Tiếng Việt có dấu'.normalize('NFD');
    expect(truncate(decomposed, 7).normalize('NFC')).toBe('Tiếng…');
  });

  it('cuts Vietnamese at the same letter whether its marks are precomposed or combining', () => {
    const text = 'Sáng nay, Ủy ban nhân dân phường Tương Mai tổ chức hội nghị tổng kết công tác năm. '.repeat(4);
    const cut = 'Sáng nay, Ủy ban nhân dân phường Tương Mai tổ chức hội nghị tổng kết công tác năm. Sáng nay, Ủy ban nhân dân phường…';
    expect(truncate(text, 120)).toBe(cut);
    expect(truncate(text.normalize('NFD'), 120).normalize('NFC')).toBe(cut);
    // An emoji is one character, as a reader counts: the cut moves by one letter, not by its code units.
    expect(truncate(`👨‍👩‍👧 ${text}`, 40)).toBe('👨‍👩‍👧 Sáng nay, Ủy ban nhân dân phường…');
    expect(truncate(`x ${text}`, 40)).toBe('x Sáng nay, Ủy ban nhân dân phường…');
  });

  it('cuts inside a word only when no space is near enough', () => {
    expect(truncate('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });
});

describe('firstParagraph reads only what a reader sees', () => {
  it('skips an image paragraph that has alt text', () => {
    expect(firstParagraph('![Ảnh họp](/img/a.jpg)\n\nSau ảnh.')).toBe('Sau ảnh.');
  });

  it('skips a setext heading', () => {
    expect(firstParagraph('Tiêu đề\n=======\n\nĐoạn.')).toBe('Đoạn.');
  });

  it('skips the [comment]: # (…) and [_]: # (…) comment forms the renderer hides', () => {
    expect(firstParagraph('[comment]: # (template img ![]())\n\nĐoạn.')).toBe('Đoạn.');
    expect(firstParagraph('[_]: # (ghi chú)\n\nĐoạn.')).toBe('Đoạn.');
  });

  it('keeps underscores inside words and URLs', () => {
    expect(firstParagraph('Xem https://x.vn/bao_cao_quy_3.html nhé')).toBe('Xem https://x.vn/bao_cao_quy_3.html nhé');
  });

  it('keeps escaped asterisks as asterisks', () => {
    expect(firstParagraph('\\*chú ý\\*')).toBe('*chú ý*');
  });
});

describe('firstParagraph in MDX', () => {
  it('drops {expressions}, which are code, not text', () => {
    expect(firstParagraph('export const year = 2025;\n\nBài thử MDX, năm {year}. Xem thêm.', { mdx: true })).toBe('Bài thử MDX, năm. Xem thêm.');
  });
});

describe('firstParagraph skips photo captions and keeps plain text', () => {
  it('passes over a photo and the quote under it, which is its caption', () => {
    expect(firstParagraph('![](https://x.vn/a.jpg)\n\n> Cán bộ hướng dẫn người dân. Ảnh: Lan Chi.\n\nĐoạn đầu.')).toBe('Đoạn đầu.');
  });

  it('keeps a quote that follows prose, not a photo', () => {
    expect(firstParagraph('> Từ ngày 1/7, chính quyền hai cấp được triển khai.')).toBe('Từ ngày 1/7, chính quyền hai cấp được triển khai.');
  });

  it('keeps autolinks, lone < signs and arithmetic', () => {
    expect(firstParagraph('Xem <https://dichvucong.gov.vn> để đăng ký.')).toBe('Xem https://dichvucong.gov.vn để đăng ký.');
    expect(firstParagraph('Số 1 < 2 và a<b> c.')).toBe('Số 1 < 2 và a c.');
    expect(firstParagraph('3 * 4 = 12, còn 2 * 3 = 6')).toBe('3 * 4 = 12, còn 2 * 3 = 6');
  });
});

describe('firstParagraph reads kramdown as a reader sees it rendered', () => {
  it('drops attribute lists, abbreviation definitions, footnote marks and the {:toc} list', () => {
    const body = '* Mục lục\n{:toc}\n\n{:dn: .notice}\n\n{: .lead}\nĐoạn [đầu](#){: .btn} của UBND[^1]. :tada:\n{: #mo-dau}\n\n*[UBND]: Ủy ban nhân dân\n\n[^1]: Chú thích.';
    expect(firstParagraph(body)).toBe('Đoạn đầu của UBND. 🎉');
  });

  it('gives a formula as the text it shows, single dollars only with mathjax', () => {
    expect(firstParagraph('Diện tích $$S = a^2$$ và $b$ nhé.')).toBe('Diện tích S = a^2 và $b$ nhé.');
    expect(firstParagraph('Diện tích $S = a \\times b$, giá 5$.', { mathjax: true })).toBe('Diện tích S = a × b, giá 5$.');
    expect(firstParagraph('Một nửa: $$\\frac{1}{2}$$, căn: $$\\sqrt{x}$$, $$\\text{Diện tích} \\le \\pi r^2$$.')).toBe(
      'Một nửa: 1/2, căn: √x, Diện tích ≤ π r^2.',
    );
  });

  it('skips tables, footnote definitions and HTML with no text', () => {
    expect(firstParagraph('| a | b |\n|---|---|\n| 1 | 2 |\n\n[^x]: ghi chú\n\n<div class="x">\n<img src="/a.png">\n</div>\n\nĐoạn.')).toBe('Đoạn.');
  });

  it('reads Markdown inside markdown="1" and language blocks, after a heading', () => {
    expect(firstParagraph('<div class="notice" markdown="1">\n## Lưu ý\n**Mang** theo căn cước.\n</div>')).toBe('Mang theo căn cước.');
    expect(firstParagraph('<div class="vi post-container">\n\nTiếng Việt.\n\n</div>')).toBe('Tiếng Việt.');
  });

  it('reads a definition list as its term and definition', () => {
    expect(firstParagraph('Hộ khẩu\n: Sổ ghi nhân khẩu.')).toBe('Hộ khẩu Sổ ghi nhân khẩu.');
  });
});
