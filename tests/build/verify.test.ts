/** npm run verify on every test site: nothing published is lost, nothing withheld shows; and it notices when either happens. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPostSources, verifyDist } from '../../src/lib/verify.ts';
import { parsePostDate } from '../../src/lib/dates.ts';
import { site } from '../../src/site.config.ts';
import { astroEnv, distDir, FIXTURE_NOW, gatedSites, root, sites, type SiteName } from './sites.ts';

function postsOf(name: SiteName): string {
  return 'postsDir' in sites[name] ? (sites[name] as { postsDir: string }).postsDir : join(root, 'src/content/posts');
}

/** The "now" the site was built with (BUILD_NOW), as verify must judge pinned and expiring posts by it too. */
function nowOf(name: SiteName): Date | undefined {
  const raw = (sites[name] as { env?: Record<string, string> }).env?.BUILD_NOW;
  return raw ? parsePostDate(raw, site.timezone) : undefined;
}

describe('verify', () => {
  for (const name of gatedSites) {
    it(`finds every published post in place and no withheld one in the "${name}" site`, () => {
      const report = verifyDist(distDir(name), readPostSources(postsOf(name)), { now: nowOf(name) });
      expect(report.problems).toEqual([]);
      if (name === 'fixture' || name === 'staging') {
        expect(report.posts).toBeGreaterThan(30);
        // A draft, a post with published: false, and one dated 2099.
        expect(report.withheld).toBe(3);
      }
    });
  }

  it('runs as npm run verify <dist>, saying so in Vietnamese and English', () => {
    const run = spawnSync('npm', ['run', '--silent', 'verify', '--', distDir('fixture'), '--posts', postsOf('fixture')], {
      cwd: root,
      env: { ...astroEnv(), BUILD_NOW: FIXTURE_NOW },
      encoding: 'utf-8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Đủ cả \d+ bài đã đăng, không lộ bài nào trong 3 bài chưa đăng \/ All \d+ published posts are in place/);
  });

  it('names the post that went missing and the withheld post that showed', () => {
    const copy = mkdtempSync(join(tmpdir(), 'verify-'));
    try {
      cpSync(distDir('fixture'), copy, { recursive: true });
      rmSync(join(copy, '2025/08/05/sua-duong'), { recursive: true });
      writeFileSync(join(copy, 'about/index.html'), '<a href="/2025/09/02/ban-nhap/">nháp</a>');
      const posts = postsOf('fixture');
      const run = spawnSync('npm', ['run', '--silent', 'verify', '--', copy, '--posts', posts], { cwd: root, env: { ...astroEnv(), BUILD_NOW: FIXTURE_NOW }, encoding: 'utf-8' });
      expect(run.status).toBe(1);
      // Vietnamese first, as every message of the site's tools, then English.
      expect(run.stderr).toMatch(new RegExp(`^Trang đã dựng ở ${copy} có \\d+ lỗi: có bài đã đăng bị thiếu, hoặc bài chưa đăng bị lộ\\. Đừng đưa bản này lên mạng\\.\n\\(The built site in ${copy} has \\d+ problem\\(s\\)\\.\\)\n`));
      expect(run.stderr).toContain(
        `  ${join(posts, '2025-08-05-sua-duong.md')}\n    Lỗi: Thiếu trang của bài: /2025/08/05/sua-duong/.\n    (its page /2025/08/05/sua-duong/ is missing.)`,
      );
      expect(run.stderr).toContain(
        `  ${join(posts, '2025-09-02-ban-nhap.md')}\n    Lỗi: Bài chưa đăng, nhưng about/index.html có liên kết tới /2025/09/02/ban-nhap/.\n    (withheld, but about/index.html links to /2025/09/02/ban-nhap/.)`,
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
