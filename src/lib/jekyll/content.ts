/**
 * The addresses inside a post's text: images and links in Markdown, in
 * reference definitions and in raw HTML. Each is read as the old site's
 * browser read it (relative to the old post URL, under the old baseurl) so
 * the importer can copy the file or point the link at the new post.
 * Code (fenced blocks, indented blocks, `spans`) is left alone.
 */

export type UrlKind = 'image' | 'link';

/** A path on the old site (decoded, without the baseurl) and what followed it (?query#hash). */
export interface OldSitePath {
  path: string;
  suffix: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text an HTML attribute value stands for. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function decode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/**
 * Where `url`, written in the post served at `pageUrl`, pointed on the old
 * site. Undefined for other sites, anchors, mailto: and the like.
 */
export function oldSitePath(url: string, pageUrl: string, site: { baseurl: string; url: string }): OldSitePath | undefined {
  let raw = url.trim().replace(/^<|>$/g, '');
  if (raw === '' || raw.startsWith('#')) return undefined;
  if (SCHEME.test(raw) || raw.startsWith('//')) {
    const own = site.url ? new URL(site.url).host : undefined;
    let parsed: URL;
    try {
      parsed = new URL(raw.startsWith('//') ? 'https:' + raw : raw);
    } catch {
      return undefined;
    }
    if (!own || parsed.host !== own || !/^https?:$/.test(parsed.protocol)) return undefined;
    raw = parsed.pathname + parsed.search + parsed.hash;
  }
  const cut = raw.search(/[?#]/);
  const suffix = cut >= 0 ? raw.slice(cut) : '';
  const pathPart = cut >= 0 ? raw.slice(0, cut) : raw;
  // The browser resolves a relative address against the page's own URL (with the old baseurl).
  const base = 'http://old.invalid' + encodeURI(site.baseurl + pageUrl);
  let path = decode(new URL(encodeURI(decode(pathPart)), base).pathname);
  if (site.baseurl && (path === site.baseurl || path.startsWith(site.baseurl + '/'))) path = path.slice(site.baseurl.length) || '/';
  return { path, suffix };
}

/** Code spans and code blocks, set aside while addresses are rewritten, so code stays as written. */
export function maskCode(md: string): { masked: string; restore: (s: string) => string } {
  const saved: string[] = [];
  const hold = (s: string) => `\uE010${saved.push(s) - 1}\uE011`;
  const lines = md.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let block: string[] = [];
  for (const line of lines) {
    if (fence) {
      block.push(line);
      if (new RegExp(`^\\s{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) {
        out.push(hold(block.join('\n')));
        fence = undefined;
        block = [];
      }
      continue;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1];
      block = [line];
      continue;
    }
    out.push(line);
  }
  if (fence) out.push(hold(block.join('\n')));
  const masked = out.join('\n').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (m) => hold(m));
  const restore = (s: string) => s.replace(/\uE010(\d+)\uE011/g, (_m, i: string) => saved[Number(i)]);
  return { masked, restore };
}

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?)$/i;

export function isImagePath(path: string): boolean {
  return IMAGE_EXT.test(path);
}

// ![alt](url "title") and [text](url "title"); the text may hold one level of brackets (a linked image).
const INLINE = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>\n]*>|[^)\s]+)((?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*)\)/g;
// [label]: url "title"
const REFERENCE = /^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)/gm;
// src/href/poster in raw HTML.
const ATTRIBUTE = /(<(img|a|source|video|audio|iframe)\b[^>]*?\s(src|href|poster)\s*=\s*)(["'])(.*?)\4/gi;

/**
 * Rewrite every address in a Markdown (or HTML) body. `rewrite` gets the
 * address and what it is, and returns the new address, or undefined to keep it.
 */
export function rewriteUrls(md: string, rewrite: (url: string, kind: UrlKind) => string | undefined): string {
  const { masked, restore } = maskCode(md);
  const inline = (text: string): string =>
    text.replace(INLINE, (_whole, bang: string, label: string, url: string, title: string) => {
      const inner = inline(label);
      const next = rewrite(url.replace(/^<|>$/g, ''), bang ? 'image' : 'link');
      const written = next === undefined ? url : /\s/.test(next) ? `<${next}>` : next;
      return `${bang}[${inner}](${written}${title})`;
    });
  let out = inline(masked);
  out = out.replace(REFERENCE, (whole, head: string, url: string) => {
    const bare = url.replace(/^<|>$/g, '');
    const next = rewrite(bare, isImagePath(bare.split(/[?#]/)[0]) ? 'image' : 'link');
    return next === undefined ? whole : head + next;
  });
  out = out.replace(ATTRIBUTE, (whole, head: string, tag: string, attr: string, quote: string, url: string) => {
    // Only <img> and its poster frames are images; a frame, a video or a link points at a page or a file.
    const kind: UrlKind = tag.toLowerCase() === 'img' || attr.toLowerCase() === 'poster' ? 'image' : 'link';
    // An attribute holds HTML text: &amp; is &.
    const next = rewrite(decodeEntities(url), kind);
    return next === undefined ? whole : `${head}${quote}${next.replace(/&/g, '&amp;')}${quote}`;
  });
  return restore(out);
}

/**
 * An `.html` post's body as Markdown: one raw HTML block, so Markdown never
 * reads its text (an indented line would become code). Blank lines would
 * end the block, so they become a newline entity (a blank line in <pre>,
 * nothing elsewhere).
 */
export function htmlAsMarkdown(html: string): string {
  return `<div>\n${withoutBlankLines(html.trim())}\n</div>\n`;
}

/**
 * HTML that must stay one raw block in Markdown: blank lines go (inside
 * <pre>, where they are text, they become a newline entity).
 */
export function withoutBlankLines(html: string): string {
  return html
    .split(/(<pre\b[\s\S]*?<\/pre>)/i)
    .map((part, i) => (i % 2 === 1 ? part.replace(/\n[ \t]*\n/g, '\n&#10;') : part.replace(/\n[ \t]*(?=\n)/g, '')))
    .join('');
}

/** Address written into the Markdown for a file now at `path` under public/. */
export function publicHref(path: string, suffix = ''): string {
  return encodeURI(path).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')) + suffix;
}

const BLOCK_TAG = /^ {0,3}<(address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figure|footer|form|header|iframe|nav|ol|p|pre|section|table|ul|video)(?=[\s>])[^>]*>/i;

/**
 * kramdown reads an HTML element in a post as one block up to its end tag;
 * CommonMark ends it at the first blank line, and an indented line after
 * that becomes code. Each such element (unless it asks for Markdown inside,
 * `markdown="1"`) loses its blank lines, so both read it alike.
 */
export function joinHtmlBlocks(md: string): string {
  const lines = md.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      continue;
    }
    const open = BLOCK_TAG.exec(line);
    if (open && !/\smarkdown\s*=/.test(open[0])) {
      const tag = open[1].toLowerCase();
      const opens = new RegExp(`<${tag}(?=[\\s>])`, 'gi');
      const closes = new RegExp(`</${tag}\\s*>`, 'gi');
      let depth = 0;
      let end = -1;
      for (let j = i; j < lines.length; j++) {
        depth += (lines[j].match(opens)?.length ?? 0) - (lines[j].match(closes)?.length ?? 0);
        if (depth <= 0) {
          end = j;
          break;
        }
      }
      const span = end > i ? lines.slice(i, end + 1) : undefined;
      if (span && !span.some((l) => /\smarkdown\s*=/.test(l))) {
        out.push(...withoutBlankLines(span.join('\n')).split('\n'));
        i = end;
        continue;
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Runs of blank lines (left where Liquid tags were) become one, outside code. */
export function tidyBlankLines(md: string): string {
  const { masked, restore } = maskCode(md);
  return restore(masked.replace(/\n[ \t]*(?:\n[ \t]*){2,}/g, '\n\n'));
}
