import { describe, expect, it } from 'vitest';
import { parsePostDate } from '../../src/lib/dates.ts';
import { buildPostIndex, PostIndexError, type PostSource } from '../../src/lib/post-index.ts';
import { makePost, names } from '../support/make-post.ts';

const HANOI = 'Asia/Ho_Chi_Minh';

const post = makePost;

const build = (sources: PostSource[], now?: Date) => buildPostIndex(sources, { timezone: HANOI, now });
const ids = names;

/** The problems a PostIndexError lists, or a failure if the index built. */
function problemsOf(sources: PostSource[]): string[] {
  try {
    build(sources);
  } catch (err) {
    expect(err).toBeInstanceOf(PostIndexError);
    return (err as PostIndexError).problems.map((p) => `${p.file}: ${p.vi}\n${p.en}`);
  }
  throw new Error('expected buildPostIndex to throw a PostIndexError');
}

describe('which posts are public, and in what order', () => {
  it('lists posts newest first', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01 08:00'),
      post('2025-07-03-c', '2025-07-03 08:00'),
      post('2025-07-02-b', '2025-07-02 08:00'),
    ]);
    expect(ids(index.posts)).toEqual(['2025-07-03-c', '2025-07-02-b', '2025-07-01-a']);
  });

  it('orders posts by the instant, not by the calendar text (an offset can make a later-looking date earlier)', () => {
    const index = build([
      post('2025-07-01-hanoi', '2025-07-01 10:00'), // 03:00 UTC
      post('2025-07-01-utc', '2025-07-01 02:00 +0000'), // 02:00 UTC
    ]);
    expect(ids(index.posts)).toEqual(['2025-07-01-hanoi', '2025-07-01-utc']);
  });

  it('breaks ties of the same instant by file name', () => {
    const index = build([post('2025-07-01-b', '2025-07-01'), post('2025-07-01-a', '2025-07-01')]);
    expect(ids(index.posts)).toEqual(['2025-07-01-a', '2025-07-01-b']);
  });

  it('leaves out drafts and posts with published: false', () => {
    const index = build([
      post('2025-07-01-public', '2025-07-01'),
      post('2025-07-02-draft', '2025-07-02', { draft: true }),
      post('2025-07-03-unpublished', '2025-07-03', { published: false }),
    ]);
    expect(ids(index.posts)).toEqual(['2025-07-01-public']);
  });

  it('leaves out future posts when given the build time, and keeps them with showFuture (astro dev)', () => {
    const sources = [
      post('2025-07-01-past', '2025-07-01 08:00'),
      post('2025-07-01-exactly-now', '2025-07-01 09:00'),
      post('2025-07-02-future', '2025-07-02 08:00'),
    ];
    const now = parsePostDate('2025-07-01 09:00', HANOI);
    expect(ids(build(sources, now).posts)).toEqual(['2025-07-01-exactly-now', '2025-07-01-past']);
    expect(ids(buildPostIndex(sources, { timezone: HANOI, now, showFuture: true }).posts)).toEqual(['2025-07-02-future', '2025-07-01-exactly-now', '2025-07-01-past']);
  });

  it('keeps hidden posts reachable and archived, but off the home page', () => {
    const index = build([post('2025-07-01-shown', '2025-07-01'), post('2025-07-02-hidden', '2025-07-02', { hidden: true })]);
    expect(ids(index.posts)).toEqual(['2025-07-02-hidden', '2025-07-01-shown']);
    expect(ids(index.homePosts)).toEqual(['2025-07-01-shown']);
    expect(index.byPath.has('2025/07/02/hidden/')).toBe(true);
    expect(ids(index.years[0].posts)).toContain('2025-07-02-hidden');
  });

  it('builds an empty index from no posts', () => {
    const index = build([]);
    expect(index).toMatchObject({ posts: [], homePosts: [], tags: [], years: [] });
  });
});

