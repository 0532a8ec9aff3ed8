/**
 * One table describing every front-matter key a post may have, for the people and tools that
 * write posts: `npm run new` writes a post from it, the editors' guide lists it, the CMS config
 * (Decap) is built from it. The schema (post-schema.ts) still decides what is valid; a unit test
 * keeps this table's keys equal to the schema's POST_KEYS.
 *
 * The shape is stable: fields may be added, none renamed.
 */
import type { PostKey } from './post-schema.ts';

export type FieldKind =
  /** One line of text. */
  | 'text'
  /** A paragraph of text. */
  | 'longtext'
  /** A date, optionally with a time: `2025-09-01 08:00:00` (Hà Nội time). */
  | 'date'
  | 'boolean'
  /** A number within `min`…`max` (with `step`). */
  | 'number'
  /** A list of text (tags, old addresses). */
  | 'list'
  /** A path under public/ (`/img/post/a.jpg`) or an https:// URL. */
  | 'image'
  /** A full https:// address. */
  | 'url'
  /** One of `values`. */
  | 'enum';

/** Where a field belongs, for ordering and grouping in the template, the guide and the CMS. */
export type FieldGroup = 'content' | 'image' | 'notice' | 'publishing' | 'advanced';

export interface PostField {
  key: PostKey;
  /** Vietnamese label, as an editor would name the field. */
  label: string;
  /** One line of Vietnamese: what the field does. */
  hint: string;
  kind: FieldKind;
  required: boolean;
  /** A valid value, as it would be written in the front matter. */
  example: string | number | boolean | readonly string[];
  /** The value the schema uses when the key is absent, where it has one. */
  default?: string | number | boolean;
  /** For kind `enum`. */
  values?: readonly string[];
  /** For kind `number`. */
  min?: number;
  max?: number;
  step?: number;
  group: FieldGroup;
}

export const FIELD_GROUPS: Record<FieldGroup, string> = {
  content: 'Nội dung',
  image: 'Ảnh đầu bài',
  notice: 'Thông báo',
  publishing: 'Đăng bài',
  advanced: 'Nâng cao',
};

