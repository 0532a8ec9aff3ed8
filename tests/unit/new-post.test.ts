import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/content-check.ts';
import { newPost } from '../../src/lib/new-post.ts';
import { POST_FIELDS } from '../../src/lib/post-fields.ts';
import { POST_KEYS, postSchema } from '../../src/lib/post-schema.ts';

const HANOI = 'Asia/Ho_Chi_Minh';
const schema = postSchema({ timezone: HANOI, defaultAuthor: 'Phường Tương Mai' });
const root = new URL('../../', import.meta.url).pathname;

describe('a new post', () => {
  const post = newPost({
    title: 'Thông báo lịch tiếp dân định kỳ',
    tags: ['Hành chính', ' Giáo dục '],
    date: new Date('2025-08-31T17:30:00Z'), // 00:30 on 1 September in Hà Nội
    timezone: HANOI,
  });

  it('is named by its date in Hà Nội and an ASCII slug of the title', () => {
    expect(post.fileName).toBe('2025-09-01-thong-bao-lich-tiep-dan-dinh-ky.md');
    expect(post.path).toBe('2025/09/01/thong-bao-lich-tiep-dan-dinh-ky/');
    expect(post.date).toBe('2025-09-01 00:30:00');
  });

  it('fills in title, date and tags, and passes the schema as written', () => {
    const fm = readFrontMatter(post.source);
    expect(fm.problems).toEqual([]);
    const data = schema.parse(fm.data);
    expect(data.title).toBe('Thông báo lịch tiếp dân định kỳ');
    expect(data.tags).toEqual(['Hành chính', 'Giáo dục']);
    expect(data.date.toISOString()).toBe('2025-08-31T17:30:00.000Z');
  });

  it('holds every key of the fields table, the optional ones commented out under their Vietnamese hint', () => {
    const lines = post.source.split('\n');
    for (const field of POST_FIELDS) {
      const at = lines.findIndex((l) => l.startsWith(`${field.key}:`) || l.startsWith(`# ${field.key}:`));
      expect(at, field.key).toBeGreaterThan(0);
      expect(lines[at - 1], field.key).toBe(`# ${field.label}: ${field.hint}`);
      if (!['title', 'date', 'tags'].includes(field.key)) expect(lines[at], field.key).toMatch(/^# /);
    }
  });

  it('still passes the schema with every optional line uncommented', () => {
    const keyLine = new RegExp(`^# (${POST_KEYS.join('|')}):`);
    const uncommented = post.source.split('\n').map((l) => (keyLine.test(l) ? l.slice(2) : l)).join('\n');
    const fm = readFrontMatter(uncommented);
    expect(Object.keys(fm.data as object).sort()).toEqual([...POST_KEYS].sort());
    expect(schema.safeParse(fm.data).error?.issues ?? []).toEqual([]);
  });
});

describe('npm run new', () => {
  let dir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['src/cli/new-post.ts', ...args], { cwd: root, env: { ...process.env, POSTS_DIR: dir }, encoding: 'utf-8' });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the post, prints its path and URL, and refuses to overwrite it', () => {
    dir = mkdtempSync(join(tmpdir(), 'new-post-'));
    const first = run('Thông báo lịch tiếp dân định kỳ', '--tags', 'Hành chính,Giáo dục', '--date', '2025-09-01 08:00');
    expect(first.status).toBe(0);
    const file = join(dir, '2025-09-01-thong-bao-lich-tiep-dan-dinh-ky.md');
    expect(first.stdout).toContain(`Đã tạo bài mới: ${file}\nĐịa chỉ bài khi đăng: https://tuongmai.com/2025/09/01/thong-bao-lich-tiep-dan-dinh-ky/\n`);
    expect(readFileSync(file, 'utf-8')).toContain('date: 2025-09-01 08:00:00\n');

    writeFileSync(file, 'bài đang viết');
    const second = run('Thông báo lịch tiếp dân định kỳ', '--date', '2025-09-01 10:00');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`Đã có tệp “${file}”, không ghi đè lên. Hãy mở tệp đó để sửa, hoặc đặt tiêu đề khác.`);
    expect(readFileSync(file, 'utf-8')).toBe('bài đang viết');
  });
});
