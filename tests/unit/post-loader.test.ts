import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { bodyImages } from '../../src/lib/content-check.ts';
import { forgetOlderEntries, missingImages, tolerant } from '../../src/lib/post-loader.ts';
import { bodyText } from '../../src/lib/post-index.ts';
import { forgetLostHtml, keepHtmlOut, removeUnusedHtml, withKeptHtml, type Rendered } from '../../src/lib/rendered-html.ts';

describe('missingImages: header images under public/', () => {
  const root = mkdtempSync(join(tmpdir(), 'tuongmai-images-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
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

describe('what the content store keeps of a body (it keeps no bodies)', () => {
  it('names the relative images of a body, as written, and no URL, rooted path or anchor', () => {
    const body = 'Ảnh ![họp](img/hop%20to.png "tiêu đề") và ![](<./a b.jpg>), ![](/img/x.png) ![](https://x.vn/a.png) ![](#x) ![](data:image/png;base64,AA)';
    expect(bodyImages(body)).toEqual(['img/hop%20to.png', './a b.jpg']);
  });

  it('reports an image the kept list names that is not next to the post, with no body at hand', () => {
    const root = mkdtempSync(join(tmpdir(), 'tuongmai-kept-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const post = { id: '2025-07-01-a.md', filePath: 'posts/2025-07-01-a.md', data: {}, images: ['img/khong-co.png'] };
    expect(missingImages([post], root, join(root, 'public')).map((p) => p.en)).toEqual([
      'image "img/khong-co.png" is not next to the post; for an image under public/, write it from the site root: "/img/khong-co.png".',
    ]);
  });

  it('sums a multilingual body up in the language shown first, and says which languages it has', () => {
    const body = '<div class="en post-container" markdown="1">\n\nIn English.\n\n</div>\n\n<div class="vi post-container" markdown="1">\n\nTiếng Việt.\n\n</div>\n';
    expect(bodyText(body, { multilingual: true, mathjax: false }, 'a.md')).toEqual({ languages: ['en', 'vi'], paragraph: 'Tiếng Việt.' });
    expect(bodyText('', { multilingual: false, mathjax: false }, 'a.md')).toEqual({ languages: [], paragraph: '' });
  });

  it('hands the loader the body Astro read, beside the file text', async () => {
    const contents = new Map<string, { text: string; body: string }>();
    const md = { getEntryInfo: async () => ({ data: {}, body: 'Thân bài.' }) };
    const types = tolerant(new Map([['.md', md]]), () => {}, undefined, undefined, contents);
    await types.get('.md')!.getEntryInfo({ contents: '---\ntitle: A\n---\n\nThân bài.\n', fileUrl: new URL('file:///site/a.md') });
    expect(contents.get('/site/a.md')).toEqual({ text: '---\ntitle: A\n---\n\nThân bài.\n', body: 'Thân bài.' });
  });
});

describe('forgetOlderEntries: entries made by older code are made again', () => {
  function context(code?: string) {
    const entries = new Map([['a.md', {}]]);
    const meta = new Map<string, string>(code ? [['code', code]] : []);
    const said: string[] = [];
    return {
      entries,
      meta,
      said,
      logger: { info: (m: string) => void said.push(m) } as never,
      store: { clear: () => entries.clear() } as never,
      metaStore: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    };
  }

  it('keeps the store while the code is the same', () => {
    const c = context('abc');
    forgetOlderEntries({ store: c.store, meta: c.metaStore, logger: c.logger }, 'abc');
    expect(c.entries.size).toBe(1);
    expect(c.said).toEqual([]);
  });

  it('empties it when the code changed, or when the store says nothing of its code, and records the code', () => {
    for (const before of ['old', undefined]) {
      const c = context(before);
      forgetOlderEntries({ store: c.store, meta: c.metaStore, logger: c.logger }, 'abc');
      expect(c.entries.size).toBe(0);
      expect(c.meta.get('code')).toBe('abc');
      // Said when there was an older store; a first build has nothing to forget.
      expect(c.said).toEqual(before ? ['The content loader changed since the last build: every file is read again'] : []);
    }
  });
});

describe('the rendered HTML is kept beside the store, not in it', () => {
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tuongmai-rendered-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'posts');
  };
  /** A store as the loader sees it: entries by id. */
  const storeOf = (entries: { id: string; rendered?: Rendered }[]) => {
    const map = new Map(entries.map((e) => [e.id, e]));
    return { map, values: () => map.values(), delete: (id: string) => void map.delete(id) };
  };
  const headings = [{ depth: 2, slug: 'lich-hop', text: 'Lịch họp' }];

  it('writes a body once, named by its HTML, and keeps its headings and the file in the entry', async () => {
    const dir = fresh();
    const html = '<h2 id="lich-hop">Lịch họp</h2><p>Nội dung.</p>';
    const kept = keepHtmlOut(dir, { html, metadata: { headings } });
    const file = join(dir, `${createHash('sha256').update(html).digest('base64url').slice(0, 32)}.html`);
    expect(kept).toEqual({ html: '', metadata: { headings, htmlFile: file } });
    expect(readFileSync(file, 'utf-8')).toBe(html);
    // A second post with the same body shares the file.
    expect(keepHtmlOut(dir, { html })).toEqual({ html: '', metadata: { htmlFile: file } });
    expect(readdirSync(dir)).toEqual([basename(file)]);
  });

  it('gives a page its body back from the file, and leaves the stored entry without it', async () => {
    const dir = fresh();
    const entry = { id: 'a.md', filePath: 'src/content/posts/a.md', rendered: keepHtmlOut(dir, { html: '<p>Một.</p>', metadata: { headings } }) };
    const read = withKeptHtml(entry);
    expect(read.rendered).toEqual({ html: '<p>Một.</p>', metadata: entry.rendered.metadata });
    expect(entry.rendered.html).toBe('');
    // An entry whose HTML the store kept (an older store, a body that failed to render) is handed on as it is.
    const stored = { id: 'b.md', rendered: { html: '<p>Hai.</p>' } };
    expect(withKeptHtml(stored)).toBe(stored);
  });

  it('renders again, before the loader runs, the entries whose file the cache has lost, and only those', async () => {
    const dir = fresh();
    const a = { id: 'a.md', rendered: keepHtmlOut(dir, { html: '<p>Một.</p>' }) };
    const b = { id: 'b.md', rendered: keepHtmlOut(dir, { html: '<p>Hai.</p>' }) };
    const moved = { id: 'c.md', rendered: { html: '', metadata: { htmlFile: join(dir, '..', 'other', basename(a.rendered.metadata!.htmlFile as string)) } } };
    const mdx = { id: 'd.mdx' };
    rmSync(b.rendered.metadata!.htmlFile as string);
    const store = storeOf([a, b, moved, mdx]);
    expect(await forgetLostHtml(store, dir)).toEqual(['b.md', 'c.md']);
    expect([...store.map.keys()]).toEqual(['a.md', 'd.mdx']);
    // A cache with no folder at all: every kept body is rendered again.
    expect(await forgetLostHtml(storeOf([a]), join(dir, 'none'))).toEqual(['a.md']);
  });

  it('removes the files no entry names after a load (a body edited, a post deleted)', async () => {
    const dir = fresh();
    const a = { id: 'a.md', rendered: keepHtmlOut(dir, { html: '<p>Một.</p>' }) };
    keepHtmlOut(dir, { html: '<p>Một, trước khi sửa.</p>' });
    expect(await removeUnusedHtml(storeOf([a, { id: 'd.mdx' }]), dir)).toBe(1);
    expect(readdirSync(dir)).toEqual([basename(a.rendered.metadata!.htmlFile as string)]);
  });

  it('keeps what the renderer made out of the store through the loader, and nothing of a body that failed', async () => {
    const dir = fresh();
    const md = {
      getEntryInfo: async () => ({ data: {}, body: '' }),
      getRenderFunction: async () => async (entry: { id: string }) => {
        if (entry.id === 'hong.md') throw new Error('thẻ chưa đóng');
        return { html: '<p>Thân bài.</p>', metadata: { headings: [] } };
      },
    };
    const reported: string[] = [];
    const types = tolerant(new Map([['.md', md]]), (id) => reported.push(id), undefined, undefined, undefined, (r) => keepHtmlOut(dir, r));
    const render = await types.get('.md')!.getRenderFunction!({});
    const kept = (await render({ id: 'a.md' })) as Rendered;
    expect(kept.html).toBe('');
    expect(readFileSync(kept.metadata!.htmlFile as string, 'utf-8')).toBe('<p>Thân bài.</p>');
    expect(await render({ id: 'hong.md' })).toEqual({ html: '' });
    expect(reported).toEqual(['hong.md']);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});

describe('a body that cannot be kept beside the store', () => {
  it('is reported as the post’s problem, not published empty', async () => {
    const md = { getEntryInfo: async () => ({ data: {}, body: '' }), getRenderFunction: async () => async () => ({ html: '<p>Thân bài.</p>' }) };
    const reported: string[] = [];
    const full = async () => {
      throw new Error('ENOSPC: no space left on device');
    };
    const types = tolerant(new Map([['.md', md]]), (id, found) => reported.push(`${id}: ${found.en}`), undefined, undefined, undefined, full);
    const render = await types.get('.md')!.getRenderFunction!({});
    expect(await render({ id: 'a.md' })).toEqual({ html: '' });
    expect(reported).toEqual(["a.md: the post's text could not be rendered: ENOSPC: no space left on device."]);
  });
});

describe('posts with the same body', () => {
  it('share one whole file, and leave nothing half-written behind', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tuongmai-rendered-')), 'posts');
    onTestFinished(() => rmSync(dirname(dir), { recursive: true, force: true }));
    const html = '<p>Nội dung đang cập nhật.</p>';
    const kept = Array.from({ length: 8 }, () => keepHtmlOut(dir, { html }));
    expect(new Set(kept.map((k) => k.metadata!.htmlFile)).size).toBe(1);
    expect(readdirSync(dir)).toEqual([basename(kept[0].metadata!.htmlFile as string)]);
    expect(readFileSync(kept[0].metadata!.htmlFile as string, 'utf-8')).toBe(html);
  });
});
