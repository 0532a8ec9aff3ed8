/**
 * How the browser editor (Decap CMS) reads and writes a post file, registered in place of
 * Decap's own `frontmatter` format. Decap's format rewrites the whole front matter on every
 * save (its YAML library's quoting and indentation, keys re-sorted, comments lost) and writes
 * fields an editor emptied as `key: ""`, which the schema refuses (`header-mask: ""`). This one:
 *
 * - reads YAML with the core schema, as the site's loader does (dates stay the text written);
 * - keeps every key whose value did not change exactly as it was written (spacing, quotes,
 *   list indentation, comments and blank lines between keys included);
 * - writes only changed or new keys (new ones after the others, in the form's order), and
 *   drops keys whose value was emptied;
 * - keeps the text of the post byte for byte.
 *
 * To know what was written, `readPostFile` hands Decap the front matter's own text under
 * AS_WRITTEN; Decap keeps keys it has no field for, and `writePostFile` takes it back out.
 */
import yaml from 'js-yaml';

export const AS_WRITTEN = '__front_matter_as_written';

type Data = Record<string, unknown>;

const FENCE = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(\r?\n|$)/m;

function load(text: string): Data {
  const parsed = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Data) : {};
}

function split(content: string): { frontMatter: string; body: string } | undefined {
  const open = FENCE.exec(content);
  if (!open) return undefined;
  const rest = content.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  return { frontMatter: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

/** A post file as Decap's entry data: the front matter's keys, `body`, and the front matter as written. */
export function readPostFile(content: string): Data {
  const parts = split(content);
  if (!parts) return { body: content };
  return { ...load(parts.frontMatter), body: parts.body, [AS_WRITTEN]: parts.frontMatter };
}

interface Chunk {
  /** The top-level key this run of lines writes; none for comments and blank lines between keys. */
  key?: string;
  text: string;
}

const KEY_LINE = /^(?![\s#]|-(\s|$))\S/;
const CONTINUATION = /^(\s|-(\s|$))/;

/** The front matter cut into runs of lines: one per top-level key, and the comments and blank lines between them. */
function chunks(frontMatter: string): Chunk[] | undefined {
  const lines = frontMatter.split(/(?<=\n)/);
  const out: Chunk[] = [];
  let current: Chunk | undefined;
  lines.forEach((line, i) => {
    if (KEY_LINE.test(line)) {
      current = { key: '', text: line };
      out.push(current);
    } else if (current && CONTINUATION.test(line) && line.trim() !== '') {
      current.text += line;
    } else if (current && line.trim() === '' && CONTINUATION.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '')) {
      current.text += line; // a blank line inside a block scalar or list
    } else {
      current = undefined;
      const last = out.at(-1);
      if (last && last.key === undefined) last.text += line;
      else out.push({ text: line });
    }
  });
  for (const chunk of out) {
    if (chunk.key === undefined) continue;
    const keys = Object.keys(load(chunk.text));
    if (keys.length !== 1) return undefined;
    chunk.key = keys[0];
  }
  return out;
}

function isEmpty(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function dumpKey(key: string, value: unknown): string {
  return yaml.dump({ [key]: value }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
}

/** Keys in the form's order, then any others in the order they come. */
function ordered(keys: string[], order: string[]): string[] {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return keys.map((k, i) => [k, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([k]) => k);
}

/** Decap's entry data as a post file, changing only what the editor changed. */
export function writePostFile(data: Data, order: string[] = []): string {
  const { body = '', [AS_WRITTEN]: asWritten, ...fields } = data;
  const written = typeof asWritten === 'string' ? asWritten : '';
  const before = load(written);
  const parts = chunks(written) ?? []; // text that cannot be cut into keys is written anew
  const kept = new Set<string>();
  let frontMatter = '';
  for (const chunk of parts) {
    if (chunk.key === undefined) {
      frontMatter += chunk.text;
      continue;
    }
    const key = chunk.key;
    if (!(key in fields) || isEmpty(fields[key])) continue;
    kept.add(key);
    frontMatter += same(fields[key], before[key]) ? chunk.text : dumpKey(key, fields[key]);
  }
  if (frontMatter !== '' && !frontMatter.endsWith('\n')) frontMatter += '\n';
  for (const key of ordered(Object.keys(fields), order)) {
    if (!kept.has(key) && !isEmpty(fields[key])) frontMatter += dumpKey(key, fields[key]);
  }
  const text = typeof body === 'string' ? body : '';
  // A file ends with a line break (Decap's Markdown editor gives the text without one).
  return `---\n${frontMatter}---\n${text === '' || text.endsWith('\n') ? text : `${text}\n`}`;
}
