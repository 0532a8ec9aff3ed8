/**
 * Every message an editor can meet (schema errors, file names, images, tags, YAML and Markdown
 * errors, the build's content errors, the content check and the new-post command), Vietnamese
 * first, then English for maintainers. Code refers to a message by key with its values; the
 * sentence lives only here. Each message says what is wrong and how to fix it.
 */
import { postField } from './post-fields.ts';

/** `“Ngày đăng” (date)`: a front-matter key as an editor knows it, with the key as written. */
function field(key: string): string {
  const label = postField(key)?.label;
  return label ? `“${label}” (${key})` : `“${key}”`;
}

function example(key: string): string {
  const ex = postField(key)?.example;
  return Array.isArray(ex) ? ex.join(', ') : String(ex ?? '');
}

const list = (items: readonly string[]) => items.map((s) => `“${s}”`).join(', ');
const listEn = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');

/** The listing pages verify expects a post on. */
export type Listing = { kind: 'home' | 'archive' | 'date' } | { kind: 'tag'; tag: string };
const LISTING_VI = { home: 'trang chủ', archive: 'trang lưu trữ', date: 'trang theo ngày của bài' };
const LISTING_EN = { home: 'the home page', archive: 'the archive', date: 'its date page' };
const listingVi = (l: Listing) => ('tag' in l ? `trang nhãn “${l.tag}” của bài` : LISTING_VI[l.kind]);
const listingEn = (l: Listing) => ('tag' in l ? `its tag page (${l.tag})` : LISTING_EN[l.kind]);

type Def<V> = { vi: (v: V) => string; en: (v: V) => string };
const def = <V = Record<string, never>>(d: Def<V>): Def<V> => d;