export const POST_FIELDS: readonly PostField[] = [
  {
    key: 'title',
    label: 'Tiêu đề',
    hint: 'Tiêu đề bài viết, hiện ở đầu bài, trong danh sách và kết quả tìm kiếm.',
    kind: 'text',
    required: true,
    example: 'Thông báo lịch tiếp dân định kỳ',
    group: 'content',
  },
  {
    key: 'subtitle',
    label: 'Tiêu đề phụ',
    hint: 'Một dòng ngắn hiện dưới tiêu đề.',
    kind: 'text',
    required: false,
    example: 'Áp dụng từ tháng 9 năm 2025',
    group: 'content',
  },
  {
    key: 'description',
    label: 'Tóm tắt',
    hint: 'Đoạn tóm tắt trong danh sách bài, RSS và khi chia sẻ; bỏ trống thì dùng tiêu đề phụ hoặc đoạn đầu bài.',
    kind: 'longtext',
    required: false,
    example: 'Lịch tiếp công dân định kỳ của UBND phường trong quý IV.',
    group: 'content',
  },
  {
    key: 'author',
    label: 'Tác giả',
    hint: 'Người hoặc bộ phận viết bài; bỏ trống thì là “Phường Tương Mai”.',
    kind: 'text',
    required: false,
    example: 'Văn phòng UBND phường',
    group: 'content',
  },
  {
    key: 'date',
    label: 'Ngày đăng',
    hint: 'Ngày giờ đăng, giờ Hà Nội; bài có ngày trong tương lai sẽ tự hiện khi đến ngày (sau lần xuất bản kế tiếp).',
    kind: 'date',
    required: true,
    example: '2025-09-01 08:00:00',
    group: 'publishing',
  },
  {
    key: 'last_modified_at',
    label: 'Ngày cập nhật',
    hint: 'Ngày giờ sửa bài gần nhất, hiện dưới bài.',
    kind: 'date',
    required: false,
    example: '2025-09-02 15:30:00',
    group: 'publishing',
  },
  {
    key: 'tags',
    label: 'Thẻ',
    hint: 'Các chủ đề của bài, mỗi thẻ một dòng; viết hoa hay không đều là một thẻ.',
    kind: 'list',
    required: false,
    example: ['Hành chính', 'Giáo dục'],
    group: 'content',
  },
  {
    key: 'header-img',
    label: 'Ảnh đầu bài',
    hint: 'Ảnh lớn ở đầu bài: đường dẫn trong thư mục public/ (như /img/post/anh.jpg) hoặc địa chỉ https://.',
    kind: 'image',
    required: false,
    example: '/img/post/post_chinh_quyen_1.jpg',
    group: 'image',
  },
  {
    key: 'header-mask',
    label: 'Độ tối lớp phủ ảnh',
    hint: 'Độ tối của lớp phủ trên ảnh đầu bài để chữ dễ đọc, từ 0 (không phủ) đến 1 (đen hẳn).',
    kind: 'number',
    required: false,
    example: 0.5,
    min: 0,
    max: 1,
    step: 0.1,
    group: 'image',
  },
  {
    key: 'header-img-credit',
    label: 'Nguồn ảnh',
    hint: 'Tên tác giả hoặc nguồn của ảnh đầu bài, hiện dưới ảnh.',
    kind: 'text',
    required: false,
    example: 'Ảnh: Nguyễn Văn A',
    group: 'image',
  },
  {
    key: 'header-img-credit-href',
    label: 'Liên kết nguồn ảnh',
    hint: 'Địa chỉ https:// của trang tác giả hoặc nguồn ảnh.',
    kind: 'url',
    required: false,
    example: 'https://example.org/tac-gia',
    group: 'image',
  },
  {
    key: 'header-style',
    label: 'Kiểu đầu bài',
    hint: 'Ghi “text” để đầu bài chỉ có chữ, không có ảnh.',
    kind: 'enum',
    values: ['text'],
    required: false,
    example: 'text',
    group: 'image',
  },
  {
    key: 'header-bg-css',
    label: 'Nền đầu bài',
    hint: 'Màu hoặc dải màu CSS làm nền đầu bài khi không có ảnh.',
    kind: 'text',
    required: false,
    example: 'linear-gradient(135deg, #1e3a8a, #0e7490)',
    group: 'image',
  },
  {
    key: 'urgent',
    label: 'Thông báo khẩn',
    hint: 'true: hiện dải thông báo trên mọi trang cho đến ngày hết hạn.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'notice',
  },
  {
    key: 'pinned',
    label: 'Ghim lên đầu',
    hint: 'true: bài đứng đầu trang chủ.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'notice',
  },
  {
    key: 'expires',
    label: 'Ngày hết hạn',
    hint: 'Sau ngày giờ này thông báo thôi khẩn, thôi ghim và được ghi “Đã hết hạn”; không được trước ngày đăng.',
    kind: 'date',
    required: false,
    example: '2025-09-30 17:00:00',
    group: 'notice',
  },
  {
    key: 'catalog',
    label: 'Mục lục',
    hint: 'true: hiện mục lục theo các đề mục của bài.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'content',
  },
  {
    key: 'draft',
    label: 'Bản nháp',
    hint: 'true: bài chưa đăng, không hiện ở đâu cả.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'publishing',
  },
  {
    key: 'published',
    label: 'Đã đăng',
    hint: 'false: gỡ bài xuống, không hiện ở đâu cả (như bản nháp).',
    kind: 'boolean',
    required: false,
    default: true,
    example: false,
    group: 'publishing',
  },
  {
    key: 'hidden',
    label: 'Ẩn khỏi trang chủ',
    hint: 'true: không hiện ở trang chủ; vẫn có trong lưu trữ, thẻ, RSS và tìm kiếm.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'publishing',
  },
  {
    key: 'layout',
    label: 'Bố cục',
    hint: '“post” cho bài thường; “keynote” cho bài trình chiếu (cần thêm iframe).',
    kind: 'enum',
    values: ['post', 'keynote'],
    required: false,
    default: 'post',
    example: 'post',
    group: 'advanced',
  },
  {
    key: 'iframe',
    label: 'Địa chỉ trình chiếu',
    hint: 'Địa chỉ https:// của bộ trình chiếu, dùng với bố cục “keynote”.',
    kind: 'url',
    required: false,
    example: 'https://example.org/trinh-chieu/',
    group: 'advanced',
  },
  {
    key: 'multilingual',
    label: 'Nhiều ngôn ngữ',
    hint: 'true: bài có nhiều bản ngôn ngữ, hiện nút chọn ngôn ngữ.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'advanced',
  },
  {
    key: 'mathjax',
    label: 'Công thức toán',
    hint: 'true: hiển thị công thức viết trong $…$ hoặc $$…$$.',
    kind: 'boolean',
    required: false,
    default: false,
    example: true,
    group: 'advanced',
  },
  {
    key: 'redirect_from',
    label: 'Địa chỉ cũ',
    hint: 'Các địa chỉ cũ của bài (từ trang web trước); người vào địa chỉ cũ được chuyển đến bài này.',
    kind: 'list',
    required: false,
    example: ['/2019/05/ten-bai-cu.html'],
    group: 'advanced',
  },
];

/** The field of a key, if the schema knows it. */
export function postField(key: string): PostField | undefined {
  return POST_FIELDS.find((f) => f.key === key);
}

/** A value as it is written in front matter, for the guide: `tags: [Hành chính, Giáo dục]`. */
export function exampleLine(field: PostField): string {
  const v = field.example;
  const value = Array.isArray(v) ? `[${v.join(', ')}]` : typeof v === 'string' && /^[^\p{L}\p{N}/]|: /u.test(v) ? JSON.stringify(v) : String(v);
  return `${field.key}: ${value}`;
}

/** The table of keys in docs/huong-dan-bien-tap.md, generated from this table (`npm run docs:fields` rewrites it). */
export function fieldsMarkdownTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = POST_FIELDS.map(
    (f) => `| \`${f.key}\` | ${f.label} | ${f.required ? '**bắt buộc**' : 'không'} | ${cell(f.hint)} | \`${cell(exampleLine(f))}\` |`,
  );
  return ['| Khoá | Tên | Bắt buộc | Dùng để làm gì | Ví dụ |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
