/** Old addresses (redirect_from): where their pages go, what they say, and which clashes stop the build. */
import { describe, expect, it } from 'vitest';
import { parsePostDate } from '../../src/lib/dates.ts';
import { buildPostIndex, PostIndexError, type PostSource } from '../../src/lib/post-index.ts';
import type { PostData } from '../../src/lib/post-schema.ts';
import { redirectPage, redirectRules, redirectsFile, redirectsJson } from '../../src/lib/redirects.ts';
import { redirectFile, redirectHref } from '../../src/lib/urls.ts';

const HANOI = 'Asia/Ho_Chi_Minh';

function post(id: string, redirectFrom: string[], extra: Partial<PostData> = {}, body?: string): PostSource {
  return {
    id,
    filePath: `src/content/posts/${id}.md`,
    body,
    data: {
      title: `Tin ${id}`,
      author: 'Phường Tương Mai',
      date: parsePostDate(id.slice(0, 10), HANOI),
      tags: [],
      catalog: false,
      draft: false,
      published: true,
      hidden: false,
      redirectFrom,
      ...extra,
    } as PostData,
  };
}

function problemsOf(sources: PostSource[]): string[] {
  try {
    buildPostIndex(sources, { timezone: HANOI });
  } catch (err) {
    expect(err).toBeInstanceOf(PostIndexError);
    return (err as PostIndexError).problems.map((p) => `${p.file} — ${p.field}: ${p.vi} / ${p.en}`);
  }
  throw new Error('expected buildPostIndex to throw');
}

describe('redirectFile: the file written for an old address', () => {
  it('writes .html addresses as files and folder addresses as index.html', () => {
    expect(redirectFile('/2019/05/ten-cu.html')).toBe('2019/05/ten-cu.html');
    expect(redirectFile('/tin-cu/ten/')).toBe('tin-cu/ten/index.html');
    expect(redirectFile('/tin-cu/ten')).toBe('tin-cu/ten/index.html');
    expect(redirectFile('/tin/ten.php')).toBe('tin/ten.php/index.html');
  });

  it('decodes escaped names and drops a query or fragment', () => {
    expect(redirectFile('/tin/b%C3%A0i-c%C5%A9.html?x=1#y')).toBe('tin/bài-cũ.html');
    expect(redirectFile('/tin/bài-cũ/')).toBe('tin/bài-cũ/index.html');
  });

  it('links to it under the base path, escaped', () => {
    expect(redirectHref('/tin/bài-cũ/', '/')).toBe('/tin/b%C3%A0i-c%C5%A9/');
    expect(redirectHref('/2019/05/a.html', '/staging/')).toBe('/staging/2019/05/a.html');
  });
});

describe('the post index collects redirects', () => {
  it('lists each old address with its post and file', () => {
    const index = buildPostIndex([post('2023-03-02-moi', ['/2019/05/cu.html', '/tin-cu/moi/'])], { timezone: HANOI });
    expect(index.redirects.map((r) => [r.from, r.file, r.post.path])).toEqual([
      ['/2019/05/cu.html', '2019/05/cu.html', '2023/03/02/moi/'],
      ['/tin-cu/moi/', 'tin-cu/moi/index.html', '2023/03/02/moi/'],
    ]);
  });

  it('skips an old address that is the post’s own new address, and repeats', () => {
    const index = buildPostIndex([post('2023-03-02-moi', ['/2023/03/02/moi/', '/cu/', '/cu'])], { timezone: HANOI });
    expect(index.redirects.map((r) => r.from)).toEqual(['/cu/']);
  });

  it('stops on an old address two posts claim, naming both files', () => {
    expect(problemsOf([post('2023-03-01-mot', ['/cu.html']), post('2023-03-02-hai', ['/cu.html'])])).toEqual([
      'src/content/posts/2023-03-01-mot.md — redirect_from: Địa chỉ cũ “/cu.html” trong redirect_from cũng có trong bài ' +
        '“src/content/posts/2023-03-02-hai.md”: một địa chỉ cũ chỉ dẫn tới được một bài. Hãy bỏ nó khỏi một trong hai bài. / ' +
        'redirect_from "/cu.html" is also in src/content/posts/2023-03-02-hai.md: an old address can lead to one post only.',
    ]);
  });

  it('stops on an old address that is another post’s page, naming both files', () => {
    expect(problemsOf([post('2023-03-01-mot', []), post('2023-03-02-hai', ['/2023/03/01/mot/'])])).toEqual([
      'src/content/posts/2023-03-02-hai.md — redirect_from: Địa chỉ cũ “/2023/03/01/mot/” trong redirect_from là địa chỉ của bài ' +
        '“src/content/posts/2023-03-01-mot.md”. Hãy bỏ nó khỏi redirect_from. / ' +
        'redirect_from "/2023/03/01/mot/" is the address of src/content/posts/2023-03-01-mot.md; remove it from redirect_from.',
    ]);
  });
});

describe('what is written for servers and readers', () => {
  const index = buildPostIndex([post('2023-03-02-moi', ['/2019/05/cu.html', '/tin-cu/moi/'], { title: 'Tin <mới> & hay' })], {
    timezone: HANOI,
  });
  const rules = redirectRules(index);

  it('gives both ends as links on the site, 301', () => {
    expect(redirectsFile(rules)).toBe('/2019/05/cu.html /2023/03/02/moi/ 301\n/tin-cu/moi/ /2023/03/02/moi/ 301\n');
    expect(JSON.parse(redirectsJson(rules))[0]).toEqual({
      from: '/2019/05/cu.html',
      to: '/2023/03/02/moi/',
      status: 301,
      file: '2019/05/cu.html',
      post: 'src/content/posts/2023-03-02-moi.md',
      title: 'Tin <mới> & hay',
      description: 'Tin <mới> & hay',
      image: 'https://tuongmai.com/img/og-default.png',
    });
  });

  it('writes a page that refreshes at once, names the new address canonical, is not indexed, and shows a Vietnamese link', () => {
    const html = redirectPage(rules[0]);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/2023/03/02/moi/">');
    expect(html).toContain('<link rel="canonical" href="https://tuongmai.com/2023/03/02/moi/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<p>Bài viết này đã chuyển sang địa chỉ mới: <a href="/2023/03/02/moi/">Tin &lt;mới&gt; &amp; hay</a></p>');
    expect(html).not.toContain('<script');
    // A chat app previewing the old link shows the post.
    expect(html).toContain('<meta property="og:url" content="https://tuongmai.com/2023/03/02/moi/">');
    expect(html).toContain('<meta property="og:title" content="Tin &lt;mới&gt; &amp; hay">');
  });
});

describe('multilingual posts are summed up in the language shown first', () => {
  it('takes the excerpt from the Vietnamese block, wherever it stands', () => {
    const body = '<div class="en post-container">\n\nEnglish first.\n\n</div>\n\n<div class="vi post-container" markdown="1">\n## Giới thiệu\nTiếng Việt sau.\n</div>';
    const [p] = buildPostIndex([post('2023-03-05-song-ngu', [], { multilingual: true }, body)], { timezone: HANOI }).posts;
    expect(p.languages).toEqual(['en', 'vi']);
    expect(p.excerpt).toBe('Tiếng Việt sau.');
  });
});