export const messages = {
  // Front matter: the schema.
  'field.required': def<{ field: string }>({
    vi: (v) => `Thiếu ${field(v.field)}: bài nào cũng phải có. Thêm một dòng “${v.field}: …” vào phần đầu bài, ví dụ “${v.field}: ${example(v.field)}”.`,
    en: (v) => `${v.field} is required; add a line "${v.field}: …" to the front matter.`,
  }),
  'field.empty': def<{ field: string }>({
    vi: (v) => `${field(v.field)} đang để trống: hãy điền vào, hoặc xoá hẳn dòng này.`,
    en: (v) => `${v.field} is empty; fill it in or remove the line.`,
  }),
  'field.notText': def<{ field: string }>({
    vi: (v) => `${field(v.field)} phải là chữ. Nếu nội dung có dấu hai chấm hoặc bắt đầu bằng ký tự đặc biệt, hãy đặt trong ngoặc kép: ${v.field}: "…".`,
    en: (v) => `${v.field} must be text; put it in double quotes if it holds a colon or starts with a symbol.`,
  }),
  'field.notBoolean': def<{ field: string }>({
    vi: (v) => `${field(v.field)} chỉ nhận true (có) hoặc false (không).`,
    en: (v) => `${v.field} must be true or false.`,
  }),
  'field.numberRange': def<{ field: string; min: number; max: number }>({
    vi: (v) => `${field(v.field)} phải là một số từ ${v.min} đến ${v.max}, ví dụ ${example(v.field)} (dùng dấu chấm, không dùng dấu phẩy).`,
    en: (v) => `${v.field} must be a number from ${v.min} to ${v.max}.`,
  }),
  'field.enum': def<{ field: string; values: readonly string[] }>({
    vi: (v) => `${field(v.field)} chỉ nhận ${v.values.length > 1 ? 'một trong các giá trị' : 'giá trị'} ${list(v.values)}.`,
    en: (v) => `${v.field} must be ${v.values.length > 1 ? 'one of ' : ''}${listEn(v.values)}.`,
  }),
  'field.url': def<{ field: string }>({
    vi: (v) => `${field(v.field)} phải là địa chỉ đầy đủ bắt đầu bằng https://, ví dụ ${example(v.field)}.`,
    en: (v) => `${v.field} must be a full https:// address.`,
  }),
  'field.unknown': def<{ key: string }>({
    vi: (v) => `Trang web không biết khoá “${v.key}”, nên dòng này không có tác dụng. Hãy xoá dòng này (các khoá dùng được có trong docs/huong-dan-bien-tap.md).`,
    en: (v) => `unknown front matter key "${v.key}"; remove it (the known keys are listed in docs/huong-dan-bien-tap.md).`,
  }),
  'field.unknownDidYouMean': def<{ key: string; suggestion: string }>({
    vi: (v) => `Trang web không biết khoá “${v.key}”. Có phải ý bạn là ${field(v.suggestion)}? Hãy đổi “${v.key}:” thành “${v.suggestion}:”.`,
    en: (v) => `unknown front matter key "${v.key}"; did you mean "${v.suggestion}"?`,
  }),
  'frontMatter.notMapping': def({
    vi: () => 'Phần đầu bài (giữa hai dòng ---) phải gồm các dòng “khoá: giá trị”, ví dụ “title: Tiêu đề bài”.',
    en: () => 'the front matter must be "key: value" lines.',
  }),
  'frontMatter.missing': def({
    vi: () => 'Tệp không có phần đầu bài. Dòng đầu tiên của tệp phải là ---, rồi các dòng “title: …”, “date: …”, rồi một dòng --- nữa.',
    en: () => 'the file has no front matter; it must start with a --- line, then title and date, then another --- line.',
  }),
  'frontMatter.unclosed': def({
    vi: () => 'Phần đầu bài mở bằng dòng --- nhưng không có dòng --- đóng lại. Thêm một dòng chỉ có --- sau dòng khoá cuối cùng.',
    en: () => 'the front matter starts with --- but is never closed; add a --- line after its last key.',
  }),
  'yaml.syntax': def<{ line: number; reason: string }>({
    vi: (v) =>
      `Lỗi cú pháp ở phần đầu bài, dòng ${v.line}: ${yamlReasonVi(v.reason)}. Kiểm tra dấu ngoặc kép, dấu hai chấm (phải có dấu cách sau nó) và thụt lề; giá trị có dấu hai chấm thì đặt trong ngoặc kép.`,
    en: (v) => `YAML syntax error in the front matter at line ${v.line}: ${v.reason}.`,
  }),

  // Dates.
  'date.type': def<{ field: string }>({
    vi: (v) => `${field(v.field)} phải là ngày, ví dụ 2025-07-01 hoặc 2025-07-01 08:30:00.`,
    en: (v) => `${v.field} must be a date such as 2025-07-01 or 2025-07-01 08:30:00.`,
  }),
  'date.invalid': def<{ field: string; raw: string }>({
    vi: (v) => `${field(v.field)} “${v.raw}” không phải là ngày. Hãy viết dạng năm-tháng-ngày: 2025-07-01, hoặc có giờ: 2025-07-01 08:30:00 (giờ Hà Nội).`,
    en: (v) => `${v.field} "${v.raw}" is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS], optionally with an offset such as +07:00.`,
  }),
  'date.year': def<{ field: string; raw: string; year: number }>({
    vi: (v) => `${field(v.field)} “${v.raw}” có năm ${v.year}: hãy kiểm tra lại năm (bốn chữ số, từ 1900 trở đi).`,
    en: (v) => `${v.field} "${v.raw}" has the year ${v.year}; check the year (four digits, 1900 or later).`,
  }),
  'date.notReal': def<{ field: string; raw: string }>({
    vi: (v) => `${field(v.field)} “${v.raw}” không có thật trên lịch: tháng từ 1 đến 12, ngày phải có trong tháng, giờ từ 0 đến 23, phút và giây từ 0 đến 59.`,
    en: (v) => `${v.field} "${v.raw}" is not a real calendar date or time.`,
  }),
  'date.offset': def<{ field: string; raw: string; offset: string }>({
    vi: (v) => `${field(v.field)} “${v.raw}” có múi giờ ${v.offset} không tồn tại. Hãy bỏ phần múi giờ đi: ngày giờ không ghi múi giờ được hiểu là giờ Hà Nội.`,
    en: (v) => `${v.field} "${v.raw}" has the impossible offset ${v.offset}.`,
  }),
  'expires.beforeDate': def({
    vi: () => `${field('expires')} sớm hơn ${field('date')}: thông báo không thể hết hạn trước khi được đăng. Hãy sửa một trong hai ngày.`,
    en: () => 'expires is earlier than date: a notice cannot end before it is published.',
  }),
  'keynote.needsIframe': def({
    vi: () => `Bố cục “keynote” cần ${field('iframe')}: thêm dòng “iframe: https://…” với địa chỉ bộ trình chiếu, hoặc bỏ dòng layout.`,
    en: () => 'layout "keynote" needs iframe: the https:// address of the slides.',
  }),

  // Images.
  'image.https': def<{ raw: string }>({
    vi: (v) => `${field('header-img')} “${v.raw}” phải dùng https://, không dùng http://.`,
    en: (v) => `header-img "${v.raw}" must use https://.`,
  }),
  'image.scheme': def<{ raw: string }>({
    vi: (v) => `${field('header-img')} “${v.raw}” phải là địa chỉ https:// hoặc đường dẫn trong thư mục public/, như /img/post/anh.jpg.`,
    en: (v) => `header-img "${v.raw}" must be an https URL or a path under public/.`,
  }),
  'image.outside': def<{ raw: string }>({
    vi: (v) => `${field('header-img')} “${v.raw}” trỏ ra ngoài thư mục public/. Hãy chép ảnh vào public/img/post/ và viết /img/post/ten-anh.jpg.`,
    en: (v) => `header-img "${v.raw}" points outside public/.`,
  }),
  'image.missing': def<{ path: string; file: string }>({
    vi: (v) => `Không có ảnh đầu bài “${v.path}”: không thấy tệp public${v.file}. Hãy chép ảnh vào đúng chỗ đó, hoặc sửa đường dẫn (chữ hoa, chữ thường và đuôi .jpg/.png phải khớp).`,
    en: (v) => `header-img "${v.path}" does not exist: no file public${v.file} (local images live under public/).`,
  }),
  'image.notNextToPost': def<{ url: string; fixed: string }>({
    vi: (v) => `Không có ảnh “${v.url}” nằm cạnh tệp bài viết. Nếu ảnh ở trong thư mục public/, hãy viết đường dẫn từ gốc trang: “${v.fixed}”.`,
    en: (v) => `image "${v.url}" is not next to the post; for an image under public/, write it from the site root: "${v.fixed}".`,
  }),

  // Tags.
  'tags.type': def({
    vi: () => `${field('tags')} phải là danh sách chữ (mỗi thẻ một dòng bắt đầu bằng “- ”), hoặc một thẻ duy nhất.`,
    en: () => 'tags must be a list of text, or one tag as text.',
  }),
  'tags.noLetters': def<{ tag: string }>({
    vi: (v) => `Thẻ “${v.tag}” không có chữ cái hay chữ số nào nên không làm thành địa chỉ trang được. Hãy sửa lại hoặc xoá thẻ này.`,
    en: (v) => `tag "${v.tag}" gives no URL: it has no letters or digits.`,
  }),
  'tags.toneVariants': def<{ spellings: readonly string[]; slugs: readonly string[] }>({
    vi: (v) =>
      `Các thẻ ${list(v.spellings)} chỉ khác nhau ở dấu nên là ${v.spellings.length} thẻ riêng (địa chỉ ${v.slugs.map((s) => `/tags/${s}/`).join(', ')}). Nếu chúng là cùng một thẻ, hãy sửa cho cùng một cách viết.`,
    en: (v) => `tags ${listEn(v.spellings)} differ in their tone marks, so they are separate tags (${v.slugs.join(', ')}); if they are one tag, spell them the same.`,
  }),

  // Other front-matter values.
  'css.invalid': def({
    vi: () => `${field('header-bg-css')} chỉ nhận một màu hoặc dải màu CSS, ví dụ ${example('header-bg-css')}.`,
    en: () => 'header-bg-css must be a CSS colour or gradient, such as linear-gradient(135deg, #1e3a8a, #0e7490).',
  }),
  'redirect.type': def({
    vi: () => `${field('redirect_from')} phải là một đường dẫn, hoặc danh sách đường dẫn, như /2019/05/ten-bai-cu.html.`,
    en: () => 'redirect_from must be a path such as /2019/05/old-name.html, or a list of them.',
  }),
  'redirect.notPath': def<{ raw: string }>({
    vi: (v) => `${field('redirect_from')} “${v.raw}” phải là đường dẫn trên chính trang này (bắt đầu bằng /), như /2019/05/ten-bai-cu.html.`,
    en: (v) => `redirect_from "${v.raw}" must be a path on this site, such as /2019/05/old-name.html.`,
  }),

  // File names.
  'file.extension': def<{ file: string; ext: string; fixed: string }>({
    vi: (v) => `Tệp “${v.file}” có đuôi “${v.ext}”, nên không được đăng. Bài viết phải có đuôi .md (hoặc .mdx), viết thường: hãy đổi tên thành “${v.fixed}”.`,
    en: (v) => `"${v.file}" has the extension "${v.ext}" and would not be published; posts end in .md or .mdx (lower case): rename it to "${v.fixed}".`,
  }),
  'file.noDate': def<{ file: string }>({
    vi: (v) => `Tên tệp “${v.file}” không bắt đầu bằng ngày đăng. Tên bài viết phải có dạng năm-tháng-ngày-ten-bai.md, ví dụ “2025-07-02-${v.file.replace(/\.[^.]*$/, '')}.md”.`,
    en: (v) => `"${v.file}" does not start with a date; name posts YYYY-MM-DD-slug.md.`,
  }),
  'file.nearMiss': def<{ file: string; fixed: string }>({
    vi: (v) => `Tên tệp “${v.file}” gần đúng nhưng chưa đúng dạng năm-tháng-ngày-ten-bai.md (ngày viết đủ 2 chữ số, có dấu gạch ngang sau ngày). Hãy đổi tên thành “${v.fixed}”.`,
    en: (v) => `"${v.file}" is not quite a post name (YYYY-MM-DD-slug.md); rename it to "${v.fixed}".`,
  }),
  'file.badDate': def<{ file: string; date: string }>({
    vi: (v) => `Ngày “${v.date}” trong tên tệp “${v.file}” không có thật trên lịch. Hãy sửa tên tệp.`,
    en: (v) => `the date "${v.date}" in the file name "${v.file}" is not a real date.`,
  }),
  'file.emptySlug': def<{ file: string }>({
    vi: (v) => `Tên tệp “${v.file}” không có tên bài (chữ cái hoặc chữ số) sau ngày, nên bài không có địa chỉ. Đặt tên dạng 2025-07-02-ten-bai.md.`,
    en: (v) => `"${v.file}" gives an empty URL slug; name it YYYY-MM-DD-some-words.md.`,
  }),

  // The post index.
  'index.duplicateUrl': def<{ url: string; other: string }>({
    vi: (v) => `Bài này có cùng địa chỉ ${v.url} với bài “${v.other}”. Hãy đổi tên một trong hai tệp, hoặc đổi ngày đăng của một bài.`,
    en: (v) => `its URL ${v.url} is also the URL of ${v.other}; rename one file or change its date.`,
  }),
  'index.redirectIsPost': def<{ from: string; other: string }>({
    vi: (v) => `Địa chỉ cũ “${v.from}” trong redirect_from là địa chỉ của bài “${v.other}”. Hãy bỏ nó khỏi redirect_from.`,
    en: (v) => `redirect_from "${v.from}" is the address of ${v.other}; remove it from redirect_from.`,
  }),
  'index.redirectTwice': def<{ from: string; other: string }>({
    vi: (v) => `Địa chỉ cũ “${v.from}” trong redirect_from cũng có trong bài “${v.other}”: một địa chỉ cũ chỉ dẫn tới được một bài. Hãy bỏ nó khỏi một trong hai bài.`,
    en: (v) => `redirect_from "${v.from}" is also in ${v.other}: an old address can lead to one post only.`,
  }),

  // Standalone pages (src/content/pages/).
  'page.badName': def<{ suggestion: string }>({
    vi: (v) => `Tên tệp là địa chỉ của trang, nên chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang. Hãy đổi tên tệp, ví dụ “${v.suggestion}.md”.`,
    en: (v) => `the file name is the page's URL; use lower-case letters without tone marks, digits and hyphens, such as ${v.suggestion}.md.`,
  }),
  'page.reservedName': def<{ name: string }>({
    vi: (v) => `Địa chỉ /${v.name}/ đã là một trang của trang web (danh sách, tìm kiếm, lưu trữ). Hãy đặt tên khác cho tệp.`,
    en: (v) => `/${v.name}/ is already a page of the site (lists, search, archives); rename the file.`,
  }),
  'page.duplicateUrl': def<{ name: string; other: string }>({
    vi: (v) => `Trang này có cùng địa chỉ /${v.name}/ với tệp “${v.other}”. Hãy giữ lại một trong hai tệp.`,
    en: (v) => `its URL /${v.name}/ is also the URL of ${v.other}; keep one of the two files.`,
  }),

  // Markdown.
  'markdown.render': def<{ reason: string }>({
    vi: (v) => `Không chuyển được nội dung bài thành trang web (${v.reason}). Hãy xem lại phần vừa sửa: thẻ HTML chưa đóng, ký tự lạ dán từ nơi khác.`,
    en: (v) => `the post's text could not be rendered: ${v.reason}.`,
  }),

  'mdx.syntax': def<{ line: number; column: number; reason: string }>({
    vi: (v) =>
      `Lỗi cú pháp MDX ở dòng ${v.line}, cột ${v.column}: ${mdxReasonVi(v.reason)}. Trong bài .mdx, thẻ HTML phải được đóng (<br />, <img … />), dấu { } là mã lệnh; nếu bài không cần thành phần MDX, hãy đổi đuôi tệp thành .md.`,
    en: (v) => `MDX syntax error at line ${v.line}, column ${v.column}: ${v.reason}.`,
  }),

  // The build and the content check.
  'build.failed': def<{ count: number }>({
    vi: (v) => `Nội dung có ${v.count} lỗi nên trang web chưa được dựng. Sửa từng lỗi dưới đây rồi chạy lại (chạy “npm run check:content” để kiểm tra nhanh, không cần dựng trang).`,
    en: (v) => `The content has ${v.count} problem(s); the site was not built.`,
  }),
  'check.ok': def<{ files: number; warnings: number }>({
    vi: (v) => `Đã kiểm tra ${v.files} tệp: không có lỗi${v.warnings ? `, ${v.warnings} cảnh báo` : ''}.`,
    en: (v) => `Checked ${v.files} file(s): no errors${v.warnings ? `, ${v.warnings} warning(s)` : ''}.`,
  }),
  'check.failed': def<{ files: number; errors: number; warnings: number }>({
    vi: (v) => `Đã kiểm tra ${v.files} tệp: ${v.errors} lỗi${v.warnings ? `, ${v.warnings} cảnh báo` : ''}. Sửa các lỗi trên rồi chạy lại “npm run check:content”.`,
    en: (v) => `Checked ${v.files} file(s): ${v.errors} error(s)${v.warnings ? `, ${v.warnings} warning(s)` : ''}.`,
  }),
  'check.error': def({ vi: () => 'Lỗi', en: () => 'error' }),
  'check.warning': def({ vi: () => 'Cảnh báo', en: () => 'warning' }),
  'check.line': def<{ line: number }>({ vi: (v) => `dòng ${v.line}`, en: (v) => `line ${v.line}` }),

  // The build's cache of rendered bodies (rendered-html.ts), lost in the middle of a build.
  'cache.bodyLost': def<{ file: string; cache: string }>({
    vi: (v) => `Không đọc được nội dung đã dựng của “${v.file}” trong bộ nhớ đệm (${v.cache}): tệp bị xoá trong lúc dựng. Hãy dựng lại; nếu vẫn lỗi, xoá thư mục bộ nhớ đệm của Astro (node_modules/.astro) rồi dựng lại.`,
    en: (v) => `The rendered body of ${v.file} is missing from the build's cache (${v.cache}): it was deleted during the build. Build again; if it fails again, delete Astro's cache folder (node_modules/.astro) and build again.`,
  }),

  // The search index, in the build's log.
  'search.reindexed': def<{ handed: number; pages: number }>({
    vi: (v) =>
      `Chỉ mục tìm kiếm đã nhận ${v.handed} trang trong lúc dựng, nhưng bản dựng có ${v.pages} trang cần tìm kiếm (hoặc khác thứ tự): đang lập lại chỉ mục từ dist/. Kết quả vẫn như nhau, chỉ chậm hơn.`,
    en: (v) => `The search index was handed ${v.handed} pages while they rendered, not the build's ${v.pages} in its order: indexing them again from dist/ (the same index, slower).`,
  }),

  // npm run verify: a built site checked against the posts (maintainers and CI read these).
  'verify.failed': def<{ dist: string; count: number }>({
    vi: (v) => `Trang đã dựng ở ${v.dist} có ${v.count} lỗi: có bài đã đăng bị thiếu, hoặc bài chưa đăng bị lộ. Đừng đưa bản này lên mạng.`,
    en: (v) => `The built site in ${v.dist} has ${v.count} problem(s).`,
  }),
  'verify.ok': def<{ dist: string; posts: number; withheld: number }>({
    vi: (v) => `Đủ cả ${v.posts} bài đã đăng, không lộ bài nào trong ${v.withheld} bài chưa đăng`,
    en: (v) => `All ${v.posts} published posts are in place; none of the ${v.withheld} withheld posts shows (${v.dist}).`,
  }),
  'verify.badFrontMatter': def({
    vi: () => 'Phần đầu bài không hợp lệ. Chạy “npm run check:content” để xem chi tiết.',
    en: () => 'the front matter does not pass the schema; run npm run check:content for the details.',
  }),
  'verify.noCanonical': def({
    vi: () => 'Trang chủ không có <link rel="canonical">, nên không biết địa chỉ của trang web.',
    en: () => 'no <link rel="canonical">, so the site’s URL is unknown.',
  }),
  'verify.pageMissing': def<{ path: string }>({
    vi: (v) => `Thiếu trang của bài: /${v.path}.`,
    en: (v) => `its page /${v.path} is missing.`,
  }),
  'verify.noTitle': def<{ path: string }>({
    vi: (v) => `Trang /${v.path} không có tên bài làm tiêu đề <h1>.`,
    en: (v) => `its page /${v.path} does not carry its title as <h1>.`,
  }),
  'verify.listingMissing': def<{ listing: Listing; path: string }>({
    vi: (v) => `Thiếu ${listingVi(v.listing)} (/${v.path}).`,
    en: (v) => `${listingEn(v.listing)} /${v.path} is missing.`,
  }),
  'verify.notListed': def<{ listing: Listing; path: string }>({
    vi: (v) => `Bài không có trong danh sách ở ${listingVi(v.listing)} (/${v.path}).`,
    en: (v) => `not listed on ${listingEn(v.listing)} /${v.path}.`,
  }),
  'verify.notInSitemap': def({
    vi: () => 'Bài không có trong sơ đồ trang (sitemap).',
    en: () => 'not in the sitemap.',
  }),
  'verify.notInFeed': def<{ count: number; path: string }>({
    vi: (v) => `Bài thuộc ${v.count} bài mới nhất nhưng không có trong /${v.path}.`,
    en: (v) => `one of the newest ${v.count} posts, but not in /${v.path}.`,
  }),
  'verify.notInSearch': def({
    vi: () => 'Bài không có trong chỉ mục tìm kiếm.',
    en: () => 'not in the search index.',
  }),
  'verify.withheldUnplaced': def({
    vi: () => 'Không kiểm tra được các bài chưa đăng: chúng không xếp được vào chỉ mục bài, vì những lỗi kể ngay dưới đây.',
    en: () => 'withheld posts could not be checked: the post index refused them, for the problems listed next.',
  }),
  'verify.withheldPage': def<{ path: string }>({
    vi: (v) => `Bài chưa đăng, nhưng đã có trang /${v.path}.`,
    en: (v) => `withheld, but its page /${v.path} exists.`,
  }),
  'verify.withheldLinked': def<{ file: string; path: string }>({
    vi: (v) => `Bài chưa đăng, nhưng ${v.file} có liên kết tới /${v.path}.`,
    en: (v) => `withheld, but ${v.file} links to /${v.path}.`,
  }),
  'verify.withheldInSearch': def({
    vi: () => 'Bài chưa đăng, nhưng có trong chỉ mục tìm kiếm.',
    en: () => 'withheld, but in the search index.',
  }),

  // npm run new.
  'new.usage': def({
    vi: () => 'Cách dùng: npm run new -- "Tiêu đề bài viết" [--tags "Hành chính,Giáo dục"] [--date "2025-09-01 08:00"]',
    en: () => 'usage: npm run new -- "Post title" [--tags "A,B"] [--date "YYYY-MM-DD HH:MM"]',
  }),
  'new.unknownOption': def<{ option: string }>({
    vi: (v) => `Không hiểu “${v.option}”. Chỉ dùng được --tags và --date.`,
    en: (v) => `unknown option "${v.option}"; only --tags and --date are known.`,
  }),
  'new.emptySlug': def<{ title: string }>({
    vi: (v) => `Tiêu đề “${v.title}” không có chữ cái Latinh hay chữ số nào để làm tên tệp. Hãy dùng tiêu đề tiếng Việt.`,
    en: (v) => `the title "${v.title}" has no Latin letters or digits to make a file name from.`,
  }),
  'new.exists': def<{ path: string }>({
    vi: (v) => `Đã có tệp “${v.path}”, không ghi đè lên. Hãy mở tệp đó để sửa, hoặc đặt tiêu đề khác.`,
    en: (v) => `"${v.path}" already exists; it was not overwritten.`,
  }),
  'new.created': def<{ path: string; url: string }>({
    vi: (v) => `Đã tạo bài mới: ${v.path}\nĐịa chỉ bài khi đăng: ${v.url}\nMở tệp để viết nội dung, rồi chạy “npm run check:content” để kiểm tra.`,
    en: (v) => `Created ${v.path}; it will be published at ${v.url}.`,
  }),
} as const;

