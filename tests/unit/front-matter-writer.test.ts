import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AS_WRITTEN, readPostFile, writePostFile } from '../../src/lib/front-matter-writer.ts';
import { POST_FIELDS } from '../../src/lib/post-fields.ts';

const order = POST_FIELDS.map((f) => f.key);
const seed = readFileSync('src/content/posts/2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md', 'utf-8');

/** What the editor sends back after the given changes to a file it read. */
function save(content: string, change: (data: Record<string, unknown>) => void = () => {}): string {
  const data = structuredClone(readPostFile(content));
  change(data);
  return writePostFile(data, order);
}

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('the editor’s post format', () => {
  test('reads front matter as the site does: dates stay the text written', () => {
    const data = readPostFile(seed);
    expect(data.date).toBe('2025-07-01 00:00:01');
    expect(data.tags).toEqual(['Hành chính']);
    expect(data['header-mask']).toBe(0.5);
    expect(data.body).toBe(seed.slice(seed.indexOf('\n---\n') + 5));
    expect(data[AS_WRITTEN]).toContain('title:      Tương Mai');
  });

  test('a file saved unchanged is the same file, byte for byte', () => {
    expect(save(seed)).toBe(seed);
  });

  test('changing the title changes that line only; aligned spacing, 4-space lists and the text stay', () => {
    const after = save(seed, (d) => (d.title = 'Tương Mai: chính quyền hai cấp'));
    expect(changedLines(seed, after)).toEqual({
      removed: ['title:      Tương Mai với mô hình chính quyền hai cấp'],
      added: ["title: 'Tương Mai: chính quyền hai cấp'"],
    });
  });

  test('a new key is added after the others; an emptied key is removed; comments between keys stay', () => {
    const file = '---\ntitle: Bài thử\n# Ảnh đầu bài: bỏ dấu # để dùng\n# header-img: /img/post/a.jpg\ndate: 2025-09-01 08:00:00\nheader-mask: 0.3\n---\n\nNội dung.\n';
    const after = save(file, (d) => {
      d['header-mask'] = '';
      d.subtitle = 'Phụ đề';
      d.tags = ['Tiếp dân'];
    });
    expect(after).toBe(
      '---\ntitle: Bài thử\n# Ảnh đầu bài: bỏ dấu # để dùng\n# header-img: /img/post/a.jpg\ndate: 2025-09-01 08:00:00\nsubtitle: Phụ đề\ntags:\n  - Tiếp dân\n---\n\nNội dung.\n',
    );
  });

  test('a new post is written in the form’s order, without empty fields, ending with a line break', () => {
    const file = writePostFile(
      { body: 'Nội dung bài.', tags: ['Tiếp dân'], date: '2025-10-06 08:30:00+07:00', title: 'Lịch tiếp dân', subtitle: '', 'header-mask': '', draft: false },
      order,
    );
    expect(file).toBe('---\ntitle: Lịch tiếp dân\ndate: 2025-10-06 08:30:00+07:00\ntags:\n  - Tiếp dân\ndraft: false\n---\nNội dung bài.\n');
  });

  test('a block scalar with blank lines inside is one key', () => {
    const file = '---\ntitle: A\ndescription: |\n  Dòng một.\n\n  Dòng hai.\ndate: 2025-09-01\n---\nX\n';
    expect(save(file, (d) => (d.title = 'B'))).toBe(file.replace('title: A', 'title: B'));
  });
});
