/**
 * Tag spellings in a real build: tone marks make different tags with their own pages, capitals
 * and missing marks do not, and a tag in another script keeps its own letters in its URL.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputRoot, runBuild, type BuildResult } from './sites.ts';

const posts = {
  '2025-07-01-bao-so-3.md': 'title: Bão số 3\ndate: 2025-07-01 08:00\ntags: [Bão, 微信]\n',
  '2025-07-02-bao-chi.md': 'title: Báo chí\ndate: 2025-07-02 08:00\ntags: [Báo, HÀNH CHÍNH]\n',
  '2025-07-03-hanh-chinh.md': 'title: Hành chính\ndate: 2025-07-03 08:00\ntags: [Hành chính, bao]\n',
};
const dist = join(outputRoot, 'tags', 'dist');
const h1 = (path: string) => parse(readFileSync(join(dist, path), 'utf-8')).querySelector('h1')!.text.trim();
let result: BuildResult;

beforeAll(async () => {
  const dir = join(outputRoot, 'tags-posts');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, fm] of Object.entries(posts)) writeFileSync(join(dir, file), `---\n${fm}---\n\nNội dung bài thử.\n`);
  result = await runBuild('tags', { postsDir: dir });
});

describe('tag spellings', () => {
  it('builds, warning in Vietnamese about two tags that differ only in tone marks', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output.replace(/\u001b\[[0-9;]*m/g, '')).toContain(
      '2025-07-02-bao-chi.md — tags\n    Cảnh báo: Các thẻ “Bão”, “Báo” chỉ khác nhau ở dấu nên là 2 thẻ riêng (địa chỉ /tags/bao/, /tags/bao-2/). Nếu chúng là cùng một thẻ, hãy sửa cho cùng một cách viết.',
    );
  });

  it('gives “Bão” and “Báo” a page each; “bao”, with no marks, joins the first', () => {
    expect(h1('tags/bao/index.html')).toBe('Thẻ: Bão');
    expect(h1('tags/bao-2/index.html')).toBe('Thẻ: Báo');
    const listed = parse(readFileSync(join(dist, 'tags/bao/index.html'), 'utf-8')).querySelectorAll('main h2 a').map((a) => a.text.trim());
    expect(listed).toEqual(['Hành chính', 'Bão số 3']);
  });

  it('names a tag by its marked spelling, not by its capitals', () => {
    expect(h1('tags/hanh-chinh/index.html')).toBe('Thẻ: Hành chính');
  });

  it('keeps a tag with no Latin letters, at a URL of its own letters', () => {
    expect(h1('tags/微信/index.html')).toBe('Thẻ: 微信');
    const post = parse(readFileSync(join(dist, '2025/07/01/bao-so-3/index.html'), 'utf-8'));
    expect(post.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/tags/微信/');
  });
});
