/**
 * Every sentence of the import report, Vietnamese first, then English. Code
 * names a message by key with its values; only this table holds the words.
 */

type Values = Record<string, string | number>;

const table = {
  // What happened to a file.
  imported: (v: Values) => [`đã nhập, địa chỉ mới ${v.url}`, `imported, new URL ${v.url}`],
  unchanged: (v: Values) => [`không đổi (đã nhập trước đây), địa chỉ ${v.url}`, `unchanged (imported before), URL ${v.url}`],
  renamed: (v: Values) => [`đổi tên thành ${v.to}`, `renamed to ${v.to}`],
  wouldImport: (v: Values) => [`sẽ nhập (chạy thử, chưa ghi gì), địa chỉ mới ${v.url}`, `would import (dry run, nothing written), new URL ${v.url}`],
  skippedExists: (v: Values) => [
    `bỏ qua: ${v.target} đã có và khác bài này; thêm --force để ghi đè`,
    `skipped: ${v.target} exists with other content; add --force to overwrite`,
  ],
  skippedExtension: (v: Values) => [
    `bỏ qua: đuôi ${v.ext} không phải Markdown (${v.exts}) hay .html`,
    `skipped: ${v.ext} is not a Markdown extension (${v.exts}) or .html`,
  ],
  skippedNoDate: () => [
    'bỏ qua: tên tệp không có ngày (YYYY-MM-DD-ten-bai.md); Jekyll cũng không coi đây là bài',
    'skipped: the file name has no date (YYYY-MM-DD-slug.md); Jekyll did not read it as a post either',
  ],
  skippedYaml: (v: Values) => [`bỏ qua: phần đầu (front matter) không phải YAML hợp lệ: ${v.error}`, `skipped: the front matter is not valid YAML: ${v.error}`],
  skippedInvalid: (v: Values) => [`bỏ qua: bài nhập vào không qua được kiểm tra nội dung: ${v.error}`, `skipped: the imported post fails the content check: ${v.error}`],
  // What could not be carried over.
  droppedKey: (v: Values) => [`bỏ khóa ${v.key} (của theme hay công cụ khác, trang mới không dùng)`, `dropped key ${v.key} (from another theme or tool; the new site has no use for it)`],
  badValue: (v: Values) => [`bỏ khóa ${v.key}: giá trị "${v.value}" không dùng được (${v.why})`, `dropped key ${v.key}: the value "${v.value}" cannot be used (${v.why})`],
  badDate: (v: Values) => [`khóa ${v.key}: "${v.value}" không đọc được là ngày; dùng ngày trong tên tệp`, `${v.key}: "${v.value}" is not a date Jekyll reads; the file name's date is used`],
  upgradedHttps: (v: Values) => [`${v.key}: đổi http:// thành https://`, `${v.key}: http:// changed to https://`],
  layoutChanged: (v: Values) => [`layout "${v.value}" đổi thành post`, `layout "${v.value}" became post`],
  titleFromFileName: (v: Values) => [`bài không có tiêu đề: lấy từ tên tệp, "${v.title}" (như Jekyll)`, `no title: taken from the file name, "${v.title}" (as Jekyll does)`],
  excerptToDescription: () => ['excerpt chuyển thành description', 'excerpt became description'],
  categoriesToTags: (v: Values) => [`chuyên mục (categories) thành thẻ: ${v.list}`, `categories became tags: ${v.list}`],
  draftDate: (v: Values) => [`bản nháp không có ngày: dùng thời điểm sửa tệp, ${v.date}`, `draft without a date: the file's modification time is used, ${v.date}`],
  unknownTag: (v: Values) => [`thẻ Liquid {% ${v.tag} %} không được hỗ trợ: đã bỏ, phần chữ bên trong (nếu có) được giữ`, `Liquid tag {% ${v.tag} %} is not supported: removed, any text inside it kept`],
  liquidError: (v: Values) => [`lỗi Liquid: ${v.error}; các thẻ Liquid của bài đã bị bỏ`, `Liquid error: ${v.error}; the post's Liquid tags were removed`],
  missingInclude: (v: Values) => [`{% include ${v.name} %}: không có tệp _includes/${v.name} trong trang cũ`, `{% include ${v.name} %}: the old site has no _includes/${v.name}`],
  missingImage: (v: Values) => [`ảnh ${v.src} không có trong trang cũ (tìm ${v.path})`, `image ${v.src} is missing from the old site itself (looked for ${v.path})`],
  missingHeaderImage: (v: Values) => [`header-img ${v.src} không có trong trang cũ (tìm ${v.path}): đã bỏ khóa`, `header-img ${v.src} is missing from the old site itself (looked for ${v.path}): key dropped`],
  imageConflict: (v: Values) => [`public${v.path} đã có và khác tệp của trang cũ: giữ tệp hiện có; thêm --force để ghi đè`, `public${v.path} exists with other content: kept; add --force to overwrite`],
  unknownPostUrl: (v: Values) => [`{% ${v.tag} ${v.name} %}: không có bài này trong trang cũ`, `{% ${v.tag} ${v.name} %}: no such post in the old site`],
  futurePost: () => ['bài đề ngày tương lai: chỉ hiện khi đến ngày', 'future-dated post: shown once its date comes'],
  redirects: (v: Values) => [`địa chỉ cũ ${v.list} chuyển về địa chỉ mới`, `old URL ${v.list} redirects to the new one`],
  // The run as a whole.
  timezoneAssumed: () => [
    '_config.yml không có timezone: coi như UTC (như GitHub Pages dựng trang)',
    '_config.yml has no timezone: UTC assumed (as GitHub Pages builds)',
  ],
  summary: (v: Values) => [
    `Tổng: ${v.imported} bài nhập, ${v.unchanged} không đổi, ${v.skipped} bỏ qua, ${v.images} ảnh/tệp chép, ${v.problems} điều không mang sang được.`,
    `Total: ${v.imported} imported, ${v.unchanged} unchanged, ${v.skipped} skipped, ${v.images} images/files copied, ${v.problems} things not carried over.`,
  ],
  dryRun: () => ['Chạy thử (--dry-run): không ghi tệp nào.', 'Dry run (--dry-run): no file was written.'],
  checkPassed: (v: Values) => [`Kiểm tra nội dung: ${v.count} bài đạt.`, `Content check: ${v.count} posts pass.`],
  checkFailed: () => ['Kiểm tra nội dung: có lỗi', 'Content check: problems found'],
  notASite: (v: Values) => [`${v.dir} không phải trang Jekyll (không có _config.yml hay _posts/)`, `${v.dir} is not a Jekyll site (no _config.yml or _posts/)`],
  usage: () => [
    'Cách dùng: npm run import:jekyll -- <thư mục trang Jekyll> [--dry-run] [--force]',
    'Usage: npm run import:jekyll -- <Jekyll site folder> [--dry-run] [--force]',
  ],
} satisfies Record<string, (v: Values) => [string, string]>;

export type MessageKey = keyof typeof table;

export interface Message {
  key: MessageKey;
  values?: Values;
}

/** [Vietnamese, English]. */
export function message(key: MessageKey, values: Values = {}): [string, string] {
  return table[key](values);
}

/** One line, Vietnamese then English. */
export function bilingual(key: MessageKey, values: Values = {}): string {
  const [vi, en] = message(key, values);
  return `${vi} / ${en}`;
}
