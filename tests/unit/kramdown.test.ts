/**
 * The kramdown and Hux constructs posts imported from Jekyll use, rendered
 * through the site's real pipeline (its features and every plugin): each
 * renders as kramdown would, and none shows as text.
 */
import { markdownToHtml, mdxToJs, type MarkdownToHtmlResult, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseAttributes, proseLines, stripKramdown } from '../../src/lib/kramdown.ts';
import { replaceEmoji } from '../../src/lib/emoji.ts';
import { postLanguages } from '../../src/lib/languages.ts';
import { features, hastPlugins, mdastPlugins } from '../../src/markdown/index.ts';
import { splitMarkdownBlock } from '../../src/markdown/markdown-in-html.ts';
import { separatorKind } from '../../src/markdown/table-sections.ts';

/** What Astro hands the plugins: the post's front matter among them. */
const astroData = (frontmatter: Record<string, unknown>) => ({
  astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
});

// Every plugin is synchronous, so the result is too.
const render = (markdown: string, frontmatter: Record<string, unknown> = {}): string =>
  (markdownToHtml(markdown, { mdastPlugins, hastPlugins: hastPlugins('/'), features, data: astroData(frontmatter) }) as MarkdownToHtmlResult).html;

describe('attribute lists ({: …})', () => {
  it('parses classes, an id, quoted and bare attributes and references; refuses event handlers', () => {
    expect(parseAttributes(' .notice #tb key="a b" k2=\'c\' k3=d ref onclick="x()" ')).toEqual({
      id: 'tb',
      classes: ['notice'],
      attributes: { key: 'a b', k2: 'c', k3: 'd' },
      refs: ['ref'],
    });
  });

  it('gives a list on the line under a paragraph to the paragraph', () => {
    expect(render('Đoạn thông báo.\n{: .notice}')).toBe('<p class="notice">Đoạn thông báo.</p>\n');
  });

  it('gives a list on the line above a paragraph to it, and merges several', () => {
    expect(render('{: #dau}\nĐoạn.\n{: .a .b}')).toBe('<p id="dau" class="a b">Đoạn.</p>\n');
  });

  it('gives a list on its own line to the heading, list, quote and table it follows', () => {
    expect(render('## Tiêu đề\n{: .lon}')).toBe('<h2 class="lon" id="tieu-de">Tiêu đề</h2>\n');
    expect(render('* một\n* hai\n{: .gon}')).toBe('<ul class="gon">\n<li>một</li>\n<li>hai</li>\n</ul>\n');
    expect(render('> trích\n{: .trich}')).toBe('<blockquote class="trich">\n<p>trích</p>\n</blockquote>\n');
    expect(render('| a |\n|---|\n| 1 |\n{: .bang}')).toBe(
      '<table class="bang">\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('gives an indented list line inside a list item to that item’s paragraph', () => {
    expect(render('* một\n\n  hai\n  {: .x}')).toBe('<ul>\n<li>\n<p>một</p>\n<p class="x">hai</p>\n</li>\n</ul>\n');
    // A tight item has no <p> to carry it: the list goes, nothing shows.
    expect(render('* một\n  {: .x}')).toBe('<ul>\n<li>một</li>\n</ul>\n');
  });

  it('gives a list right after a link, emphasis or image to it', () => {
    expect(render('[Đăng ký](/dang-ky/){: .btn #nut} và *chú ý*{: .em}')).toBe(
      '<p><a href="/dang-ky/" id="nut" class="btn">Đăng ký</a> và <em class="em">chú ý</em></p>\n',
    );
    expect(render('![ảnh](/a.jpg){: .phai}')).toBe('<p><img src="/a.jpg" alt="ảnh" class="phai" loading="lazy" decoding="async"></p>\n');
  });

  it('applies definitions by reference and drops the definition', () => {
    expect(render('{:canh-bao: .notice .notice--warning}\n\nĐoạn.\n{: canh-bao}')).toBe('<p class="notice notice--warning">Đoạn.</p>\n');
  });

  it('drops a list that attaches to nothing, and extension tags', () => {
    expect(render('{: .mo-coi}')).toBe('');
    expect(render('Chữ {: .lac} giữa{::comment}ẩn{:/comment} câu.{::options parse_block_html="true" /}')).toBe('<p>Chữ  giữa câu.</p>\n');
  });

  it('leaves code alone', () => {
    expect(render('`{: .x}`\n\n```\n{: .notice}\n```')).toBe('<p><code>{: .x}</code></p>\n<pre><code>{: .notice}\n</code></pre>\n');
  });

  it('reads {#id} after a heading (Sätteri’s heading attributes)', () => {
    expect(render('## Phần một {#p1}')).toBe('<h2 id="p1">Phần một</h2>\n');
  });
});

describe('{:toc}', () => {
  it('replaces the marked list with the headings, nested, linking to their ids', () => {
    const html = render('* Mục lục\n{:toc}\n\n## Phần một\n\n### Chi tiết\n\n## Phần hai {#hai}\n\n## Bỏ qua\n{: .no_toc}\n\nChú thích[^1].\n\n[^1]: Ghi chú.');
    expect(html.split('\n')[0]).toBe(
      '<nav class="toc toc--body" aria-label="Mục lục" data-pagefind-ignore=""><p class="toc__title">Mục lục</p><ol>' +
        '<li><a href="#phan-mot">Phần một</a><ol><li><a href="#chi-tiet">Chi tiết</a></li></ol></li>' +
        '<li><a href="#hai">Phần hai</a></li></ol></nav>',
    );
    expect(html).not.toContain('{:toc}');
    expect(html).not.toContain('<li>Mục lục');
  });

  it('works with an ordered list and with {:toc} alone', () => {
    expect(render('1. x\n{:toc}\n\n## A')).toMatch(/^<nav class="toc toc--body"[^]*<a href="#a">A<\/a>/);
    expect(render('{:toc}\n\n## A')).toMatch(/^<nav class="toc toc--body"[^]*<a href="#a">A<\/a>/);
  });
});

describe('definition lists', () => {
  it('render as <dl>', () => {
    expect(render('Hộ khẩu\n: Sổ ghi nhân khẩu của một hộ.\n: Nay thay bằng dữ liệu dân cư.')).toBe(
      '<dl>\n<dt>Hộ khẩu</dt>\n<dd>Sổ ghi nhân khẩu của một hộ.</dd>\n<dd>Nay thay bằng dữ liệu dân cư.</dd>\n</dl>\n',
    );
  });
});

describe('abbreviations (*[…]: …)', () => {
  it('wrap whole words in <abbr> and drop the definitions, wherever they are', () => {
    expect(render('Nộp qua cổng DVC của UBND, không phải DVCX.\n\n*[DVC]: Dịch vụ công\n*[UBND]: Ủy ban nhân dân')).toBe(
      '<p>Nộp qua cổng <abbr title="Dịch vụ công">DVC</abbr> của <abbr title="Ủy ban nhân dân">UBND</abbr>, không phải DVCX.</p>\n',
    );
  });

  it('drop definitions written right under a paragraph, and apply before the definition', () => {
    expect(render('UBND phường.\n*[UBND]: Ủy ban nhân dân')).toBe('<p><abbr title="Ủy ban nhân dân">UBND</abbr> phường.</p>\n');
  });

  it('leave code alone', () => {
    expect(render('`UBND`\n\n*[UBND]: Ủy ban nhân dân')).toBe('<p><code>UBND</code></p>\n');
  });
});

describe('table sections (|===| and |---| rows)', () => {
  it('tells separator rows from data rows', () => {
    expect(separatorKind(['===', ''])).toBe('footer');
    expect(separatorKind(['---', '---'])).toBe('body');
    expect(separatorKind(['---', '5'])).toBeUndefined();
    expect(separatorKind(['', ''])).toBeUndefined();
  });

  it('puts rows after |===| in <tfoot> and splits bodies at |---|', () => {
    expect(render('| Tổ | Số hộ |\n|---|---|\n| 1 | 20 |\n|---|---|\n| 2 | 30 |\n|===|===|\n| Cộng | 50 |')).toBe(
      '<table><thead>\n<tr>\n<th>Tổ</th>\n<th>Số hộ</th>\n</tr>\n</thead><tbody><tr>\n<td>1</td>\n<td>20</td>\n</tr></tbody>' +
        '<tbody><tr>\n<td>2</td>\n<td>30</td>\n</tr></tbody><tfoot><tr>\n<td>Cộng</td>\n<td>50</td>\n</tr></tfoot></table>\n',
    );
  });
});

describe('<div markdown="1">', () => {
  it('splits the block and drops the attribute', () => {
    expect(splitMarkdownBlock('<div class="notice" markdown="1">\n  **a**\n</div>')).toEqual({
      open: '<div class="notice">',
      content: '**a**',
      close: '</div>',
    });
    expect(splitMarkdownBlock('<div class="notice">\n**a**\n</div>')).toBeUndefined();
  });

  it('renders its content as Markdown, with attribute lists inside', () => {
    expect(render('<div class="notice" markdown="1">\n**Lưu ý:** mang theo căn cước.\n{: .lead}\n</div>')).toBe(
      '<div class="notice">\n<p class="lead"><strong>Lưu ý:</strong> mang theo căn cước.</p>\n</div>\n',
    );
  });

  it('drops the attribute from inline HTML', () => {
    expect(render('Chữ <span markdown="1">*nghiêng*</span>.')).toBe('<p>Chữ <span><em>nghiêng</em></span>.</p>\n');
  });
});

describe('footnotes', () => {
  it('are labelled in Vietnamese, back links too', () => {
    const html = render('Theo quyết định[^qd].\n\n[^qd]: Quyết định số 1 năm 2025.');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Chú thích</h2>');
    expect(html).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
    expect(html).not.toContain('[^qd]');
  });
});

describe('jemoji shortcodes', () => {
  it('become emoji by GitHub’s names; unknown names and times stay', () => {
    expect(replaceEmoji(':smile: :+1: :tada: :khong-co: 10:30:45')).toBe('😄 👍 🎉 :khong-co: 10:30:45');
    expect(render('Chúc mừng :tada:!\n\n`:tada:`')).toBe('<p>Chúc mừng 🎉!</p>\n<p><code>:tada:</code></p>\n');
  });
});

describe('maths', () => {
  const mathml = (html: string) => html.match(/<math[^]*?<\/math>/g) ?? [];

  it('renders $$…$$ on its own lines as a displayed formula in every post', () => {
    const html = render('Công thức:\n\n$$\nS = \\frac{a \\cdot h}{2}\n$$');
    expect(html).toBe(
      '<p>Công thức:</p>\n<math display="block" class="tml-display" style="display:block math;"><semantics><mrow><mi>S</mi><mo>=</mo>' +
        '<mfrac><mrow><mi>a</mi><mo>⋅</mo><mi>h</mi></mrow><mn>2</mn></mfrac></mrow>' +
        '<annotation encoding="application/x-tex">S = \\frac{a \\cdot h}{2}</annotation></semantics></math>\n',
    );
  });

  it('renders $…$ only with mathjax: true, keeping the Vietnamese around it intact', () => {
    const text = 'Diện tích mảnh đất ở phường Tương Mai là $S = a^2$ mét vuông, giá 5$ một ngày.';
    const on = render(text, { mathjax: true });
    expect(on).toBe(
      '<p>Diện tích mảnh đất ở phường Tương Mai là <math><semantics><mrow><mi>S</mi><mo>=</mo><msup><mi>a</mi><mn>2</mn></msup></mrow>' +
        '<annotation encoding="application/x-tex">S = a^2</annotation></semantics></math> mét vuông, giá 5$ một ngày.</p>\n',
    );
    expect(render(text)).toBe(`<p>${text}</p>\n`);
  });

  it('keeps Vietnamese text inside a formula', () => {
    expect(mathml(render('$$\\text{Diện tích} = \\text{dài} \\times \\text{rộng}$$'))[0]).toContain('<mtext>Diện\u00a0tích</mtext>');
  });

  it('leaves no script, and dollars in code alone', () => {
    const html = render('`$x$` and\n\n```\n$$y$$\n```', { mathjax: true });
    expect(html).toBe('<p><code>$x$</code> and</p>\n<pre><code>$$y$$\n</code></pre>\n');
  });

  it('renders $$…$$ alone in a paragraph as a displayed formula, as kramdown does', () => {
    expect(render('$$x$$')).toMatch(/^<math display="block"/);
    expect(render('Chữ $$x$$ chữ')).toMatch(/^<p>Chữ <math><semantics>/);
  });

  it('shows a formula with a mistake as its TeX, rather than failing the post', () => {
    expect(render('Sai: $$\\frac{1$$ đây')).toBe('<p>Sai: <code class="math-error">\\frac{1</code> đây</p>\n');
  });

  it('renders in MDX too', () => {
    const options = { mdastPlugins, hastPlugins: hastPlugins('/'), features, jsx: true, data: astroData({ mathjax: true }) };
    const { code } = mdxToJs('Mdx $x^2$.', options) as MdxToJsResult;
    expect(code).toContain('<_components.msup>');
  });
});

describe('multilingual posts', () => {
  const body = '<div class="zh post-container" markdown="1">\n**中文**\n</div>\n\n<div class="en post-container">\n\nEnglish *text*\n\n</div>\n\n<div class="vi post-container">\n\nTiếng Việt\n\n</div>';

  it('finds the languages in order', () => {
    expect(postLanguages(body)).toEqual(['zh', 'en', 'vi']);
  });

  it('marks each block with its language and anchor; the Vietnamese one shows first', () => {
    expect(render(body, { multilingual: true })).toBe(
      '<div class="zh post-container post-lang" id="lang-zh" lang="zh">\n<p><strong>中文</strong></p>\n</div>\n' +
        '<div class="en post-container post-lang" id="lang-en" lang="en">\n<p>English <em>text</em></p>\n</div>\n' +
        '<div class="vi post-container post-lang post-lang--default" id="lang-vi" lang="vi">\n<p>Tiếng Việt</p>\n</div>\n',
    );
  });

  it('leaves posts without multilingual: true alone', () => {
    expect(render('<div class="en post-container">\n\nx\n\n</div>')).toBe('<div class="en post-container">\n<p>x</p>\n</div>\n');
  });
});

describe('Hux layouts in MDX', () => {
  it('take `layout: keynote` out of what the MDX compiler sees, which would import it as a component', () => {
    const data = astroData({ layout: 'keynote', title: 'x' });
    mdxToJs('Chữ.', { mdastPlugins, hastPlugins: hastPlugins('/'), features, data });
    expect(data.astro.frontmatter).toEqual({ title: 'x' });
    const md = astroData({ layout: 'keynote' });
    markdownToHtml('Chữ.', { mdastPlugins, hastPlugins: hastPlugins('/'), features, data: md });
    expect(md.astro.frontmatter).toEqual({ layout: 'keynote' });
  });
});

describe('helpers shared with excerpts', () => {
  it('strip attribute lists and extensions from text', () => {
    expect(stripKramdown('Đoạn {: .notice} {:toc} {::options x="1" /}văn')).toBe('Đoạn   văn');
  });

  it('skip fenced code when reading lines', () => {
    expect([...proseLines('a\n```\nb\n```\nc')]).toEqual(['a', 'c']);
  });
});
