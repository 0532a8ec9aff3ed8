import { describe, expect, it } from 'vitest';
import { foldVietnamese, postSlugFromFileName, slugify } from '../../src/lib/slugs.ts';

describe('slugify: Vietnamese tag names to ASCII URL slugs', () => {
  it.each([
    ['Hành chính', 'hanh-chinh'],
    ['Đường phố', 'duong-pho'],
    ['Giáo dục', 'giao-duc'],
    ['Y tế', 'y-te'],
    ['Ưu đãi', 'uu-dai'],
    ['Nguyễn Ơn', 'nguyen-on'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('maps đ and Đ to d (they do not decompose)', () => {
    expect(slugify('ĐỐNG ĐA')).toBe('dong-da');
    expect(slugify('đô thị')).toBe('do-thi');
  });

  it('turns dashes and other punctuation into a single hyphen', () => {
    expect(slugify('An ninh – Trật tự')).toBe('an-ninh-trat-tu');
    expect(slugify('Văn hóa, Thể thao')).toBe('van-hoa-the-thao');
  });

  it('spells out symbols that carry meaning', () => {
    expect(slugify('C++')).toBe('c-plus-plus');
    expect(slugify('C#')).toBe('c-sharp');
    expect(slugify('Quốc phòng & An ninh')).toBe('quoc-phong-va-an-ninh');
  });

  it('trims and collapses white space', () => {
    expect(slugify('  Tin   tức  ')).toBe('tin-tuc');
  });

  it('gives the same slug for decomposed (NFD) and composed (NFC) input', () => {
    const nfc = 'Hành chính Đống Đa'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('hanh-chinh-dong-da');
  });

  it('treats both tone-mark placements (thuỷ / thủy) alike', () => {
    expect(slugify('thuỷ lợi')).toBe(slugify('thủy lợi'));
  });

  it('keeps digits', () => {
    expect(slugify('Nghị định 150/2025')).toBe('nghi-dinh-150-2025');
  });

  it('gives an empty slug for punctuation only', () => {
    expect(slugify('!!!')).toBe('');
    expect(slugify('')).toBe('');
  });
});

describe('foldVietnamese', () => {
  it('removes diacritics and lower-cases, keeping spaces and punctuation', () => {
    expect(foldVietnamese('Đống Đa')).toBe('dong da');
    expect(foldVietnamese('An ninh – Trật tự')).toBe('an ninh – trat tu');
  });

  it('folds NFD input the same as NFC', () => {
    expect(foldVietnamese('Tương Mai'.normalize('NFD'))).toBe('tuong mai');
  });
});

describe('postSlugFromFileName', () => {
  it('drops the Jekyll date prefix and the extension', () => {
    expect(postSlugFromFileName('2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md')).toBe(
      'tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap',
    );
  });

  it('accepts a collection id without extension, and .mdx / .markdown files', () => {
    expect(postSlugFromFileName('2025-07-01-tuong-mai')).toBe('tuong-mai');
    expect(postSlugFromFileName('2025-07-01-tuong-mai.mdx')).toBe('tuong-mai');
    expect(postSlugFromFileName('2025-07-01-tuong-mai.markdown')).toBe('tuong-mai');
  });

  it('ignores the directories in a path', () => {
    expect(postSlugFromFileName('src/content/posts/2025/2025-07-01-tuong-mai.md')).toBe('tuong-mai');
  });

  it('slugifies a file name written in Vietnamese', () => {
    expect(postSlugFromFileName('2025-07-01-Tương Mai họp HĐND.md')).toBe('tuong-mai-hop-hdnd');
  });

  it('gives an empty slug when the name is only a date', () => {
    expect(postSlugFromFileName('2025-07-01-.md')).toBe('');
  });
});