describe('post URLs and fields', () => {
  it('puts a post at YYYY/MM/DD/slug/ from its local date and file name', () => {
    const [p] = build([post('2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap', '2025-07-01 00:00:01')]).posts;
    expect(p.slug).toBe('tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap');
    expect(p.path).toBe('2025/07/01/tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap/');
    expect(p.localDate).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('dates the URL by the Hà Nội calendar, not by the UTC date', () => {
    // 2025-06-30T17:00:01Z is already 1 July in Hà Nội.
    const [p] = build([post('2025-07-01-a', '2025-06-30T17:00:01Z')]).posts;
    expect(p.path).toBe('2025/07/01/a/');
  });

  it('finds posts by path', () => {
    const index = build([post('2025-07-01-a', '2025-07-01')]);
    expect(index.byPath.get('2025/07/01/a/')?.id).toBe('2025-07-01-a.md');
  });

  it('uses last_modified_at as the update time, else the date', () => {
    const [edited, untouched] = build([
      post('2025-07-02-edited', '2025-07-02', { lastModified: parsePostDate('2025-07-05 10:00', HANOI) }),
      post('2025-07-01-untouched', '2025-07-01'),
    ]).posts;
    expect(edited.updated.toISOString()).toBe('2025-07-05T03:00:00.000Z');
    expect(untouched.updated).toEqual(untouched.date);
  });

  it('carries header image, mask, catalog and author through', () => {
    const [p] = build([
      post('2025-07-01-a', '2025-07-01', {
        headerImage: '/img/post/post_chinh_quyen_1.jpg',
        headerMask: 0.5,
        catalog: true,
        author: 'tuongmai.com',
      }),
    ]).posts;
    expect(p).toMatchObject({ headerImage: '/img/post/post_chinh_quyen_1.jpg', headerMask: 0.5, catalog: true, author: 'tuongmai.com' });
  });
});

describe('summary and excerpt', () => {
  const body = '[//]: # (template img ![]())\n\n> Đoạn **mở đầu** của bài.\n\nĐoạn thứ hai.';

  it('summary: the description first', () => {
    const [p] = build([post('2025-07-01-a', '2025-07-01', { description: 'Mô tả', subtitle: 'Phụ đề' }, body)]).posts;
    expect(p.summary).toBe('Mô tả');
    expect(p.excerpt).toBe('Mô tả');
  });

  it('summary: else the subtitle (the excerpt still prefers the first paragraph)', () => {
    const [p] = build([post('2025-07-01-a', '2025-07-01', { subtitle: 'Phụ đề' }, body)]).posts;
    expect(p.summary).toBe('Phụ đề');
    expect(p.excerpt).toBe('Đoạn mở đầu của bài.');
  });

  it('summary: else the first paragraph as plain text', () => {
    const [p] = build([post('2025-07-01-a', '2025-07-01', {}, body)]).posts;
    expect(p.summary).toBe('Đoạn mở đầu của bài.');
  });

  it('shortens a long first paragraph to at most 220 characters', () => {
    const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const [p] = build([post('2025-07-01-a', '2025-07-01', {}, long)]).posts;
    expect(p.summary.length).toBeLessThanOrEqual(220);
    expect(p.summary.endsWith('…')).toBe(true);
  });

  it('is never empty: a post with no text at all is summarised by its title', () => {
    const [p] = build([post('2025-07-01-a', '2025-07-01', { title: 'Tiêu đề' })]).posts;
    expect(p.summary).toBe('Tiêu đề');
    expect(p.excerpt).toBe('Tiêu đề');
  });

  it('a first paragraph opening with inline HTML is the summary, as text', () => {
    const html = '<strong>(Tương Mai)</strong> - Đoạn mở đầu có chữ đậm.\n\nĐoạn hai.';
    const [p] = build([post('2025-07-01-a', '2025-07-01', {}, html)]).posts;
    expect(p.summary).toBe('(Tương Mai) - Đoạn mở đầu có chữ đậm.');
  });

  it('a photo-only post is summarised by its caption, else the photo’s alt text', () => {
    const captioned = '![Ảnh](https://example.org/a.jpg)\n\n> Người dân làm thủ tục. Ảnh: Lan Chi.';
    const altOnly = '![Sân trước trụ sở](https://example.org/a.jpg)';
    const [a, b] = build([post('2025-07-02-a', '2025-07-02', {}, captioned), post('2025-07-01-b', '2025-07-01', {}, altOnly)]).posts;
    expect(a.summary).toBe('Người dân làm thủ tục. Ảnh: Lan Chi.');
    expect(b.summary).toBe('Sân trước trụ sở');
  });
});

describe('tags', () => {
  it('merges spellings that give the same slug, named by the most used spelling', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['Hành chính'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['hành chính'] }),
      post('2025-07-03-c', '2025-07-03', { tags: ['Hanh chinh'] }),
      post('2025-07-04-d', '2025-07-04', { tags: ['Hành  chính'] }),
      post('2025-07-05-e', '2025-07-05', { tags: ['Hành chính'] }),
    ]);
    expect(index.tags).toHaveLength(1);
    const [tag] = index.tags;
    expect(tag.slug).toBe('hanh-chinh');
    // 'Hành chính' x2 plus 'Hành  chính' (spaces collapsed) makes three.
    expect(tag.name).toBe('Hành chính');
    expect(tag.posts).toHaveLength(5);
    // Every post shows the one display name.
    for (const p of index.posts) expect(p.tags).toEqual([{ slug: 'hanh-chinh', name: 'Hành chính' }]);
    expect(index.tagBySlug.get('hanh-chinh')).toBe(tag);
  });

  it('on a tie, names the tag by its fullest spelling, with tone marks and capitals', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['Hanh chinh'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Hành chính'] }),
      post('2025-07-03-c', '2025-07-03', { tags: ['hành chính'] }),
    ]);
    expect(index.tags[0].name).toBe('Hành chính');
  });

  it('counts a post once when it repeats a tag in two spellings', () => {
    const index = build([post('2025-07-01-a', '2025-07-01', { tags: ['Hành chính', 'hành chính'] })]);
    expect(index.posts[0].tags).toEqual([{ slug: 'hanh-chinh', name: 'Hành chính' }]);
    expect(index.tags[0].posts).toHaveLength(1);
  });

  it('lists a tag’s posts newest first', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['Y tế'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Y tế'] }),
    ]);
    expect(ids(index.tagBySlug.get('y-te')!.posts)).toEqual(['2025-07-02-b', '2025-07-01-a']);
  });

  it('orders tags by number of posts, then by Vietnamese alphabetical order', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['Y tế', 'Ăn uống', 'An ninh', 'Đường phố', 'Dân số'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Y tế'] }),
    ]);
    // a < ă, and d < đ in Vietnamese.
    expect(index.tags.map((t) => t.name)).toEqual(['Y tế', 'An ninh', 'Ăn uống', 'Dân số', 'Đường phố']);
  });

  it('keeps tags that differ in tone marks apart, with slugs that do not collide, and warns', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['Bão'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Báo', 'Bao 2'] }),
      post('2025-07-03-c', '2025-07-03', { tags: ['bão', 'bao'] }),
    ]);
    // The oldest spelling keeps the plain slug; "Bao 2" already has bao-2, so Báo gets bao-3;
    // "bao", with no marks at all, joins the first.
    expect(index.tags.map((t) => [t.slug, t.name, t.posts.length])).toEqual([
      ['bao', 'Bão', 2],
      ['bao-3', 'Báo', 1],
      ['bao-2', 'Bao 2', 1],
    ]);
    expect(index.posts.find((p) => p.id === '2025-07-03-c.md')!.tags).toEqual([{ slug: 'bao', name: 'Bão' }]);
    expect(index.warnings.map((w) => [w.file, w.field, w.severity, w.vi])).toEqual([
      [
        'src/content/posts/2025-07-02-b.md',
        'tags',
        'warning',
        'Các thẻ “Bão”, “Báo” chỉ khác nhau ở dấu nên là 2 thẻ riêng (địa chỉ /tags/bao/, /tags/bao-3/). Nếu chúng là cùng một thẻ, hãy sửa cho cùng một cách viết.',
      ],
    ]);
  });

  it('gives tone-mark variants the same slugs whatever order the posts come in', () => {
    const posts = [
      post('2025-07-01-a', '2025-07-01', { tags: ['Báo'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Bão'] }),
    ];
    const slugs = (sources: PostSource[]) => build(sources).tags.map((t) => `${t.slug}=${t.name}`).sort();
    expect(slugs(posts)).toEqual(['bao-2=Bão', 'bao=Báo']);
    expect(slugs([...posts].reverse())).toEqual(slugs(posts));
  });

  it('does not let capitals count as marks when naming a tag', () => {
    const index = build([
      post('2025-07-01-a', '2025-07-01', { tags: ['HÀNH CHÍNH'] }),
      post('2025-07-02-b', '2025-07-02', { tags: ['Hành chính'] }),
    ]);
    expect(index.tags.map((t) => t.name)).toEqual(['Hành chính']);
  });

  it('keeps a tag with no Latin letters, with a slug of its own letters', () => {
    const index = build([post('2025-07-01-a', '2025-07-01', { tags: ['微信', 'Hành chính'] })]);
    expect(index.tags.map((t) => t.slug).sort()).toEqual(['hanh-chinh', '微信']);
  });

  it('refuses a tag with no letters or digits, naming the file', () => {
    const problems = problemsOf([post('2025-07-01-a', '2025-07-01', { tags: ['!!!'] })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/posts/2025-07-01-a.md');
    expect(problems[0]).toContain('"!!!"');
  });
});

describe('years, months and days', () => {
  const index = build([
    post('2025-12-31-giao-thua', '2025-12-31 23:30'),
    post('2025-07-31-cuoi-thang', '2025-07-31 23:30'),
    post('2025-07-01-chieu', '2025-07-01 15:00'),
    post('2025-07-01-sang', '2025-07-01 00:00:01'),
    post('2024-07-01-nam-truoc', '2024-07-01'),
  ]);

  it('groups by year, month and day, newest first, from the Hà Nội date', () => {
    const shape = index.years.map((y) => [y.path, y.months.map((m) => [m.path, m.days.map((d) => d.path)])]);
    expect(shape).toEqual([
      ['2025/', [['2025/12/', ['2025/12/31/']], ['2025/07/', ['2025/07/31/', '2025/07/01/']]]],
      ['2024/', [['2024/07/', ['2024/07/01/']]]],
    ]);
    // Keys name the groups without being paths: fit for element ids.
    expect(index.years[0].months[0].days[0].key).toBe('2025-12-31');
  });

  it('keeps a post at 23:30 on 31 July in July, and one at 23:30 on 31 December in 2025', () => {
    const july = index.years[0].months.find((m) => m.month === 7)!;
    expect(ids(july.posts)).toContain('2025-07-31-cuoi-thang');
    expect(ids(index.years[0].posts)).toContain('2025-12-31-giao-thua');
  });

  it('has no empty months or days', () => {
    expect(index.years[0].months.map((m) => m.month)).toEqual([12, 7]);
    for (const y of index.years) for (const m of y.months) for (const d of m.days) expect(d.posts.length).toBeGreaterThan(0);
  });

  it('lists every post in its year, month and day', () => {
    const day = index.years[0].months[1].days[1];
    expect(day.date).toEqual({ year: 2025, month: 7, day: 1 });
    expect(ids(day.posts)).toEqual(['2025-07-01-chieu', '2025-07-01-sang']);
    expect(index.years[0].posts).toHaveLength(4);
    expect(index.years[1]).toMatchObject({ year: 2024, key: '2024' });
  });

  it('starts a new year even when the month number repeats (July 2025 then July 2024)', () => {
    expect(index.years[1].months).toHaveLength(1);
    expect(ids(index.years[1].months[0].posts)).toEqual(['2024-07-01-nam-truoc']);
  });
});

describe('neighbours', () => {
  const index = build([
    post('2025-07-01-a', '2025-07-01'),
    post('2025-07-02-b', '2025-07-02'),
    post('2025-07-03-c', '2025-07-03'),
  ]);
  const [c, b, a] = index.posts;

  it('gives the newer and the older post', () => {
    expect(index.neighbours(b)).toEqual({ newer: c, older: a });
  });

  it('has no newer post for the newest and no older post for the oldest', () => {
    expect(index.neighbours(c)).toEqual({ newer: undefined, older: b });
    expect(index.neighbours(a)).toEqual({ newer: b, older: undefined });
  });

  it('knows nothing of a post from another index', () => {
    const other = build([post('2025-07-01-a', '2025-07-01')]).posts[0];
    expect(index.neighbours(other)).toEqual({});
  });
});

describe('problems stop the build, each naming its file', () => {
  it('two files with the same URL (same slug, same Hà Nội date)', () => {
    const problems = problemsOf([
      post('2025-07-01-hop-hdnd', '2025-07-01 08:00'),
      post('2025-07-01-Hop-HDND', '2025-07-01 09:00'),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/posts/2025-07-01-hop-hdnd.md');
    expect(problems[0]).toContain('src/content/posts/2025-07-01-Hop-HDND.md');
    expect(problems[0]).toContain('/2025/07/01/hop-hdnd/');
  });

  it('same slug on different Hà Nội dates is fine', () => {
    expect(() =>
      build([post('2025-07-01-hop', '2025-07-01 23:00'), post('2025-07-02-hop', '2025-07-02 00:30')]),
    ).not.toThrow();
  });

  it('a file name that gives no slug', () => {
    const problems = problemsOf([post('2025-07-01-', '2025-07-01')]);
    expect(problems[0]).toContain('src/content/posts/2025-07-01-.md');
  });

  it('reports every problem at once, in a readable message', () => {
    let error: PostIndexError | undefined;
    try {
      build([
        post('2025-07-01-a', '2025-07-01', { tags: ['!!!'] }),
        post('2025-07-02-b', '2025-07-02', { tags: ['???'] }),
      ]);
    } catch (err) {
      error = err as PostIndexError;
    }
    expect(error?.name).toBe('PostIndexError');
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toContain('2 problem(s)');
    expect(error?.message).toContain('2025-07-01-a.md');
    expect(error?.message).toContain('2025-07-02-b.md');
  });
});

describe('ward notices at the build’s now', () => {
  const now = parsePostDate('2026-02-10 08:00', HANOI);
  const sources = [
    post('2026-02-09-storm', '2026-02-09 16:00', { urgent: true, expires: parsePostDate('2026-02-11 18:00', HANOI) }),
    post('2026-02-08-water', '2026-02-08 09:00', { urgent: true, expires: parsePostDate('2026-02-10 08:00', HANOI) }),
    post('2026-02-07-hidden', '2026-02-07 09:00', { urgent: true, hidden: true, expires: parsePostDate('2026-03-01', HANOI) }),
    post('2026-02-06-news', '2026-02-06 09:00'),
    post('2026-01-20-cold', '2026-01-20 07:00', { urgent: true, expires: parsePostDate('2026-01-22 18:00', HANOI) }),
    post('2025-06-15-reception', '2025-06-15 08:00', { pinned: true, expires: parsePostDate('2026-06-30 17:00', HANOI) }),
    post('2025-06-01-forever', '2025-06-01 08:00', { pinned: true }),
    post('2025-05-20-old-pin', '2025-05-20 08:00', { pinned: true, expires: parsePostDate('2026-01-31 17:00', HANOI) }),
    post('2025-05-01-hidden-pin', '2025-05-01 08:00', { pinned: true, hidden: true }),
  ];
  const index = build(sources, now);
  const byId = (id: string) => index.posts.find((p) => p.id === `${id}.md`)!;

  it('marks a post expired from its expires instant on, and only posts with an expires', () => {
    expect(byId('2026-02-08-water').expired).toBe(true); // expires exactly at now
    expect(byId('2026-01-20-cold').expired).toBe(true);
    expect(byId('2026-02-09-storm').expired).toBe(false);
    expect(byId('2026-02-06-news').expired).toBe(false);
    expect(byId('2025-06-01-forever').expired).toBe(false);
  });

  it('lists the urgent notices in force newest first, hidden ones included, expired ones not', () => {
    expect(ids(index.urgent)).toEqual(['2026-02-09-storm', '2026-02-07-hidden']);
  });

  it('puts pinned posts in force at the head of the home page, newest first, each listed once', () => {
    expect(ids(index.pinned)).toEqual(['2025-06-15-reception', '2025-06-01-forever']);
    expect(ids(index.homePosts)).toEqual([
      '2025-06-15-reception',
      '2025-06-01-forever',
      '2026-02-09-storm',
      '2026-02-08-water',
      '2026-02-06-news',
      '2026-01-20-cold',
      '2025-05-20-old-pin',
    ]);
  });

  it('keeps expired notices everywhere else: posts, archives, tags', () => {
    expect(ids(index.posts)).toContain('2026-01-20-cold');
    expect(ids(index.years[0].posts)).toContain('2026-01-20-cold');
  });

  it('judges everything at one now, the given one', () => {
    expect(index.now).toBe(now);
    const later = build(sources, parsePostDate('2026-07-01', HANOI));
    expect(ids(later.urgent)).toEqual([]);
    expect(ids(later.pinned)).toEqual(['2025-06-01-forever']);
  });
});
