/**
 * Every message an editor can meet, produced by the mistake it names through the code that
 * meets it (schema, file names, YAML, images, post index, loader, command-line tools), checked
 * word for word in Vietnamese. A message added to the table without a case here fails the last test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEntry, missingImages, postFileNameProblem } from '../../src/lib/content-check.ts';
import { messages, splitBilingual, type MessageKey } from '../../src/lib/messages.ts';
import { newPost } from '../../src/lib/new-post.ts';
import { buildPageIndex, PageIndexError, type PageSource } from '../../src/lib/page-index.ts';
import { buildPostIndex, PostIndexError, type PostSource } from '../../src/lib/post-index.ts';
import { tolerant } from '../../src/lib/post-loader.ts';
import { postSchema, type PostData } from '../../src/lib/post-schema.ts';
import { keepHtmlOut, withKeptHtml } from '../../src/lib/rendered-html.ts';
import { ContentProblemsError, problem } from '../../src/lib/problems.ts';
import { readPostSources, verifyDist } from '../../src/lib/verify.ts';
import { buildWithoutFeed } from './pagefind-hooks.ts';

const HANOI = 'Asia/Ho_Chi_Minh';
const schema = postSchema({ timezone: HANOI, defaultAuthor: 'Phường Tương Mai' });
const root = fileURLToPath(new URL('../../', import.meta.url));
const good = { title: 'Bài đúng', date: '2025-07-01 08:00:00' };

/** The Vietnamese of the schema's message on `field` for this front matter. */
function schemaSays(frontMatter: unknown, field: string): string {
  const issues = schema.safeParse(frontMatter).error?.issues ?? [];
  const issue = issues.find((i) => (i.path[0] ?? '') === field);
  if (!issue) throw new Error(`no issue on "${field}": ${JSON.stringify(issues)}`);
  return splitBilingual(issue.message).vi;
}

const fileSays = (name: string) => postFileNameProblem(name)!.vi;
const sourceSays = (source: string) => checkEntry('a.md', source, schema).problems[0].vi;

function post(id: string, date: string, data: Partial<PostData> = {}): PostSource {
  const parsed = schema.parse({ title: id, date });
  return { id, filePath: `src/content/posts/${id}.md`, data: { ...parsed, ...data } };
}

/** The Vietnamese of the first problem the page index finds in pages with these file names. */
function pageIndexSays(files: string[]): string {
  try {
    buildPageIndex(files.map((id) => ({ id, filePath: `src/content/pages/${id}`, data: { title: id, contacts: false } as PageSource['data'] })));
  } catch (err) {
    const text = (err as PageIndexError).problems[0];
    return splitBilingual(text.slice(text.indexOf(': ') + 2)).vi;
  }
  throw new Error('expected a page problem');
}

function indexSays(sources: PostSource[]): string {
  try {
    const index = buildPostIndex(sources, { timezone: HANOI });
    return index.warnings[0].vi;
  } catch (err) {
    return (err as PostIndexError).problems[0].vi;
  }
}

