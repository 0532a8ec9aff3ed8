/**
 * `npm run import:jekyll` as an editor runs it, twice and with its flags:
 * a dry run writes nothing, a second run changes nothing, a changed post is
 * kept unless --force. (The imported site itself is built in global-setup.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, outputRoot, root } from './sites.ts';

const dir = join(outputRoot, 'import-cli');
const posts = join(dir, 'posts');
const publicDir = join(dir, 'public');

function importHux(...flags: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/import-jekyll.ts', join(root, 'tests/fixtures/jekyll/hux'), ...flags], {
    cwd: root,
    env: { ...astroEnv(), POSTS_DIR: posts, PUBLIC_DIR: publicDir },
    encoding: 'utf-8',
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe('npm run import:jekyll, run again and with its flags', () => {
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(posts, { recursive: true });
    mkdirSync(publicDir, { recursive: true });
  });

  it('writes nothing in a dry run, and says what it would do', () => {
    const { code, output } = importHux('--dry-run');
    expect(code).toBe(0);
    expect(output).toContain('_posts/2019-05-06-muc-luc.md\n  - sẽ nhập (chạy thử, chưa ghi gì), địa chỉ mới /2019/05/07/muc-luc/\n    would import (dry run, nothing written), new URL /2019/05/07/muc-luc/\n');
    expect(output).toContain('Dry run (--dry-run): no file was written.');
    expect(output).toContain('Content check: 5 posts pass.');
    expect(readdirSync(posts)).toEqual([]);
    expect(readdirSync(publicDir)).toEqual([]);
  });

  it('imports, then changes nothing on a second run', () => {
    expect(importHux().code).toBe(0);
    const files = readdirSync(posts).sort();
    expect(files).toEqual([
      '2017-02-28-bai-song-ngu.md', '2017-03-01-trinh-chieu.md', '2018-01-01-cong-thuc.md', '2019-05-07-muc-luc.md', '2019-05-07-tu-wordpress.md',
    ]);
    expect(existsSync(join(publicDir, 'img/post-bg-hop-dan.png'))).toBe(true);
    const before = files.map((f) => readFileSync(join(posts, f), 'utf-8'));
    const again = importHux();
    expect(again.code).toBe(0);
    expect(again.output).toContain('Total: 0 imported, 5 unchanged, 0 skipped, 0 images/files copied');
    expect(files.map((f) => readFileSync(join(posts, f), 'utf-8'))).toEqual(before);
  });

  it('keeps a post changed since, unless --force, and then exits non-zero', () => {
    const file = join(posts, '2018-01-01-cong-thuc.md');
    const edited = readFileSync(file, 'utf-8') + '\nMột dòng biên tập viên thêm.\n';
    writeFileSync(file, edited);
    const kept = importHux();
    expect(kept.code).toBe(1);
    expect(kept.output).toContain('_posts/2018-01-01-cong-thuc.md\n  - bỏ qua: 2018-01-01-cong-thuc.md đã có và khác bài này; thêm --force để ghi đè\n');
    expect(readFileSync(file, 'utf-8')).toBe(edited);
    const forced = importHux('--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf-8')).not.toContain('Một dòng biên tập viên thêm.');
  });

  it('explains its usage when the folder is not a Jekyll site', () => {
    const run = spawnSync(process.execPath, ['src/cli/import-jekyll.ts', join(root, 'src')], { cwd: root, env: astroEnv(), encoding: 'utf-8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('không phải trang Jekyll (không có _config.yml hay _posts/)');
  });
});