export type MessageKey = keyof typeof messages;
export type MessageValues<K extends MessageKey> = Parameters<(typeof messages)[K]['vi']>[0];

/** A message in both languages, with its key (for --json and tests). */
export interface Message {
  key: MessageKey;
  vi: string;
  en: string;
}

type Args<K extends MessageKey> = MessageValues<K> extends Record<string, never> ? [values?: MessageValues<K>] : [values: MessageValues<K>];

export function message<K extends MessageKey>(key: K, ...[values]: Args<K>): Message {
  const d = messages[key] as Def<MessageValues<K>>;
  const v = (values ?? {}) as MessageValues<K>;
  return { key, vi: d.vi(v), en: d.en(v) };
}

/**
 * The text of a message where only one string fits (a schema issue, an Error's message):
 * the Vietnamese, then the English on its own line. `splitBilingual` undoes it.
 */
export function say<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const m = message(key, ...args);
  const text = `${m.vi}\n${m.en}`;
  keys.set(text, key);
  return text;
}

// Which key a text from say() came from: schema issues carry only their text, and --json reports the key.
const keys = new Map<string, MessageKey>();
export function keyOf(text: string): MessageKey | undefined {
  return keys.get(text);
}

export function splitBilingual(text: string): { vi: string; en: string } {
  const i = text.indexOf('\n');
  return i < 0 ? { vi: text, en: text } : { vi: text.slice(0, i), en: text.slice(i + 1) };
}

