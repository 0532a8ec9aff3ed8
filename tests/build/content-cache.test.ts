/**
 * The posts' rendered HTML lives in the build's cache beside Astro's content store, not in it
 * (src/lib/rendered-html.ts). What a maintainer relies on: warm builds publish the same bodies,
 * a cache that lost some of them renders those again, and edited bodies leave no stale files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputRoot, runBuild } from './sites.ts';

const name = 'content-cache';
const posts = join(outputRoot, `${name}-posts`);
const out = join(outputRoot, name);
const bodies = join(out, 'cache/tuongmai-rendered/posts');
const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2025-07-02 08:00:00\n---\n\n${body}\n`;
const page = (path: string) => readFileSync(join(out, 'dist', path, 'index.html'), 'utf-8');
/** The post's body as the page shows it: the article's text between its header and its footer. */
const body = (path: string) => /<div class="post-body[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(page(path))?.[1];

async function build(warm: boolean): Promise<string> {
  const { code, output } = await runBuild(name, { postsDir: posts }, { warm });
  if (code !== 0) throw new Error(output);
  return output;
}

describe('rendered bodies kept beside the content store', () => {
  it('keeps bodies out of the store, renders again those the cache lost, and removes those no post has', async () => {
    rmSync(posts, { recursive: true, force: true });
    mkdirSync(posts, { recursive: true });
    writeFileSync(join(posts, '2025-07-02-lich-hop.md'), post('Lịch họp', 'Họp **tổ dân phố** lúc 8 giờ.'));
    writeFileSync(join(posts, '2025-07-02-tiem-chung.md'), post('Tiêm chủng', 'Tiêm chủng ở *nhà văn hoá*.'));
    await build(false);
    const cold = { hop: body('2025/07/02/lich-hop'), tiem: body('2025/07/02/tiem-chung') };
    expect(cold.hop).toContain('<p>Họp <strong>tổ dân phố</strong> lúc 8 giờ.</p>');
    expect(cold.tiem).toContain('<p>Tiêm chủng ở <em>nhà văn hoá</em>.</p>');
    const files = readdirSync(bodies).sort();
    expect(files).toHaveLength(2);
    const store = readFileSync(join(out, 'cache/data-store.json'), 'utf-8');
    expect(store).not.toContain('tổ dân phố</strong>');
    expect(store).toContain(join(bodies, files[0]));

    // The cache lost one body (restored in part): that post is rendered again, the other reused.
    const lost = files.find((f) => readFileSync(join(bodies, f), 'utf-8').includes('tổ dân phố'))!;
    rmSync(join(bodies, lost));
    const log = await build(true);
    expect(log).toContain('1 rendered body was missing from the cache: rendering them again');
    expect(body('2025/07/02/lich-hop')).toBe(cold.hop);
    expect(body('2025/07/02/tiem-chung')).toBe(cold.tiem);
    expect(readdirSync(bodies).sort()).toEqual(files);

    // A body edited: its old file goes, its new one comes; a post deleted: its file goes.
    writeFileSync(join(posts, '2025-07-02-lich-hop.md'), post('Lịch họp', 'Họp **tổ dân phố** lúc 9 giờ.'));
    rmSync(join(posts, '2025-07-02-tiem-chung.md'));
    await build(true);
    expect(body('2025/07/02/lich-hop')).toContain('<p>Họp <strong>tổ dân phố</strong> lúc 9 giờ.</p>');
    expect(existsSync(join(out, 'dist/2025/07/02/tiem-chung'))).toBe(false);
    const left = readdirSync(bodies);
    expect(left).toHaveLength(1);
    expect(readFileSync(join(bodies, left[0]), 'utf-8')).toContain('lúc 9 giờ');
  });
});
