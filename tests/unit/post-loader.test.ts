import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingImages } from '../../src/lib/post-loader.ts';

describe('missingImages: header images under public/', () => {
  const root = mkdtempSync(join(tmpdir(), 'tuongmai-images-'));
  const publicDir = join(root, 'public');
  mkdirSync(join(publicDir, 'img'), { recursive: true });
  writeFileSync(join(publicDir, 'img/a.jpg'), '');
  const post = (headerImage: string) => ({ id: '2025-07-01-a.md', filePath: 'src/content/posts/2025-07-01-a.md', data: { headerImage } });

  it('finds a file whose URL carries a cache-busting query or a fragment', () => {
    expect(missingImages([post('/img/a.jpg?v=2'), post('/img/a.jpg#top'), post('/img/a.jpg')], root, publicDir)).toEqual([]);
  });

  it('still reports a missing file, query or not, naming the post', () => {
    const problems = missingImages([post('/img/b.jpg?v=2')], root, publicDir).map((p) => `${p.file}: ${p.vi}\n${p.en}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/posts/2025-07-01-a.md');
    expect(problems[0]).toContain('"/img/b.jpg?v=2"');
    expect(problems[0]).toMatch(/public\/img\/b\.jpg(?![?])/);
  });
});
