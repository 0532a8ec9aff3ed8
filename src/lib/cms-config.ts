/**
 * The browser editor's configuration (Decap CMS, /admin/config.yml), generated from the fields
 * table (post-fields.ts): one form field per front-matter key, with the table's Vietnamese label
 * and hint, and the widget options that say what the schema (post-schema.ts) accepts. A unit test
 * checks the two against each other, so the form and the build cannot drift apart.
 */
import type { PostField } from './post-fields.ts';

/**
 * The date widget writes the instant the editor picked, with the browser's own offset
 * (`2025-09-01 08:00:00+07:00` in Hà Nội, `…-04:00` in New York): the schema honours an offset,
 * so the post goes out at the moment the editor meant, whatever the computer's timezone.
 * Offset-less dates already in files are left as they are unless the editor changes them.
 */
export const CMS_DATE_FORMAT = 'YYYY-MM-DD HH:mm:ssZ';

/**
 * The file format the editor reads and writes posts with: front matter and Markdown, written
 * so that a save changes only the keys the editor changed (src/lib/front-matter-writer.ts,
 * registered under this name by src/scripts/admin.ts in place of Decap's `frontmatter`).
 */
export const CMS_FORMAT = 'frontmatter-as-written';

/** Where posts and their uploaded images live, relative to the repository root. */
export const CMS_POSTS_FOLDER = 'src/content/posts';
export const CMS_MEDIA_FOLDER = 'public/img/post';
export const CMS_PUBLIC_FOLDER = '/img/post';

/** Patterns for text the schema checks, with the message the form shows (Vietnamese, like every editor message). */
export const CMS_PATTERNS = {
  url: ['^https://[^\\s/]+\\.\\S*$', 'Cần một địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://example.org/trang'],
  image: [
    '^(https://\\S+|/?[^\\s:]+)$',
    'Cần đường dẫn ảnh trong thư mục public/ (như /img/post/anh.jpg) hoặc địa chỉ https://',
  ],
  cssBackground: [
    '^[^;{}<>"\\\\]*$',
    'Chỉ ghi một màu hoặc dải màu CSS, ví dụ linear-gradient(135deg, #1e3a8a, #0e7490)',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export interface CmsBackendSettings {
  backend: string;
  repo: string;
  branch: string;
  authUrl?: string;
  appId?: string;
  apiRoot?: string;
  localPort: number;
}

export interface CmsConfigOptions {
  fields: readonly PostField[];
  cms: CmsBackendSettings;
  /** The public site, for the editor's "view site" link. */
  siteUrl: string;
  /** The base path (`/` or `/staging/`): uploaded images are linked under it by the pages, not in the files. */
  base: string;
}

type Widget = Record<string, unknown>;

function widgetFor(field: PostField): Widget {
  switch (field.kind) {
    case 'text':
      return field.key === 'header-bg-css'
        ? { widget: 'string', pattern: [...CMS_PATTERNS.cssBackground] }
        : { widget: 'string' };
    case 'longtext':
      return { widget: 'text' };
    case 'date':
      // A required date starts as "now" (the moment the post is created), so a new post can be published as it is.
      return { widget: 'datetime', format: CMS_DATE_FORMAT, ...(field.required && { default: '{{now}}' }) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return {
        widget: 'number',
        value_type: Number.isInteger(field.step ?? 1) ? 'int' : 'float',
        ...(field.min !== undefined && { min: field.min }),
        ...(field.max !== undefined && { max: field.max }),
        ...(field.step !== undefined && { step: field.step }),
      };
    case 'list':
      // A list of short texts, one per row, each its own box (a tag may hold any letters but a comma would split it).
      return { widget: 'list', allow_add: true, collapsed: false, field: { name: 'item', label: field.label, widget: 'string' } };
    case 'image':
      return { widget: 'image', choose_url: true, pattern: [...CMS_PATTERNS.image] };
    case 'url':
      return { widget: 'string', pattern: [...CMS_PATTERNS.url] };
    case 'enum':
      return { widget: 'select', options: [...(field.values ?? [])], ...(field.default !== undefined && { default: field.default }) };
  }
}

/** One form field for a front-matter key. */
export function cmsField(field: PostField): Widget {
  return {
    name: field.key,
    label: field.label,
    hint: field.hint,
    required: field.required,
    ...widgetFor(field),
  };
}

function backend(cms: CmsBackendSettings): Widget {
  return {
    name: cms.backend,
    ...(cms.repo && { repo: cms.repo }),
    branch: cms.branch,
    // GitHub signs in through an OAuth proxy (its /auth); GitLab and Gitea sign in with PKCE
    // against the server itself, with the application's id (not a secret).
    ...(cms.authUrl && { base_url: cms.authUrl }),
    ...(cms.authUrl && cms.backend === 'github' && { auth_endpoint: 'auth' }),
    ...(cms.appId && { app_id: cms.appId }),
    ...(cms.appId && cms.backend === 'gitlab' && { auth_type: 'pkce' }),
    ...(cms.apiRoot && { api_root: cms.apiRoot }),
    commit_messages: {
      create: 'Thêm bài “{{slug}}” (qua trình soạn thảo)',
      update: 'Sửa bài “{{slug}}” (qua trình soạn thảo)',
      delete: 'Xoá bài “{{slug}}” (qua trình soạn thảo)',
      uploadMedia: 'Tải ảnh lên: {{path}}',
      deleteMedia: 'Xoá ảnh: {{path}}',
    },
  };
}

export function cmsConfig({ fields, cms, siteUrl, base }: CmsConfigOptions) {
  return {
    locale: 'vi',
    backend: backend(cms),
    // Only used when /admin/ is opened on localhost or 127.0.0.1 (npm run cms): files are read and
    // written on this computer by decap-server; ?decap_server_port=N picks another port.
    local_backend: { url: `http://127.0.0.1:${cms.localPort}/api/v1` },
    publish_mode: 'simple',
    site_url: new URL(base, siteUrl).href,
    display_url: new URL(base, siteUrl).href,
    logo_url: `${base}favicon.svg`,
    media_folder: CMS_MEDIA_FOLDER,
    public_folder: CMS_PUBLIC_FOLDER,
    // File names are ASCII, as Jekyll's are: "Thông báo lịch tiếp dân" -> thong-bao-lich-tiep-dan.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'posts',
        label: 'Bài viết',
        label_singular: 'bài viết',
        description: 'Tin và thông báo của phường. Mỗi bài là một tệp trong src/content/posts/.',
        folder: CMS_POSTS_FOLDER,
        create: true,
        delete: false,
        extension: 'md',
        format: CMS_FORMAT,
        // The date in the file name is the date the editor picked, in the editor's own time
        // ({{year}}-{{month}}-{{day}} would be the UTC date: the day before for a post written
        // before 07:00 in Hà Nội). The site takes the date from `date`, not from the file name.
        slug: "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}",
        identifier_field: 'title',
        summary: "{{title}} — {{fields.date | date('DD/MM/YYYY')}}",
        sortable_fields: [{ field: 'date', label: 'Ngày đăng', default_sort: 'desc' }, { field: 'title', label: 'Tiêu đề' }],
        fields: [
          ...fields.map(cmsField),
          { name: 'body', label: 'Nội dung bài', hint: 'Ảnh rồi một dòng trích dẫn (>) ngay dưới là ảnh có chú thích.', widget: 'markdown' },
        ],
      },
    ],
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
