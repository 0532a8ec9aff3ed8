import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
// The posts of this test only: an empty pages folder (under _, which the posts loader skips).
mkdirSync(join(dir, '_pages'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/check-content.ts', ...args], {
    cwd: root,
    env: { ...process.env, POSTS_DIR: dir, PAGES_DIR: join(dir, '_pages') },
    encoding: 'utf-8',
  });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(join(dir, '2025-07-01-dung.md'), '---\ntitle: Bài đúng\ndate: 2025-07-01\ntags: [Bão]\n---\n\nNội dung.\n');
writeFileSync(join(dir, '2025-07-02-sai.md'), '---\ntitle: Bài sai\ndate: 2025-07-02\n\nexcerpt: Tóm tắt\ncatalog: có\n---\n\nNội dung.\n');
writeFileSync(join(dir, '2025-07-04-bao-chi.md'), '---\ntitle: Báo chí\ndate: 2025-07-04\ntags: [Báo]\n---\n\nNội dung.\n');
writeFileSync(join(dir, '2025-07-03-dung.MD'), '---\ntitle: Đuôi hoa\ndate: 2025-07-03\n---\n');

describe('npm run check:content', () => {
  it('reports every problem at once, with file, line, field and severity, and fails', () => {
    const result = run('--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    const file = (name: string) => relative(root, join(dir, name));
    expect(report).toMatchObject({ ok: false, files: 4, errors: 3, warnings: 1 });
    expect(report.problems.map((p: Record<string, unknown>) => [p.file, p.line, p.field, p.severity, p.key])).toEqual([
      [file('2025-07-02-sai.md'), 5, 'excerpt', 'error', 'field.unknownDidYouMean'],
      [file('2025-07-02-sai.md'), 6, 'catalog', 'error', 'field.notBoolean'],
      [file('2025-07-03-dung.MD'), undefined, undefined, 'error', 'file.extension'],
      [file('2025-07-04-bao-chi.md'), 4, 'tags', 'warning', 'tags.toneVariants'],
    ]);
    expect(report.problems[0].vi).toBe('Trang web không biết khoá “excerpt”. Có phải ý bạn là “Tóm tắt” (description)? Hãy đổi “excerpt:” thành “description:”.');
    expect(report.problems[0].en).toBe('unknown front matter key "excerpt"; did you mean "description"?');
  });

  it('prints the problems for people, Vietnamese first, and a summary', () => {
    const { stdout } = run();
    expect(stdout).toContain(
      `  ${relative(root, join(dir, '2025-07-02-sai.md'))}, dòng 6 — catalog\n    Lỗi: “Mục lục” (catalog) chỉ nhận true (có) hoặc false (không).\n    (catalog must be true or false.)\n`,
    );
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([
      'Đã kiểm tra 4 tệp: 3 lỗi, 1 cảnh báo. Sửa các lỗi trên rồi chạy lại “npm run check:content”.',
      '(Checked 4 file(s): 3 error(s), 1 warning(s).)',
    ]);
  });
});