function cli(script: string, args: string[], files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'messages-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    // The posts of this test only: an empty pages folder (under _, which the posts loader skips).
    mkdirSync(join(dir, '_pages'));
    return spawnSync(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, POSTS_DIR: dir, PAGES_DIR: join(dir, '_pages') }, encoding: 'utf-8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const firstLine = (text: string) => text.split('\n')[0];

/** What the loader reports when a post's Markdown fails to render (the glob loader alone would only log it). */
async function renderFailure(): Promise<string> {
  let said = '';
  const failing = { getEntryInfo: async () => ({}), getRenderFunction: async () => async () => Promise.reject(new Error('unexpected token')) };
  const types = tolerant(new Map([['.md', failing]]), (_id, found) => (said = found.vi));
  await (await types.get('.md')!.getRenderFunction!({}))({ id: 'a.md', filePath: 'a.md' });
  return said;
}


/**
 * npm run verify on a made-up site: posts and built files written to a throwaway folder.
 * Returns the Vietnamese of the first problem with `key` (or of what the command printed first).
 */
function verifySays(key: MessageKey | 'cli', posts: Record<string, string>, built: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'messages-verify-'));
  try {
    for (const [name, text] of Object.entries({ ...prefixed('posts/', posts), ...prefixed('dist/', built) })) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    mkdirSync(join(dir, 'posts'), { recursive: true });
    if (key === 'cli') {
      const run = spawnSync(process.execPath, ['src/cli/verify.ts', join(dir, 'dist'), '--posts', join(dir, 'posts'), '--now', '2026-01-01'], { cwd: root, encoding: 'utf-8' });
      return firstLine(run.stdout || run.stderr).split(' / ')[0].replaceAll(dir, 'THƯ-MỤC');
    }
    let sources: PostSource[];
    try {
      sources = readPostSources(join(dir, 'posts'));
    } catch (err) {
      return (err as Error).message.split('\n')[1].replace(/^ *Lỗi: /, '');
    }
    const found = verifyDist(join(dir, 'dist'), sources, { now: new Date('2026-01-01T00:00:00Z') }).problems.find((p) => p.key === key);
    if (!found) throw new Error(`verify did not report ${key}`);
    return found.vi.replaceAll(dir, 'THƯ-MỤC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const prefixed = (prefix: string, files: Record<string, string | Buffer>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [prefix + k, v]));
const home = '<link rel="canonical" href="https://example.org/">';
const published = { '2025-07-01-hop-dan.md': '---\ntitle: Họp dân\ndate: 2025-07-01\ntags: [Hành chính]\n---\n\nNội dung.\n' };
const draft = { '2025-07-02-nhap.md': '---\ntitle: Nháp\ndate: 2025-07-02\ndraft: true\n---\n\nNội dung.\n' };
/** A Pagefind fragment as the index stores it: gzip of "pagefind_dcd" and the page's JSON. */
const fragment = (url: string) => gzipSync(`pagefind_dcd${JSON.stringify({ url })}`);

const cases: Record<MessageKey, () => string | Promise<string>> = {
  'field.required': () => schemaSays({ date: good.date }, 'title'),
  'field.empty': () => schemaSays({ ...good, author: '' }, 'author'),
  'field.notText': () => schemaSays({ ...good, subtitle: ['a', 'b'] }, 'subtitle'),
  'field.notBoolean': () => schemaSays({ ...good, catalog: 'có' }, 'catalog'),
  'field.numberRange': () => schemaSays({ ...good, 'header-mask': '0,5' }, 'header-mask'),
  'field.enum': () => schemaSays({ ...good, layout: 'page' }, 'layout'),
  'field.url': () => schemaSays({ ...good, iframe: 'www.example.org/slides' }, 'iframe'),
  'field.unknown': () => schemaSays({ ...good, 'binh-luan': true }, 'binh-luan'),
  'field.unknownDidYouMean': () => schemaSays({ ...good, thumbnail: '/img/a.jpg' }, 'thumbnail'),
  'frontMatter.notMapping': () => sourceSays('---\n- title\n- date\n---\n'),
  'frontMatter.missing': () => sourceSays('Tiêu đề\n\nNội dung.\n'),
  'frontMatter.unclosed': () => sourceSays('---\ntitle: Bài\ndate: 2025-07-01\n\nNội dung.\n'),
  'yaml.syntax': () => sourceSays('---\ntitle: Bài\ndate: 2025-07-01\ntags: [Hành chính, Giáo dục\n---\n'),
  'date.type': () => schemaSays({ ...good, date: 20250701 }, 'date'),
  'date.invalid': () => schemaSays({ ...good, date: '01/07/2025' }, 'date'),
  'date.year': () => schemaSays({ ...good, date: '0025-07-01' }, 'date'),
  'date.notReal': () => schemaSays({ ...good, date: '2025-02-30' }, 'date'),
  'date.offset': () => schemaSays({ ...good, date: '2025-07-01 08:00 +25:00' }, 'date'),
  'expires.beforeDate': () => schemaSays({ ...good, expires: '2025-06-30' }, 'expires'),
  'keynote.needsIframe': () => schemaSays({ ...good, layout: 'keynote' }, 'iframe'),
  'image.https': () => schemaSays({ ...good, 'header-img': 'http://example.org/a.jpg' }, 'header-img'),
  'image.scheme': () => schemaSays({ ...good, 'header-img': 'C:/Anh/a.jpg' }, 'header-img'),
  'image.outside': () => schemaSays({ ...good, 'header-img': '../anh/a.jpg' }, 'header-img'),
  'image.missing': () => missingImages([{ id: 'a.md', filePath: 'a.md', data: { headerImage: '/img/post/khong-co.jpg' } }], root, join(root, 'public'))[0].vi,
  'image.notNextToPost': () => missingImages([{ id: 'a.md', filePath: 'src/content/posts/a.md', body: '![](img/post/anh.jpg)', data: {} }], root, join(root, 'public'))[0].vi,
  'tags.type': () => schemaSays({ ...good, tags: { 'Hành chính': true } }, 'tags'),
  'tags.noLetters': () => indexSays([post('2025-07-01-a', '2025-07-01', { tags: ['???'] })]),
  'tags.toneVariants': () => indexSays([post('2025-07-01-a', '2025-07-01', { tags: ['Bão'] }), post('2025-07-02-b', '2025-07-02', { tags: ['Báo'] })]),
  'css.invalid': () => schemaSays({ ...good, 'header-bg-css': 'url(https://example.org/a.png)' }, 'header-bg-css'),
  'redirect.type': () => schemaSays({ ...good, redirect_from: { cu: '/a.html' } }, 'redirect_from'),
  'redirect.notPath': () => schemaSays({ ...good, redirect_from: 'https://old.example.org/a.html' }, 'redirect_from'),
  'file.extension': () => fileSays('2025-07-02-hop-dan.markdown'),
  'file.noDate': () => fileSays('hop-dan.md'),
  'file.nearMiss': () => fileSays('2025-7-2-hop-dan.md'),
  'file.badDate': () => fileSays('2025-02-30-hop-dan.md'),
  'file.emptySlug': () => fileSays('2025-07-02.md'),
  'index.duplicateUrl': () => indexSays([post('2025-07-01-hop', '2025-07-01 08:00'), post('cu/2025-07-01-hop', '2025-07-01 09:00')]),
  'index.redirectIsPost': () =>
    indexSays([post('2025-07-01-hop', '2025-07-01 08:00'), post('2025-07-02-moi', '2025-07-02 08:00', { redirectFrom: ['/2025/07/01/hop/'] })]),
  'index.redirectTwice': () =>
    indexSays([post('2025-07-01-hop', '2025-07-01 08:00', { redirectFrom: ['/cu.html'] }), post('2025-07-02-moi', '2025-07-02 08:00', { redirectFrom: ['/cu.html'] })]),
  'page.badName': () => pageIndexSays(['Liên hệ.md']),
  'page.reservedName': () => pageIndexSays(['archive.md']),
  'page.duplicateUrl': () => pageIndexSays(['about.md', 'about.mdx']),
  'markdown.render': renderFailure,
  'mdx.syntax': () => checkEntry('a.mdx', '---\ntitle: Bài\ndate: 2025-07-01\n---\n\nXin chào <b>bà con</i>.\n', schema).problems[0].vi,
  'build.failed': () => firstLine(new ContentProblemsError([problem('a.md', { key: 'file.noDate', vi: 'x', en: 'x' })]).message),
  'check.ok': () => firstLine(cli('src/cli/check-content.ts', [], { '2025-07-01-a.md': '---\ntitle: A\ndate: 2025-07-01\n---\n' }).stdout),
  'check.failed': () => cli('src/cli/check-content.ts', [], { 'a.md': '---\ntitle: A\ndate: 2025-07-01\n---\n' }).stdout.split('\n').at(-3)!,
  'check.error': () => cli('src/cli/check-content.ts', [], { 'a.md': '---\ntitle: A\ndate: 2025-07-01\n---\n' }).stdout.split('\n')[1].trim().split(':')[0],
  'check.warning': () =>
    cli('src/cli/check-content.ts', [], {
      '2025-07-01-a.md': '---\ntitle: A\ndate: 2025-07-01\ntags: [Bão]\n---\n',
      '2025-07-02-b.md': '---\ntitle: B\ndate: 2025-07-02\ntags: [Báo]\n---\n',
    }).stdout.split('\n')[1].trim().split(':')[0],
  // The build's list has a post that never reached the streamed index.
  'search.reindexed': async () => splitBilingual((await buildWithoutFeed()).warned[0]).vi,
  'cache.bodyLost': async () => {
    // A body kept in the build's cache, then its file deleted before its page renders.
    const dir = mkdtempSync(join(tmpdir(), 'tuongmai-rendered-'));
    try {
      const rendered = keepHtmlOut(join(dir, 'posts'), { html: '<p>Nội dung.</p>' });
      rmSync(join(dir, 'posts'), { recursive: true });
      withKeptHtml({ id: '2025-07-01-hop-dan.md', filePath: 'src/content/posts/2025-07-01-hop-dan.md', rendered });
      throw new Error('the lost body was not reported');
    } catch (err) {
      return splitBilingual((err as Error).message).vi.replaceAll(dir, 'THƯ-MỤC');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  'check.line': () => cli('src/cli/check-content.ts', [], { '2025-07-01-a.md': '---\ntitle: A\ndate: hôm qua\n---\n' }).stdout.split('\n')[0].split(', ')[1].split(' — ')[0],
  'verify.failed': () => verifySays('cli', published, { 'index.html': home }),
  'verify.ok': () => verifySays('cli', {}, { 'index.html': home }),
  'verify.badFrontMatter': () => verifySays('verify.badFrontMatter', { '2025-07-01-a.md': '---\ntitle: A\ndate: hôm qua\n---\n' }, {}),
  'verify.noCanonical': () => verifySays('verify.noCanonical', {}, { 'index.html': '<title>Trang chủ</title>' }),
  'verify.pageMissing': () => verifySays('verify.pageMissing', published, { 'index.html': home }),
  'verify.noTitle': () => verifySays('verify.noTitle', published, { 'index.html': home, '2025/07/01/hop-dan/index.html': '<h1>Tiêu đề khác</h1>' }),
  'verify.listingMissing': () => verifySays('verify.listingMissing', published, { 'index.html': home }),
  'verify.notListed': () => verifySays('verify.notListed', published, { 'index.html': home }),
  'verify.notInSitemap': () => verifySays('verify.notInSitemap', published, { 'index.html': home }),
  'verify.notInFeed': () => verifySays('verify.notInFeed', published, { 'index.html': home }),
  'verify.notInSearch': () => verifySays('verify.notInSearch', published, { 'index.html': home }),
  'verify.withheldUnplaced': () =>
    verifySays('verify.withheldUnplaced', { 'a/2025-07-02-nhap.md': draft['2025-07-02-nhap.md'], 'b/2025-07-02-nhap.md': draft['2025-07-02-nhap.md'] }, { 'index.html': home }),
  'verify.withheldPage': () => verifySays('verify.withheldPage', draft, { 'index.html': home, '2025/07/02/nhap/index.html': '<h1>Nháp</h1>' }),
  'verify.withheldLinked': () => verifySays('verify.withheldLinked', draft, { 'index.html': `${home}<a href="/2025/07/02/nhap/">Nháp</a>` }),
  'verify.withheldInSearch': () => verifySays('verify.withheldInSearch', draft, { 'index.html': home, 'pagefind/fragment/vi_1.pf_fragment': fragment('/2025/07/02/nhap/') }),
  'new.usage': () => firstLine(cli('src/cli/new-post.ts', []).stderr),
  'new.unknownOption': () => firstLine(cli('src/cli/new-post.ts', ['Bài', '--tag', 'A']).stderr),
  'new.emptySlug': () => {
    try {
      newPost({ title: '《》', date: new Date(), timezone: HANOI });
    } catch (err) {
      return firstLine((err as Error).message);
    }
    return '';
  },
  'new.exists': () => {
    const dir = mkdtempSync(join(tmpdir(), 'messages-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '2025-09-01-hop-dan.md'), '');
    const result = spawnSync(process.execPath, ['src/cli/new-post.ts', 'Họp dân', '--date', '2025-09-01'], { cwd: root, env: { ...process.env, POSTS_DIR: dir }, encoding: 'utf-8' });
    rmSync(dir, { recursive: true, force: true });
    return firstLine(result.stderr).replace(dir, 'THƯ-MỤC');
  },
  'new.created': () => {
    const result = cli('src/cli/new-post.ts', ['Họp dân', '--date', '2025-09-01']);
    return result.stdout.split('\n').slice(0, 3).join('\n').replace(/\/tmp\/messages-[^/]+/, 'THƯ-MỤC');
  },
};

const expected: Record<MessageKey, string> = {
  'field.required':
    "Thiếu “Tiêu đề” (title): bài nào cũng phải có. Thêm một dòng “title: …” vào phần đầu bài, ví dụ “title: Thông báo lịch tiếp dân định kỳ”.",
  'field.empty':
    "“Tác giả” (author) đang để trống: hãy điền vào, hoặc xoá hẳn dòng này.",
  'field.notText':
    "“Tiêu đề phụ” (subtitle) phải là chữ. Nếu nội dung có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt trong ngoặc kép: subtitle: \"…\".",
  'field.notBoolean':
    "“Mục lục” (catalog) chỉ nhận true (có) hoặc false (không).",
  'field.numberRange':
    "“Độ tối lớp phủ ảnh” (header-mask) phải là một số từ 0 đến 1, ví dụ 0.5 (dùng dấu chấm, không dùng dấu phẩy).",
  'field.enum':
    "“Bố cục” (layout) chỉ nhận một trong các giá trị “post”, “keynote”.",
  'field.url':
    "“Địa chỉ trình chiếu” (iframe) phải là địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://example.org/trinh-chieu/.",
  'field.unknown':
    "Trang web không biết khoá “binh-luan”, nên dòng này không có tác dụng. Hãy xoá dòng này (các khoá dùng được có trong docs/huong-dan-bien-tap.md).",
  'field.unknownDidYouMean':
    "Trang web không biết khoá “thumbnail”. Có phải ý bạn là “Ảnh đầu bài” (header-img)? Hãy đổi “thumbnail:” thành “header-img:”.",
  'frontMatter.notMapping':
    "Phần đầu bài (giữa hai dòng ---) phải gồm các dòng “khoá: giá trị”, ví dụ “title: Tiêu đề bài”.",
  'frontMatter.missing':
    "Tệp không có phần đầu bài. Dòng đầu tiên của tệp phải là ---, rồi các dòng “title: …”, “date: …”, rồi một dòng --- nữa.",
  'frontMatter.unclosed':
    "Phần đầu bài mở bằng dòng --- nhưng không có dòng --- đóng lại. Thêm một dòng chỉ có --- sau dòng khoá cuối cùng.",
  'yaml.syntax':
    "Lỗi cú pháp ở phần đầu bài, dòng 4: danh sách trong ngoặc vuông [ ] thiếu dấu phẩy hoặc dấu ] đóng. Kiểm tra dấu ngoặc kép, dấu hai chấm (phải có dấu cách sau nó) và thụt lề; giá trị có dấu hai chấm thì đặt trong ngoặc kép.",
  'date.type':
    "“Ngày đăng” (date) phải là ngày, ví dụ 2025-07-01 hoặc 2025-07-01 08:30:00.",
  'date.invalid':
    "“Ngày đăng” (date) “01/07/2025” không phải là ngày. Hãy viết dạng năm-tháng-ngày: 2025-07-01, hoặc có giờ: 2025-07-01 08:30:00 (giờ Hà Nội).",
  'date.year':
    "“Ngày đăng” (date) “0025-07-01” có năm 25: hãy kiểm tra lại năm (bốn chữ số, từ 1900 trở đi).",
  'date.notReal':
    "“Ngày đăng” (date) “2025-02-30” không có thật trên lịch: tháng từ 1 đến 12, ngày phải có trong tháng, giờ từ 0 đến 23, phút và giây từ 0 đến 59.",
  'date.offset':
    "“Ngày đăng” (date) “2025-07-01 08:00 +25:00” có múi giờ +25:00 không tồn tại. Hãy bỏ phần múi giờ đi: ngày giờ không ghi múi giờ được hiểu là giờ Hà Nội.",
  'expires.beforeDate':
    "“Ngày hết hạn” (expires) sớm hơn “Ngày đăng” (date): thông báo không thể hết hạn trước khi được đăng. Hãy sửa một trong hai ngày.",
  'keynote.needsIframe':
    "Bố cục “keynote” cần “Địa chỉ trình chiếu” (iframe): thêm dòng “iframe: https://…” với địa chỉ bộ trình chiếu, hoặc bỏ dòng layout.",
  'image.https':
    "“Ảnh đầu bài” (header-img) “http://example.org/a.jpg” phải dùng https://, không dùng http://.",
  'image.scheme':
    "“Ảnh đầu bài” (header-img) “C:/Anh/a.jpg” phải là địa chỉ https:// hoặc đường dẫn trong thư mục public/, như /img/post/anh.jpg.",
  'image.outside':
    "“Ảnh đầu bài” (header-img) “../anh/a.jpg” trỏ ra ngoài thư mục public/. Hãy chép ảnh vào public/img/post/ và viết /img/post/ten-anh.jpg.",
  'image.missing':
    "Không có ảnh đầu bài “/img/post/khong-co.jpg”: không thấy tệp public/img/post/khong-co.jpg. Hãy chép ảnh vào đúng chỗ đó, hoặc sửa đường dẫn (chữ hoa, chữ thường và đuôi .jpg/.png phải khớp).",
  'image.notNextToPost':
    "Không có ảnh “img/post/anh.jpg” nằm cạnh tệp bài viết. Nếu ảnh ở trong thư mục public/, hãy viết đường dẫn từ gốc trang: “/img/post/anh.jpg”.",
  'tags.type':
    "“Thẻ” (tags) phải là danh sách chữ (mỗi thẻ một dòng bắt đầu bằng “- ”), hoặc một thẻ duy nhất.",
  'tags.noLetters':
    "Thẻ “???” không có chữ cái hay chữ số nào nên không làm thành địa chỉ trang được. Hãy sửa lại hoặc xoá thẻ này.",
  'tags.toneVariants':
    "Các thẻ “Bão”, “Báo” chỉ khác nhau ở dấu nên là 2 thẻ riêng (địa chỉ /tags/bao/, /tags/bao-2/). Nếu chúng là cùng một thẻ, hãy sửa cho cùng một cách viết.",
  'css.invalid':
    "“Nền đầu bài” (header-bg-css) chỉ nhận một màu hoặc dải màu CSS, ví dụ linear-gradient(135deg, #1e3a8a, #0e7490).",
  'redirect.type':
    "“Địa chỉ cũ” (redirect_from) phải là một đường dẫn, hoặc danh sách đường dẫn, như /2019/05/ten-bai-cu.html.",
  'redirect.notPath':
    "“Địa chỉ cũ” (redirect_from) “https://old.example.org/a.html” phải là đường dẫn trên chính trang này (bắt đầu bằng /), như /2019/05/ten-bai-cu.html.",
  'file.extension':
    "Tệp “2025-07-02-hop-dan.markdown” có đuôi “.markdown”, nên không được đăng. Bài viết phải có đuôi .md (hoặc .mdx), viết thường: hãy đổi tên thành “2025-07-02-hop-dan.md”.",
  'file.noDate':
    "Tên tệp “hop-dan.md” không bắt đầu bằng ngày đăng. Tên bài viết phải có dạng năm-tháng-ngày-ten-bai.md, ví dụ “2025-07-02-hop-dan.md”.",
  'file.nearMiss':
    "Tên tệp “2025-7-2-hop-dan.md” gần đúng nhưng chưa đúng dạng năm-tháng-ngày-ten-bai.md (ngày viết đủ 2 chữ số, có dấu gạch ngang sau ngày). Hãy đổi tên thành “2025-07-02-hop-dan.md”.",
  'file.badDate':
    "Ngày “2025-02-30” trong tên tệp “2025-02-30-hop-dan.md” không có thật trên lịch. Hãy sửa tên tệp.",
  'file.emptySlug':
    "Tên tệp “2025-07-02.md” không có tên bài (chữ cái hoặc chữ số) sau ngày, nên bài không có địa chỉ. Đặt tên dạng 2025-07-02-ten-bai.md.",
  'index.duplicateUrl':
    "Bài này có cùng địa chỉ /2025/07/01/hop/ với bài “src/content/posts/cu/2025-07-01-hop.md”. Hãy đổi tên một trong hai tệp, hoặc đổi ngày đăng của một bài.",
  'index.redirectIsPost':
    "Địa chỉ cũ “/2025/07/01/hop/” trong redirect_from là địa chỉ của bài “src/content/posts/2025-07-01-hop.md”. Hãy bỏ nó khỏi redirect_from.",
  'index.redirectTwice':
    "Địa chỉ cũ “/cu.html” trong redirect_from cũng có trong bài “src/content/posts/2025-07-02-moi.md”: một địa chỉ cũ chỉ dẫn tới được một bài. Hãy bỏ nó khỏi một trong hai bài.",
  'page.badName':
    'Tên tệp là địa chỉ của trang, nên chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang. Hãy đổi tên tệp, ví dụ “lien-he.md”.',
  'page.reservedName':
    'Địa chỉ /archive/ đã là một trang của trang web (danh sách, tìm kiếm, lưu trữ). Hãy đặt tên khác cho tệp.',
  'page.duplicateUrl':
    'Trang này có cùng địa chỉ /about/ với tệp “src/content/pages/about.md”. Hãy giữ lại một trong hai tệp.',
  'mdx.syntax':
    "Lỗi cú pháp MDX ở dòng 6, cột 19: thẻ đóng </i> không khớp với thẻ <b> đang mở. Trong bài .mdx, thẻ HTML phải được đóng (<br />, <img … />), dấu { } là mã lệnh; nếu bài không cần thành phần MDX, hãy đổi đuôi tệp thành .md.",
  'markdown.render':
    "Không chuyển được nội dung bài thành trang web (unexpected token). Hãy xem lại phần vừa sửa: thẻ HTML chưa đóng, ký tự lạ dán từ nơi khác.",
  'build.failed':
    "Nội dung có 1 lỗi nên trang web chưa được dựng. Sửa từng lỗi dưới đây rồi chạy lại (chạy “npm run check:content” để kiểm tra nhanh, không cần dựng trang).",
  'check.ok':
    "Đã kiểm tra 1 tệp: không có lỗi.",
  'check.failed':
    "Đã kiểm tra 1 tệp: 1 lỗi. Sửa các lỗi trên rồi chạy lại “npm run check:content”.",
  'check.error':
    "Lỗi",
  'check.warning':
    "Cảnh báo",
  'check.line':
    "dòng 3",
  'verify.failed':
    "Trang đã dựng ở THƯ-MỤC/dist có 10 lỗi: có bài đã đăng bị thiếu, hoặc bài chưa đăng bị lộ. Đừng đưa bản này lên mạng.",
  'verify.ok':
    "Đủ cả 0 bài đã đăng, không lộ bài nào trong 0 bài chưa đăng",
  'verify.badFrontMatter':
    "Phần đầu bài không hợp lệ. Chạy “npm run check:content” để xem chi tiết.",
  'verify.noCanonical':
    "Trang chủ không có <link rel=\"canonical\">, nên không biết địa chỉ của trang web.",
  'verify.pageMissing':
    "Thiếu trang của bài: /2025/07/01/hop-dan/.",
  'verify.noTitle':
    "Trang /2025/07/01/hop-dan/ không có tên bài làm tiêu đề <h1>.",
  'verify.listingMissing':
    "Thiếu trang theo ngày của bài (/2025/).",
  'verify.notListed':
    "Bài không có trong danh sách ở trang chủ (/).",
  'verify.notInSitemap':
    "Bài không có trong sơ đồ trang (sitemap).",
  'verify.notInFeed':
    "Bài thuộc 20 bài mới nhất nhưng không có trong /feed.xml.",
  'verify.notInSearch':
    "Bài không có trong chỉ mục tìm kiếm.",
  'verify.withheldUnplaced':
    "Không kiểm tra được các bài chưa đăng: chúng không xếp được vào chỉ mục bài, vì những lỗi kể ngay dưới đây.",
  'verify.withheldPage':
    "Bài chưa đăng, nhưng đã có trang /2025/07/02/nhap/.",
  'verify.withheldLinked':
    "Bài chưa đăng, nhưng index.html có liên kết tới /2025/07/02/nhap/.",
  'verify.withheldInSearch':
    "Bài chưa đăng, nhưng có trong chỉ mục tìm kiếm.",
  'new.usage':
    "Cách dùng: npm run new -- \"Tiêu đề bài viết\" [--tags \"Hành chính,Giáo dục\"] [--date \"2025-09-01 08:00\"]",
  'new.unknownOption':
    "Không hiểu “--tag”. Chỉ dùng được --tags và --date.",
  'new.emptySlug':
    "Tiêu đề “《》” không có chữ cái Latinh hay chữ số nào để làm tên tệp. Hãy dùng tiêu đề tiếng Việt.",
  'new.exists':
    "Đã có tệp “THƯ-MỤC/2025-09-01-hop-dan.md”, không ghi đè lên. Hãy mở tệp đó để sửa, hoặc đặt tiêu đề khác.",
  'cache.bodyLost':
    'Không đọc được nội dung đã dựng của “src/content/posts/2025-07-01-hop-dan.md” trong bộ nhớ đệm (THƯ-MỤC/posts/OXpeVWb-w6JeiGygdN8bNiGXkWVSEHFK.html): tệp bị xoá trong lúc dựng. Hãy dựng lại; nếu vẫn lỗi, xoá thư mục bộ nhớ đệm của Astro (node_modules/.astro) rồi dựng lại.',
  'search.reindexed':
    'Chỉ mục tìm kiếm đã nhận 0 trang trong lúc dựng, nhưng bản dựng có 1 trang cần tìm kiếm (hoặc khác thứ tự): đang lập lại chỉ mục từ dist/. Kết quả vẫn như nhau, chỉ chậm hơn.',
  'new.created':
    "Đã tạo bài mới: THƯ-MỤC/2025-09-01-hop-dan.md\nĐịa chỉ bài khi đăng: https://tuongmai.com/2025/09/01/hop-dan/\nMở tệp để viết nội dung, rồi chạy “npm run check:content” để kiểm tra.",
};

describe('every message, produced by its mistake, in Vietnamese', () => {
  for (const [key, produce] of Object.entries(cases) as [MessageKey, () => string | Promise<string>][]) {
    it(key, async () => {
      expect(await produce()).toBe(expected[key]);
    });
  }

  it('covers every message in the table', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(messages).sort());
  });
});
