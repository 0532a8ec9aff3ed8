import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { frontMatterAsWritten, missingImages } from '../../src/lib/post-loader.ts';
import { splitBilingual } from '../../src/lib/messages.ts';
import type { ContentProblem } from '../../src/lib/problems.ts';
import { postSchema } from '../../src/lib/post-schema.ts';

const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
const seedFile = new URL('../../src/content/posts/2025-07-01-tuong-mai-voi-mo-hinh-chinh-quyen-hai-cap.md', import.meta.url);

const schema = postSchema({ timezone: 'Asia/Ho_Chi_Minh', defaultAuthor: 'Phường Tương Mai' });

/** The smallest front matter that passes: a title and a date. */
const minimal = { title: 'Thông báo lịch tiếp dân', date: '2025-07-01 08:00:00' };

function parse(frontMatter: Record<string, unknown>) {
  const result = schema.safeParse(frontMatter);
  if (!result.success) throw new Error(`expected valid front matter, got: ${result.error.message}`);
  return result.data;
}

/** The messages an editor would read for invalid front matter. */
function errors(frontMatter: Record<string, unknown>): string {
  const result = schema.safeParse(frontMatter);
  expect(result.success, 'front matter should be rejected').toBe(false);
  // Each message is Vietnamese, then English (tests/unit/messages.test.ts checks the Vietnamese).
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${splitBilingual(i.message).en}`).join('\n');
}

describe('the seed post front matter', () => {
  const frontMatter = frontMatterAsWritten(readFileSync(seedFile, 'utf8'));

  it('is read as the editor wrote it (the date stays text, not a UTC Date)', () => {
    expect(frontMatter.date).toBe('2025-07-01 00:00:01');
  });

  it('passes the schema with every Hux key understood', () => {
    const data = parse(frontMatter);
    expect(data).toEqual({
      title: 'Tương Mai với mô hình chính quyền hai cấp',
      subtitle: 'Gần dân hơn, kiến tạo hơn',
      description: undefined,
      author: 'tuongmai.com',
      date: new Date('2025-06-30T17:00:01Z'),
      lastModified: undefined,
      tags: ['Hành chính'],
      headerImage: '/img/post/post_chinh_quyen_1.jpg',
      headerMask: 0.5,
      catalog: true,
      draft: false,
      published: true,
      hidden: false,
      urgent: false,
      pinned: false,
      expires: undefined,
      layout: 'post',
      headerStyle: undefined,
      headerBgCss: undefined,
      headerImageCredit: undefined,
      headerImageCreditHref: undefined,
      multilingual: false,
      iframe: undefined,
      mathjax: false,
      redirectFrom: [],
    });
  });
});

describe('valid front matter', () => {
  it('gives defaults for what the editor left out', () => {
    expect(parse(minimal)).toMatchObject({
      author: 'Phường Tương Mai',
      tags: [],
      catalog: false,
      draft: false,
      published: true,
      hidden: false,
      headerImage: undefined,
      headerMask: undefined,
      lastModified: undefined,
    });
  });

  it('trims the title', () => {
    expect(parse({ ...minimal, title: '  Tin mới  ' }).title).toBe('Tin mới');
  });

  it('accepts a single tag written as text', () => {
    expect(parse({ ...minimal, tags: 'Hành chính' }).tags).toEqual(['Hành chính']);
  });

  it('accepts an empty tags key', () => {
    expect(parse({ ...minimal, tags: null }).tags).toEqual([]);
  });

  it('reads date and last_modified_at in Hà Nội time', () => {
    const data = parse({ ...minimal, last_modified_at: '2025-07-02 09:15' });
    expect(data.date.toISOString()).toBe('2025-07-01T01:00:00.000Z');
    expect(data.lastModified?.toISOString()).toBe('2025-07-02T02:15:00.000Z');
  });

  it('honours an explicit offset in last_modified_at', () => {
    expect(parse({ ...minimal, last_modified_at: '2025-07-02T09:15:00Z' }).lastModified?.toISOString()).toBe(
      '2025-07-02T09:15:00.000Z',
    );
  });

  it('adds the leading slash to a header image written without one', () => {
    expect(parse({ ...minimal, 'header-img': 'img/post/post_chinh_quyen_1.jpg' }).headerImage).toBe(
      '/img/post/post_chinh_quyen_1.jpg',
    );
  });

  it('keeps an https header image as it is', () => {
    const url = 'https://i.ex-cdn.com/nongnghiepmoitruong.vn/files/content/2025/07/01/img_4627.jpg';
    expect(parse({ ...minimal, 'header-img': url }).headerImage).toBe(url);
  });

  it('accepts header-mask at both ends of 0..1', () => {
    expect(parse({ ...minimal, 'header-mask': 0 }).headerMask).toBe(0);
    expect(parse({ ...minimal, 'header-mask': 1 }).headerMask).toBe(1);
  });

  it('accepts layout: post', () => {
    expect(parse({ ...minimal, layout: 'post' }).title).toBe(minimal.title);
  });
});

describe('ward notices and the rest of the Hux keys', () => {
  it('reads urgent, pinned and expires (Hà Nội time unless an offset is given)', () => {
    const data = parse({ ...minimal, urgent: true, pinned: true, expires: '2025-07-03 18:00' });
    expect(data).toMatchObject({ urgent: true, pinned: true, expires: new Date('2025-07-03T11:00:00Z') });
    expect(parse({ ...minimal, expires: '2025-07-03T18:00:00Z' }).expires).toEqual(new Date('2025-07-03T18:00:00Z'));
  });

  it('refuses expires earlier than date, on the expires field', () => {
    expect(errors({ ...minimal, expires: '2025-06-30 08:00' })).toBe(
      'expires: expires is earlier than date: a notice cannot end before it is published.',
    );
  });

  it('refuses urgent without expires: the banner must say until when', () => {
    expect(errors({ ...minimal, urgent: true })).toBe(
      'expires: urgent: true needs expires: when the notice stops applying, such as 2025-08-21 18:00 (the banner shows it)',
    );
    expect(parse({ ...minimal, pinned: true }).expires).toBeUndefined();
  });

  it('reads the Hux header and keynote keys', () => {
    const data = parse({
      ...minimal,
      layout: 'keynote',
      iframe: 'https://slides.example.org/deck/',
      'header-style': 'text',
      'header-bg-css': 'linear-gradient(135deg, #1e3a8a, #0e7490)',
      'header-img-credit': 'Lan Chi',
      'header-img-credit-href': 'https://example.org/lan-chi',
      multilingual: true,
      mathjax: true,
    });
    expect(data).toMatchObject({
      layout: 'keynote',
      iframe: 'https://slides.example.org/deck/',
      headerStyle: 'text',
      headerBgCss: 'linear-gradient(135deg, #1e3a8a, #0e7490)',
      headerImageCredit: 'Lan Chi',
      headerImageCreditHref: 'https://example.org/lan-chi',
      multilingual: true,
      mathjax: true,
    });
  });

  it('refuses a keynote without its iframe', () => {
    expect(errors({ ...minimal, layout: 'keynote' })).toBe('iframe: layout "keynote" needs iframe: the https:// address of the slides.');
  });

  it('refuses header-bg-css that could leave the style attribute or fetch from elsewhere', () => {
    for (const css of ['red; position: fixed', 'url(https://evil.example/x.png)', '#fff" onload="x', '}body{display:none']) {
      expect(errors({ ...minimal, 'header-bg-css': css })).toBe(
        'header-bg-css: header-bg-css must be a CSS colour or gradient, such as linear-gradient(135deg, #1e3a8a, #0e7490).',
      );
    }
  });

  it('reads redirect_from as site-root paths, one or a list', () => {
    expect(parse({ ...minimal, redirect_from: 'old/post.html' }).redirectFrom).toEqual(['/old/post.html']);
    expect(parse({ ...minimal, redirect_from: ['/a/', '/b.html'] }).redirectFrom).toEqual(['/a/', '/b.html']);
    expect(errors({ ...minimal, redirect_from: 'https://other.example/x' })).toBe(
      'redirect_from: redirect_from "https://other.example/x" must be a path on this site, such as /2019/05/old-name.html.',
    );
  });
});

describe('invalid front matter fails with a message naming the field', () => {
  it('missing title', () => {
    const { title: _omitted, ...noTitle } = minimal;
    expect(errors(noTitle)).toBe('title: title is required; add a line "title: …" to the front matter.');
  });

  it('empty title (also when only spaces)', () => {
    expect(errors({ ...minimal, title: '' })).toBe('title: title is required; add a line "title: …" to the front matter.');
    expect(errors({ ...minimal, title: '   ' })).toBe('title: title is required; add a line "title: …" to the front matter.');
  });

  it('missing date', () => {
    expect(errors({ title: minimal.title })).toBe('date: date is required; add a line "date: …" to the front matter.');
  });

  it('a misspelt key, named as the field of its error', () => {
    expect(errors({ ...minimal, 'heder-img': '/img/post/post_chinh_quyen_1.jpg' })).toMatch(
      /^heder-img: unknown front matter key "heder-img"; did you mean "header-img"\?$/,
    );
  });

  it('a misspelt key and other mistakes, all reported together', () => {
    const all = errors({ date: '2025-07-01', 'heder-img': 'x', tags: [1] });
    expect(all.split('\n')).toEqual([
      'heder-img: unknown front matter key "heder-img"; did you mean "header-img"?',
      'title: title is required; add a line "title: …" to the front matter.',
      'tags: tags must be a list of text, or one tag as text.',
    ]);
  });

  it('header-mask above 1', () => {
    expect(errors({ ...minimal, 'header-mask': 1.5 })).toBe('header-mask: header-mask must be a number from 0 to 1.');
  });

  it('header-mask below 0', () => {
    expect(errors({ ...minimal, 'header-mask': -0.1 })).toBe('header-mask: header-mask must be a number from 0 to 1.');
  });

  it('header-mask that is not a number', () => {
    expect(errors({ ...minimal, 'header-mask': 'abc' })).toBe('header-mask: header-mask must be a number from 0 to 1.');
  });

  it('a date in words, quoting what was written', () => {
    expect(errors({ ...minimal, date: 'hôm qua' })).toBe(
      'date: date "hôm qua" is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS], optionally with an offset such as +07:00.',
    );
  });

  it('an impossible calendar date', () => {
    expect(errors({ ...minimal, date: '2025-02-30' })).toBe('date: date "2025-02-30" is not a real calendar date or time.');
  });

  it('an invalid last_modified_at', () => {
    expect(errors({ ...minimal, last_modified_at: '2025-13-01' })).toBe(
      'last_modified_at: last_modified_at "2025-13-01" is not a real calendar date or time.',
    );
  });

  it('tags that are numbers', () => {
    expect(errors({ ...minimal, tags: [1, 2] })).toBe('tags: tags must be a list of text, or one tag as text.');
  });

  it('a header image over plain http', () => {
    expect(errors({ ...minimal, 'header-img': 'http://example.com/a.jpg' })).toBe(
      'header-img: header-img "http://example.com/a.jpg" must use https://.',
    );
  });

  it('a header image with another scheme or protocol-relative', () => {
    expect(errors({ ...minimal, 'header-img': 'data:image/png;base64,AAAA' })).toBe(
      'header-img: header-img "data:image/png;base64,AAAA" must be an https URL or a path under public/.',
    );
    expect(errors({ ...minimal, 'header-img': '//cdn.example.com/a.jpg' })).toBe(
      'header-img: header-img "//cdn.example.com/a.jpg" must be an https URL or a path under public/.',
    );
  });

  it('an empty header image', () => {
    expect(errors({ ...minimal, 'header-img': '' })).toBe('header-img: header-img is empty; fill it in or remove the line.');
  });

  it('a layout other than post', () => {
    expect(errors({ ...minimal, layout: 'page' })).toBe('layout: layout must be one of "post", "keynote".');
  });

  it('catalog written as "yes"', () => {
    expect(errors({ ...minimal, catalog: 'yes' })).toBe('catalog: catalog must be true or false.');
  });

  it('draft, published and hidden written as text', () => {
    expect(errors({ ...minimal, draft: 'false' })).toBe('draft: draft must be true or false.');
    expect(errors({ ...minimal, published: 'no' })).toBe('published: published must be true or false.');
    expect(errors({ ...minimal, hidden: 1 })).toBe('hidden: hidden must be true or false.');
  });
});

describe('header images must be files under public/', () => {
  it('rejects a path that climbs out of public/', () => {
    expect(errors({ ...minimal, 'header-img': '../package.json' })).toBe('header-img: header-img "../package.json" points outside public/.');
  });

  it('rejects a path that climbs out through the middle', () => {
    expect(errors({ ...minimal, 'header-img': '/img/../../package.json' })).toBe(
      'header-img: header-img "/img/../../package.json" points outside public/.',
    );
  });
});

describe('images that must exist (checked by the loader on every build)', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const post = (headerImage: string) => ({ id: 'a.md', filePath: 'src/content/posts/a.md', data: { headerImage } });
  const bodyPost = (body: string) => ({ id: 'a.md', filePath: 'src/content/posts/a.md', body, data: {} });
  const english = (p: ContentProblem) => `${p.file}: ${p.en}`;

  it('names the post and the path of a relative image in the text that is not next to it', () => {
    expect(missingImages([bodyPost('Ảnh: ![họp](img/khong-co.png "tiêu đề")')], root, publicDir).map(english)).toEqual([
      'src/content/posts/a.md: image "img/khong-co.png" is not next to the post; for an image under public/, write it from the site root: "/img/khong-co.png".',
    ]);
    expect(missingImages([bodyPost('![](/img/a.png) ![](https://x.vn/a.png) ![](#x)')], root, publicDir)).toEqual([]);
    expect(missingImages([bodyPost('![](../../../public/favicon.svg)')], root, publicDir)).toEqual([]);
  });

  it('accepts a file under public/ and leaves remote images alone', () => {
    expect(missingImages([post('/img/post/post_chinh_quyen_1.jpg'), post('https://example.org/a.jpg')], root, publicDir)).toEqual([]);
  });

  it('names the post and the path of a missing image', () => {
    expect(missingImages([post('/img/post/khong-co.jpg')], root, publicDir).map(english)).toEqual([
      'src/content/posts/a.md: header-img "/img/post/khong-co.jpg" does not exist: no file public/img/post/khong-co.jpg (local images live under public/).',
    ]);
  });

  it('rejects a folder named as the image', () => {
    expect(missingImages([post('/img/post')], root, publicDir)).toHaveLength(1);
  });

  it('reports a stray % in the path instead of throwing', () => {
    expect(english(missingImages([post('/img/100%.jpg')], root, publicDir)[0])).toMatch(/header-img "\/img\/100%.jpg" does not exist/);
  });
});

describe('messages say what is wrong', () => {
  it('an empty author is reported as empty, not as "author must be text"', () => {
    expect(errors({ ...minimal, author: '' })).not.toMatch(/author must be text/);
  });
});

describe('text fields', () => {
  it('drop control characters where they enter, so no page or feed ever carries them', () => {
    const parsed = schema.parse({ ...minimal, title: 'Chuông\u0007 báo\u001b', tags: ['Tin\u0000 tức'] });
    expect(parsed.title).toBe('Chuông báo');
    expect(parsed.tags).toEqual(['Tin tức']);
  });
});
