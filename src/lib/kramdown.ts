/**
 * The pieces of kramdown syntax (Jekyll's Markdown) that CommonMark shows as
 * text, read as plain strings: attribute lists, abbreviation definitions,
 * extension tags. Shared by the Markdown plugins (src/markdown/) and the
 * excerpt text (text.ts), so a page and its meta description agree on what is
 * syntax and what is prose.
 */

/**
 * An inline attribute list (`{: .notice #id key="v"}`), a reference to one
 * (`{:toc}`), or an attribute list definition (`{:name: .cls}`). Quoted values
 * may hold braces. `{::…}` extensions are matched by EXTENSION instead.
 */
const IAL_BODY = String.raw`\{:(?!:)(?:[^{}"'\n]|"[^"\n]*"|'[^'\n]*')*\}`;
export const IAL = new RegExp(IAL_BODY, 'g');
/** A line made only of attribute lists. */
export const IAL_LINE = new RegExp(String.raw`^[ \t]*(?:${IAL_BODY}[ \t]*)+$`);
/** `{:name: attributes}`: a definition, referred to later as `{: name}`. */
const ALD = /^\{:([A-Za-z][\w-]*):(?:\s([^]*))?\}$/;

/**
 * kramdown's extensions: `{::comment}…{:/comment}` (dropped with what it
 * holds), `{::options … /}` (parser settings), and the tags of
 * `{::nomarkdown}…{:/}` (its content stays).
 */
export const EXTENSION = /\{::comment\}[^]*?\{:\/(?:comment)?\}|\{::[a-z]+(?:\s[^{}]*)?\/?\}|\{:\/[a-z]*\}/g;

export interface AttributeList {
  id?: string;
  classes: string[];
  /** Other attributes, by lower-cased name. */
  attributes: Record<string, string>;
  /** Names of attribute list definitions referred to (`toc` in `{:toc}`). */
  refs: string[];
}

// Event handler attributes would put JavaScript in a public page, which the site never ships.
const REFUSED_ATTRIBUTE = /^on|^(?:xmlns|srcdoc)$/i;

/** Parse the inside of `{: … }` (without the braces and colon). */
export function parseAttributes(inner: string): AttributeList {
  const out: AttributeList = { classes: [], attributes: {}, refs: [] };
  const token = /([.#])([^\s.#"'=]+)|([A-Za-z_:][\w:.-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"']*))|([A-Za-z][\w-]*)/g;
  for (const m of inner.matchAll(token)) {
    if (m[1] === '.') out.classes.push(m[2]);
    else if (m[1] === '#') out.id = m[2];
    else if (m[3]) {
      const name = m[3].toLowerCase();
      const value = m[4] ?? m[5] ?? m[6] ?? '';
      if (REFUSED_ATTRIBUTE.test(name)) continue;
      if (name === 'class') out.classes.push(...value.split(/\s+/).filter(Boolean));
      else if (name === 'id') out.id = value;
      else out.attributes[name] = value;
    } else if (m[7]) out.refs.push(m[7]);
  }
  return out;
}

/** `{: .a}` -> its attribute list; `{:name: .a}` -> the definition; anything else -> undefined. */
export function readAttributeList(ial: string): { definition?: string; list: AttributeList } | undefined {
  const ald = ALD.exec(ial);
  if (ald) return { definition: ald[1], list: parseAttributes(ald[2] ?? '') };
  if (!/^\{:(?!:)/.test(ial) || !ial.endsWith('}')) return undefined;
  return { list: parseAttributes(ial.slice(2, -1)) };
}

/** Every attribute list definition of a document (`{:name: …}` on a line of its own), outside code fences. */
export function attributeDefinitions(source: string): Map<string, AttributeList> {
  const defs = new Map<string, AttributeList>();
  for (const line of proseLines(source)) {
    const read = IAL_LINE.test(line) ? readAttributeList(line.trim()) : undefined;
    if (read?.definition) defs.set(read.definition, read.list);
  }
  return defs;
}

/** Merge lists in order: later ids win, classes and attributes add up; references are resolved. */
export function mergeAttributes(lists: AttributeList[], defs: Map<string, AttributeList> = new Map()): AttributeList {
  const out: AttributeList = { classes: [], attributes: {}, refs: [] };
  const add = (list: AttributeList, depth: number) => {
    for (const ref of list.refs) {
      const def = defs.get(ref);
      if (def && depth < 5) add(def, depth + 1);
      else out.refs.push(ref);
    }
    if (list.id) out.id = list.id;
    for (const c of list.classes) if (!out.classes.includes(c)) out.classes.push(c);
    Object.assign(out.attributes, list.attributes);
  };
  for (const list of lists) add(list, 0);
  return out;
}

/** Attribute lists as hast properties, merged over the properties a node already has. */
export function toProperties(list: AttributeList, existing: Record<string, unknown> = {}): Record<string, unknown> {
  const props: Record<string, unknown> = { ...existing, ...list.attributes };
  if (list.id) props.id = list.id;
  const before = Array.isArray(existing.className) ? (existing.className as string[]) : [];
  const classes = [...before, ...list.classes.filter((c) => !before.includes(c))];
  if (classes.length > 0) props.className = classes;
  return props;
}

/** An abbreviation definition line: `*[HTML]: HyperText Markup Language`. */
export const ABBREVIATION_LINE = /^ {0,3}\*\[([^\]\n]+)\]:[ \t]*(.*?)[ \t]*$/;

/** Every abbreviation a document defines, outside code fences. The last definition of a word wins. */
export function abbreviationDefinitions(source: string): Map<string, string> {
  const defs = new Map<string, string>();
  for (const line of proseLines(source)) {
    const m = ABBREVIATION_LINE.exec(line);
    if (m) defs.set(m[1].trim(), m[2]);
  }
  return defs;
}

/** The lines of a Markdown source that are not inside fenced code blocks. */
export function* proseLines(source: string): Generator<string> {
  let fence: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && line.trim() === open[1]) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    yield line;
  }
}

/** Remove kramdown syntax from a line of prose: attribute lists and extension tags. */
export function stripKramdown(text: string): string {
  return text.replace(EXTENSION, '').replace(IAL, '');
}