/** An error thrown with a message key and its values: the sentence comes from the table. */
export class MessageError extends Error {
  readonly detail: Message;
  constructor(detail: Message) {
    super(`${detail.vi}\n${detail.en}`);
    this.name = 'MessageError';
    this.detail = detail;
  }
}

// js-yaml's reasons, in Vietnamese: the common ones an editor meets.
const YAML_REASONS: [RegExp, string][] = [
  [/within a double quoted scalar|within a single quoted scalar/, 'thiếu dấu ngoặc kép đóng'],
  [/within a flow collection|missed comma between flow collection entries/, 'danh sách trong ngoặc vuông [ ] thiếu dấu phẩy hoặc dấu ] đóng'],
  [/bad indentation/, 'thụt lề không đúng'],
  [/duplicated mapping key/, 'một khoá được viết hai lần'],
  [/tab characters must not be used|tabulation/, 'có ký tự Tab; hãy dùng dấu cách để thụt lề'],
  [/can not read a block mapping entry|a multiline key may not be an implicit key|incomplete explicit mapping pair/, 'thiếu dấu hai chấm, hoặc một giá trị bị ngắt sang dòng mới'],
  [/end of the stream or a document separator is expected/, 'có nội dung không đúng dạng “khoá: giá trị”'],
  [/unknown escape sequence|expected valid JSON character/, 'có dấu \\ không hợp lệ trong ngoặc kép'],
  [/name of an alias node must contain|unidentified alias/, 'dấu * ở đầu giá trị; hãy đặt giá trị trong ngoặc kép'],
  [/unexpected end of the stream/, 'phần đầu bài kết thúc giữa chừng'],
];

