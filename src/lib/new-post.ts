/**
 * A new post, as `npm run new` writes it: the file name from the title and the date in Hà Nội,
 * and a front matter with every key of the fields table: the required ones filled in, the rest
 * commented out under a line saying what each does.
 */
import yaml from 'js-yaml';
import { isoWithOffset, localDate, parsePostDate, DateFormatError } from './dates.ts';
import { MessageError, message } from './messages.ts';
import { POST_FIELDS, type PostField } from './post-fields.ts';
import { slugify } from './slugs.ts';
import { postPath } from './urls.ts';

export interface NewPost {
  title: string;
  tags: string[];
  /** The date as it goes in the front matter: Hà Nội wall time, 2025-09-01 08:00:00. */
  date: string;
  /** YYYY-MM-DD-slug.md */
  fileName: string;
  /** Base-relative URL path of the post: 2025/09/01/slug/ */
  path: string;
  source: string;
}

/** `--date` as typed (or now), read like a front-matter date: Hà Nội time unless an offset is given. */
export function newPostDate(raw: string | undefined, timezone: string, now = new Date()): Date {
  if (raw === undefined) return now;
  try {
    return parsePostDate(raw, timezone);
  } catch (err) {
    if (!(err instanceof DateFormatError)) throw err;
    const { key, ...values } = err.problem;
    throw new MessageError(message(key, { field: 'date', ...values } as never));
  }
}

/** `key: value` in YAML; a list on one line when it is to be uncommented, one item a line when filled in. */
function yamlLine(key: string, value: unknown, oneLine = true): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/.test(value)) return `${key}: ${value}`;
  return yaml.dump({ [key]: value }, { flowLevel: oneLine ? 1 : -1, lineWidth: -1 }).trimEnd();
}

function commented(field: PostField): string {
  return `# ${field.label}: ${field.hint}\n# ${yamlLine(field.key, field.example)}`;
}

export function newPost(options: { title: string; tags?: string[]; date: Date; timezone: string }): NewPost {
  const title = options.title.normalize('NFC').trim();
  const slug = slugify(title);
  if (slug === '') throw new MessageError(message('new.emptySlug', { title }));
  const date = isoWithOffset(options.date, options.timezone).slice(0, 19).replace('T', ' ');
  const day = localDate(options.date, options.timezone);
  const path = postPath(day, slug);
  const fileName = `${path.slice(0, 10).replaceAll('/', '-')}-${slug}.md`;
  const tags = (options.tags ?? []).map((t) => t.normalize('NFC').trim()).filter(Boolean);

  const given: Record<string, unknown> = { title, date, ...(tags.length > 0 ? { tags } : {}) };
  const filled = POST_FIELDS.filter((f) => f.key in given);
  const rest = POST_FIELDS.filter((f) => !(f.key in given));
  const lines = [
    '---',
    ...filled.map((f) => `# ${f.label}: ${f.hint}\n${f.key === 'title' ? `title: ${JSON.stringify(title)}` : yamlLine(f.key, given[f.key], false)}`),
    '',
    '# Các dòng dưới đây không bắt buộc. Muốn dùng dòng nào, xoá dấu # và dấu cách ở đầu dòng đó rồi sửa giá trị.',
    ...rest.map(commented),
    '---',
    '',
    'Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống; đề mục bắt đầu bằng “## ”.',
    '',
  ];
  return { title, tags, date, fileName, path, source: lines.join('\n') };
}
