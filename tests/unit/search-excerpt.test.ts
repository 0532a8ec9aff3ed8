import { describe, expect, it } from 'vitest';
import { searchExcerpt } from '../../src/lib/search-excerpt.ts';
import { foldVietnamese } from '../../src/lib/slugs.ts';

const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);

describe('searchExcerpt: marks only the whole syllables typed', () => {
  const text =
    'Người dân đến phường. Cán bộ hướng dẫn người dân làm thủ tục hành chính. ' +
    'Nhân dân phường Tương Mai đang chuẩn bị. ' +
    'Người dân đăng ký tạm trú tại bộ phận một cửa của phường. Dân cư Đăng Khoa đồng tình.';

  it('"dang" marks đăng, đang and Đăng, never dân or dẫn', () => {
    const html = searchExcerpt(text, 'dang', 60);
    expect(marks(html)).toEqual(['đang', 'đăng', 'Đăng']);
    for (const m of marks(html)) expect(foldVietnamese(m)).toBe('dang');
  });

  it('"dang ky tam tru" shows the place where the words stand together, all four marked', () => {
    const long = `${'Bài viết về đời sống của phường. '.repeat(20)}${text}${' Thêm chữ ở cuối bài.'.repeat(20)}`;
    const html = searchExcerpt(long, 'dang ky tam tru', 20);
    expect(html).toContain('<mark>đăng</mark> <mark>ký</mark> <mark>tạm</mark> <mark>trú</mark>');
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
  });

  it('without the phrase, cuts where most of the typed words are close', () => {
    const long = `Hà Nội. ${'chữ '.repeat(50)}ký giấy tờ rồi đăng tin. ${'chữ '.repeat(50)}`;
    const html = searchExcerpt(long, 'dang ky', 12);
    expect(marks(html)).toEqual(['ký', 'đăng']);
  });

  it('folds what is typed with marks, in capitals or in NFD as well', () => {
    for (const q of ['ĐĂNG KÝ', 'đăng ký'.normalize('NFD'), 'Dang Ky']) {
      expect(marks(searchExcerpt('Hướng dẫn đăng ký tạm trú.', q)), q).toEqual(['đăng', 'ký']);
    }
  });

  it('escapes the page text: markup shows as text', () => {
    const html = searchExcerpt('Thông báo A & B <b>đậm</b> "trích"', 'dam');
    expect(html).toBe('Thông báo A &amp; B &lt;b&gt;<mark>đậm</mark>&lt;/b&gt; &quot;trích&quot;');
  });

  it('starts at the beginning with no ellipsis when the text is short, and shows text with no match as it is', () => {
    expect(searchExcerpt('Tin ngắn.', 'xyz')).toBe('Tin ngắn.');
    expect(searchExcerpt('', 'dang')).toBe('');
  });
});