// Sätteri's MDX parser's reasons, in Vietnamese: the mistakes an editor writing HTML in a .mdx file meets.
const MDX_REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/Expected a closing tag for `<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)>/i, (m) => `thẻ <${m[1]}> phải tự đóng: viết <${m[1]} … /> (có dấu / trước dấu >)`],
  [/Expected a closing tag for `<([^>\s`]+)>/, (m) => `thẻ <${m[1]}> chưa được đóng: thêm </${m[1]}> sau nội dung của nó, hoặc viết <${m[1]} … /> nếu thẻ không có nội dung`],
  [/Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>`/, (m) => `thẻ đóng </${m[1]}> không khớp với thẻ <${m[2]}> đang mở`],
  [/Unexpected closing tag `<\/([^>`]+)>`/, (m) => `thẻ đóng </${m[1]}> không có thẻ mở <${m[1]}> tương ứng`],
  [/to create a comment in MDX/, () => 'ghi chú <!-- … --> không dùng được trong MDX: hãy viết {/* … */}'],
  [/to create a link in MDX/, () => 'giá trị thuộc tính của thẻ phải đặt trong ngoặc kép, ví dụ <a href="…">, hoặc viết liên kết dạng [chữ](địa chỉ)'],
  [/expected a corresponding closing brace for `\{`/, () => 'dấu { mở nhưng không có dấu } đóng; muốn viết chính dấu { thì viết \\{'],
  [/Could not parse expression/, () => 'nội dung trong dấu { } không phải là mã hợp lệ; muốn viết chính dấu { thì viết \\{'],
];

function mdxReasonVi(reason: string): string {
  for (const [re, say] of MDX_REASONS) {
    const m = re.exec(reason);
    if (m) return say(m);
  }
  return 'không đọc được đoạn này';
}

function yamlReasonVi(reason: string): string {
  return YAML_REASONS.find(([re]) => re.test(reason))?.[1] ?? 'không đọc được dòng này';
}
