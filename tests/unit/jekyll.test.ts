/**
 * The Jekyll importer's pure parts, each against the Jekyll rule it follows
 * (file names, Ruby dates, permalinks, front matter, Liquid, addresses).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJekyllConfig, permalinkTemplate } from '../../src/lib/jekyll/config.ts';
import { codeFence, JekyllLiquid, liquidTags, stripLiquid, type LiquidSite } from '../../src/lib/jekyll/liquid.ts';
import { htmlAsMarkdown, joinHtmlBlocks, oldSitePath, rewriteUrls, tidyBlankLines } from '../../src/lib/jekyll/content.ts';
import { parsePostFileName, parseRubyDate } from '../../src/lib/jekyll/dates.ts';
import { convertFrontMatter, pluralList, splitFrontMatter, titleizeSlug, type PostContext } from '../../src/lib/jekyll/front-matter.ts';
import { serializePost, writtenDate } from '../../src/lib/jekyll/import.ts';
import { bilingual } from '../../src/lib/jekyll/messages.ts';
import { jekyllSlugify, jekyllUrl } from '../../src/lib/jekyll/permalinks.ts';
import { tagSlug } from '../../src/lib/slugs.ts';

const HANOI = 'Asia/Ho_Chi_Minh';
const iso = (d: Date | undefined) => d?.toISOString();

describe('post file names, as Jekyll reads them', () => {
  it('takes one-digit months and days, and keeps the slug as written', () => {
    expect(parsePostFileName('_posts/2024-10-8-Họp-Dân.md')).toEqual({ date: { year: 2024, month: 10, day: 8 }, slug: 'Họp-Dân', ext: '.md' });
    expect(parsePostFileName('vi/news/_posts/2024-1-05-tin.markdown')).toEqual({ date: { year: 2024, month: 1, day: 5 }, slug: 'tin', ext: '.markdown' });
  });

  it('reads a draft without a date, and drops trailing dots from the slug', () => {
    expect(parsePostFileName('_drafts/ban-nhap.md')).toEqual({ slug: 'ban-nhap', ext: '.md' });
    expect(parsePostFileName('_posts/2024-01-01-het..md')?.slug).toBe('het');
  });
});

describe('Ruby dates', () => {
  it.each([
    ['2019-01-01 10:00:00 +0000', '2019-01-01T10:00:00.000Z'],
    ['2019-01-01 10:00:00 -0500', '2019-01-01T15:00:00.000Z'],
    ['2019-01-01 10:00:00 +07:00', '2019-01-01T03:00:00.000Z'],
    ['2019-01-01 10:00:00 UTC', '2019-01-01T10:00:00.000Z'],
    ['2019-01-01T10:00:00.123456789Z', '2019-01-01T10:00:00.123Z'],
    ['2023-04-04 10:00:00.123456789 UTC ', '2023-04-04T10:00:00.123Z'],
    ['2019-1-8 9:05', '2019-01-08T02:05:00.000Z'],
    ['2019-01-01', '2018-12-31T17:00:00.000Z'],
  ])('%j -> %s (no zone: the site’s timezone, here Hà Nội)', (raw, expected) => {
    expect(iso(parseRubyDate(raw, HANOI))).toBe(expected);
  });

  it('reads a date without a zone in the old site’s own timezone', () => {
    expect(iso(parseRubyDate('2024-10-08', 'Asia/Tokyo'))).toBe('2024-10-07T15:00:00.000Z');
    expect(iso(parseRubyDate('2024-10-08 00:00', 'UTC'))).toBe('2024-10-08T00:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    expect(parseRubyDate('hôm qua', HANOI)).toBeUndefined();
    expect(parseRubyDate('2019-02-30', HANOI)).toBeUndefined();
    expect(parseRubyDate('2019-01-01 10:00 +2500', HANOI)).toBeUndefined();
  });
});

describe('_config.yml', () => {
  it('fills in Jekyll’s defaults', () => {
    const config = parseJekyllConfig('title: A\n');
    expect(config.permalink).toBe('/:categories/:year/:month/:day/:title:output_ext');
    expect(config.timezone).toBe('UTC');
    expect(config.timezoneGiven).toBe(false);
    expect(config.markdownExt).toEqual(['markdown', 'mkdown', 'mkdn', 'mkd', 'md']);
    expect(config.excerptSeparator).toBe('\n\n');
    expect(config.baseurl).toBe('');
  });

  it('reads permalink styles, timezone, base URL and Markdown extensions', () => {
    const config = parseJekyllConfig('permalink: pretty\ntimezone: Asia/Tokyo\nbaseurl: blog/\nurl: https://a.example/\nmarkdown_ext: "md, .MKD"\nfuture: true\n');
    expect(config.permalink).toBe('/:categories/:year/:month/:day/:title/');
    expect(config.timezone).toBe('Asia/Tokyo');
    expect(config.baseurl).toBe('/blog');
    expect(config.url).toBe('https://a.example');
    expect(config.markdownExt).toEqual(['md', 'mkd']);
    expect(config.future).toBe(true);
    expect(permalinkTemplate('/:title.html')).toBe('/:title.html');
    expect(permalinkTemplate('none')).toBe('/:categories/:title:output_ext');
  });
});

describe('old URLs from permalinks', () => {
  const post = { slug: 'Họp-Dân Cư', categories: ['vi', 'News', 'Thông-Báo'], date: new Date('2024-12-31T23:30:00Z'), timezone: 'UTC' };

  it('fills the built-in styles in the old site’s timezone', () => {
    expect(jekyllUrl(permalinkTemplate('date'), { ...post, categories: [] })).toBe('/2024/12/31/Họp-Dân-Cư.html');
    expect(jekyllUrl(permalinkTemplate('pretty'), { ...post, categories: [], timezone: 'Asia/Tokyo' })).toBe('/2025/01/01/Họp-Dân-Cư/');
    expect(jekyllUrl(permalinkTemplate('ordinal'), { ...post, categories: [] })).toBe('/2024/366/Họp-Dân-Cư.html');
  });

  it('keeps the title’s case and lower-cases the categories', () => {
    expect(jekyllUrl('/:categories/:title/', post)).toBe('/vi/news/thông-báo/Họp-Dân-Cư/');
    expect(jekyllUrl('/:title.html', post)).toBe('/Họp-Dân-Cư.html');
    expect(jekyllUrl('/:categories/:title/', { ...post, categories: [] })).toBe('/Họp-Dân-Cư/');
  });

  it('fills a post’s own permalink, and cleans it as Jekyll does', () => {
    expect(jekyllUrl('/gioi-thieu.html', post)).toBe('/gioi-thieu.html');
    expect(jekyllUrl('tin//:year/:i_month/:slug', post)).toBe('/tin/2024/12/họp-dân-cư');
  });

  it('slugifies as Jekyll’s pretty and default modes', () => {
    expect(jekyllSlugify('The _config.yml file', 'pretty', true)).toBe('The-_config.yml-file');
    expect(jekyllSlugify('The _config.yml file')).toBe('the-config-yml-file');
    expect(jekyllSlugify('Sổ Tay Thử')).toBe('sổ-tay-thử');
  });
});

describe('front matter', () => {
  const ctx: PostContext = { fileName: { date: { year: 2024, month: 10, day: 8 }, slug: 'hop-dan-cu', ext: '.md' }, pathCategories: ['vi', 'news'], timezone: HANOI };
  const convert = (data: Record<string, unknown>, more: Partial<PostContext> = {}) => convertFrontMatter(data, { ...ctx, ...more }, () => 3);

  it('splits tags and categories written as one string, and lets tag/category name one', () => {
    expect(pluralList({ tags: 'hành-chính  tin' }, 'tag', 'tags')).toEqual(['hành-chính', 'tin']);
    expect(pluralList({ tag: 'Cư dân', tags: ['x'] }, 'tag', 'tags')).toEqual(['Cư dân']);
    expect(pluralList({ tags: [2019, 'go', null] }, 'tag', 'tags')).toEqual(['2019', 'go']);
    const fm = convert({ title: 'A', categories: 'Thông-Báo Khẩn', tags: ['微信'] });
    expect(fm.categories).toEqual(['vi', 'news', 'Thông-Báo', 'Khẩn']);
    expect(fm.fields.tags).toEqual(['微信', 'vi', 'news', 'Thông-Báo', 'Khẩn']);
  });

  it('reads empty values as absent, yes/no as booleans and numbers as text', () => {
    const fm = convert({ title: 2048, description: null, 'header-img': '', catalog: 'yes', hidden: 'on', mathjax: 'no', published: 'no', subtitle: '' });
    expect(fm.fields).toEqual({ title: '2048', catalog: true, hidden: true, published: false, tags: ['vi', 'news'] });
    expect(fm.problems.map((p) => p.key)).toEqual(['categoriesToTags']);
  });

  it('turns excerpt into a plain-text description and an author mapping into its name', () => {
    const fm = convert({ title: 'A', excerpt: 'Tóm tắt <em>ngắn</em> với **đậm**', author: { name: 'Trần Lan', email: 'a@b' } });
    expect(fm.fields.description).toBe('Tóm tắt ngắn với đậm');
    expect(fm.fields.author).toBe('Trần Lan');
    expect(convert({ title: 'A', author: 'lan' }, { authors: { lan: { name: 'Trần Thị Lan' } } }).fields.author).toBe('Trần Thị Lan');
  });

  it('titles a post without one from its file name, as Jekyll does', () => {
    expect(titleizeSlug('chào-bạn-đọc')).toBe('Chào Bạn Đọc');
    const fm = convert({});
    expect(fm.title).toBe('Hop Dan Cu');
    expect(fm.date?.toISOString()).toBe('2024-10-07T17:00:00.000Z');
    expect(fm.dayOnly).toEqual({ year: 2024, month: 10, day: 8 });
  });

  it('lists keys from other themes, with their lines, and keeps Hux’s', () => {
    const fm = convert({ title: 'A', type: 'post', status: 'publish', lang: 'vi', 'header-style': 'text', 'header-bg-css': 'linear-gradient(#000, #fff)', multilingual: true });
    expect(fm.problems.filter((p) => p.key === 'droppedKey').map((p) => [p.values?.key, p.line])).toEqual([['type', 3], ['status', 3], ['lang', 3]]);
    expect(fm.fields).toMatchObject({ 'header-style': 'text', 'header-bg-css': 'linear-gradient(#000, #fff)', multilingual: true });
  });

  it('moves a keynote to https, and makes one without slides a post', () => {
    expect(convert({ title: 'A', layout: 'keynote', iframe: 'http://s.example.org/x/' }).fields).toMatchObject({ layout: 'keynote', iframe: 'https://s.example.org/x/' });
    const bare = convert({ title: 'A', layout: 'keynote' });
    expect(bare.fields.layout).toBeUndefined();
    expect(bare.problems.map((p) => p.key)).toContain('layoutChanged');
  });

  it('reads Hux’s credit link without a scheme and its gradient with a trailing semicolon, as Hux’s layout wrote them', () => {
    const fm = convert({ title: 'A', 'header-img-credit-href': 'unsplash.com/@ai', 'header-bg-css': 'linear-gradient(to right, #24b94a, #38ef7d); ' });
    expect(fm.fields['header-img-credit-href']).toBe('https://unsplash.com/@ai');
    expect(fm.fields['header-bg-css']).toBe('linear-gradient(to right, #24b94a, #38ef7d)');
  });

  it('refuses CSS that could leave the header’s style attribute', () => {
    const fm = convert({ title: 'A', 'header-bg-css': 'url(https://x.example/a.png)' });
    expect(fm.fields['header-bg-css']).toBeUndefined();
    expect(fm.problems.map((p) => p.key)).toContain('badValue');
  });

  it('finds front matter as Jekyll does, with the line the body starts on', () => {
    expect(splitFrontMatter('---\ntitle: A\n---\nThân bài')).toEqual({ yaml: 'title: A\n', body: 'Thân bài', bodyLine: 4 });
    expect(splitFrontMatter('\uFEFF---\ntitle: A\n...\n\nB').body).toBe('\nB');
    expect(splitFrontMatter('Chỉ có thân bài').yaml).toBeUndefined();
  });
});

describe('addresses in a post', () => {
  const site = { baseurl: '/tin', url: 'https://old.example.org' };

  it('resolves them as the old site’s browser did', () => {
    expect(oldSitePath('images/a.png', '/2023/01/chao.html', site)).toEqual({ path: '/2023/01/images/a.png', suffix: '' });
    expect(oldSitePath('../pictures/b.png?v=2', '/2023/01/chao/', site)).toEqual({ path: '/2023/01/pictures/b.png', suffix: '?v=2' });
    expect(oldSitePath('/tin/img/c.png', '/x/', site)).toEqual({ path: '/img/c.png', suffix: '' });
    expect(oldSitePath('https://old.example.org/tin/2023/01/chao.html#a', '/x/', site)).toEqual({ path: '/2023/01/chao.html', suffix: '#a' });
    expect(oldSitePath('https://other.example.org/a.png', '/x/', site)).toBeUndefined();
    expect(oldSitePath('#muc-1', '/x/', site)).toBeUndefined();
    expect(oldSitePath('mailto:a@b.c', '/x/', site)).toBeUndefined();
    expect(oldSitePath('/img/ảnh%20đẹp.png', '/x/', site)).toEqual({ path: '/img/ảnh đẹp.png', suffix: '' });
  });

  it('rewrites images, links, references and raw HTML, never code', () => {
    const md = [
      '![a](img/a.png "t") [b](/b/) [![c](c.png)](/d/)',
      '[ref]: /e.png',
      '<img src="f.png" alt=""> <a href=\'/g/\'>g</a>',
      '`![x](code.png)`',
      '```',
      '![y](fence.png)',
      '```',
    ].join('\n');
    const seen: string[] = [];
    const out = rewriteUrls(md, (url, kind) => {
      seen.push(`${kind}:${url}`);
      return `/new/${url.replace(/^\//, '')}`;
    });
    expect(seen).toEqual(['image:img/a.png', 'link:/b/', 'image:c.png', 'link:/d/', 'image:/e.png', 'image:f.png', 'link:/g/']);
    expect(out).toBe([
      '![a](/new/img/a.png "t") [b](/new/b/) [![c](/new/c.png)](/new/d/)',
      '[ref]: /new/e.png',
      '<img src="/new/f.png" alt=""> <a href=\'/new/g/\'>g</a>',
      '`![x](code.png)`',
      '```',
      '![y](fence.png)',
      '```',
    ].join('\n'));
  });

  it('reads an HTML attribute as text (&amp; is &) and writes it back escaped; a frame is not an image', () => {
    const seen: string[] = [];
    const out = rewriteUrls('<img src="/a-&amp;-b.png"> <iframe src="//x.example/f/"></iframe>', (url, kind) => {
      seen.push(`${kind}:${url}`);
      return url === '/a-&-b.png' ? '/m&n.png' : undefined;
    });
    expect(seen).toEqual(['image:/a-&-b.png', 'link://x.example/f/']);
    expect(out).toBe('<img src="/m&amp;n.png"> <iframe src="//x.example/f/"></iframe>');
  });

  it('keeps an HTML element one block, as kramdown read it, unless it asks for Markdown inside', () => {
    expect(joinHtmlBlocks('<div class="k">\n  <p>a</p>\n\n  <p>b</p>\n</div>\n\nSau.')).toBe('<div class="k">\n  <p>a</p>\n  <p>b</p>\n</div>\n\nSau.');
    const md = '<div markdown="1">\n\n**đậm**\n\n</div>';
    expect(joinHtmlBlocks(md)).toBe(md);
    expect(htmlAsMarkdown('<p>a</p>\n\n<pre>x\n\ny</pre>')).toBe('<div>\n<p>a</p>\n<pre>x\n&#10;y</pre>\n</div>\n');
    expect(tidyBlankLines('a\n\n\n\nb\n```\n\n\n\n```')).toBe('a\n\nb\n```\n\n\n\n```');
  });
});

describe('Liquid, as Jekyll rendered it', () => {
  const dir = join(import.meta.dirname, '../fixtures/jekyll/vi-blog');
  const site: LiquidSite = {
    dir, config: { title: 'Sổ tay' }, data: { menu: [{ ten: 'A' }, { ten: 'B' }] }, baseurl: '/blog', url: 'https://old.example', timezone: HANOI,
    posts: [{ relPath: '_posts/2023-04-04-ngay-ruby.mkd', newUrl: '/2023/04/04/ngay-ruby/', page: { title: '2048', url: '/2023/04/ngay-ruby.html' } }],
  };
  const render = (body: string, page: Record<string, unknown> = {}) => new JekyllLiquid(site).render(body, 10, page);

  it('renders site, page, data, includes with parameters and Jekyll’s filters', async () => {
    const { text, problems } = await render(
      '{{ site.title }}/{{ page.title }}/{{ site.data.menu | size }}|{% include ghi-chu.html tieu_de="T" noi_dung="N" %}|{{ "/a/" | relative_url }}|{{ "Đống Đa" | slugify }}|{{ "**b**" | markdownify }}',
      { title: 'P' },
    );
    expect(text).toBe('Sổ tay/P/2|<div class="ghi-chu"><strong>T</strong>: N</div>\n|/blog/a/|đống-đa|<p><strong>b</strong></p>');
    expect(problems).toEqual([]);
  });

  it('turns highlight into a fence longer than any backticks inside, and keeps raw as written', async () => {
    const { text } = await render('{% highlight js linenos %}\nlet a = 1;\n{% endhighlight %}{% raw %}{{ x }}{% endraw %}');
    expect(text).toBe('\n\n```js\nlet a = 1;\n```\n\n{{ x }}');
    expect(codeFence('', 'a ``` b')).toBe('\n\n````\na ``` b\n````\n\n');
  });

  it('points post_url at the new URL', async () => {
    expect((await render('{% post_url 2023-04-04-ngay-ruby %}')).text).toBe('/2023/04/04/ngay-ruby/');
    const missing = await render('\n{% post_url 2020-01-01-khong-co %}');
    expect(missing.problems).toEqual([{ key: 'unknownPostUrl', values: { tag: 'post_url', name: '2020-01-01-khong-co' }, line: 11 }]);
  });

  it('removes a tag it does not know, keeping any text inside, and reports it with its line', async () => {
    const { text, problems } = await render('a\n{% youtube abc %}\n{% callout %}giữ{% endcallout %}');
    expect(text).toBe('a\n\ngiữ');
    expect(problems).toEqual([
      { key: 'unknownTag', values: { tag: 'youtube abc' }, line: 11 },
      { key: 'unknownTag', values: { tag: 'callout' }, line: 12 },
    ]);
  });

  it('includes a file next to the post with include_relative, parameters and all', async () => {
    const { text, problems } = await render('{% include_relative ../_includes/ghi-chu.html tieu_de="R" noi_dung=page.title %}', { path: '_posts/x.md', title: 'P' });
    expect(text).toBe('<div class="ghi-chu"><strong>R</strong>: P</div>\n');
    expect(problems).toEqual([]);
  });

  it('reports a missing include and goes on', async () => {
    const { text, problems } = await render('x{% include khong-co.html %}y');
    expect(text).toBe('xy');
    expect(problems).toEqual([{ key: 'missingInclude', values: { name: 'khong-co.html' }, line: 10 }]);
  });

  it('when Liquid cannot run, drops its tags and keeps raw text', async () => {
    const { text, problems } = await render('a {% if %} b {% raw %}{{ c }}{% endraw %}');
    expect(problems[0].key).toBe('liquidError');
    expect(text).toBe('a  b {{ c }}');
    expect(stripLiquid('{{ x }}y{% z %}')).toBe('y');
    expect(liquidTags('{% raw %}{% not %}{% endraw %}{% yes a %}').map((t) => t.name)).toEqual(['raw', 'yes']);
  });
});

describe('the post written', () => {
  it('writes dates in Hà Nội time with the offset, and keys in a stable order', () => {
    expect(writtenDate(new Date('2019-05-06T23:30:00Z'), HANOI)).toBe('2019-05-07 06:30:00 +07:00');
    const text = serializePost({ tags: ['a b', '2023'], title: 'Có: dấu hai chấm', date: new Date('2019-05-06T23:30:00Z'), redirect_from: ['/x.html'] }, '\n\nThân.', HANOI);
    expect(text).toBe("---\ntitle: 'Có: dấu hai chấm'\ndate: 2019-05-07 06:30:00 +07:00\ntags: [a b, '2023']\nredirect_from: [/x.html]\n---\n\nThân.\n");
  });

  it('says everything in Vietnamese, then English', () => {
    expect(bilingual('imported', { url: '/a/' })).toBe('đã nhập, địa chỉ mới /a/ / imported, new URL /a/');
  });
});

describe('tag slugs', () => {
  it('are ASCII when the tag has Latin letters, and keep other scripts as they are', () => {
    expect(tagSlug('Hành chính')).toBe('hanh-chinh');
    expect(tagSlug('微信')).toBe('微信');
    expect(tagSlug('微信 公众号')).toBe('微信-公众号');
    expect(tagSlug('!!!')).toBe('');
  });
});
