/**
 * Responsive markup for the site's own photos. A post body comes out of
 * Markdown, raw HTML or MDX with plain <img> elements; every one that names
 * a local photo becomes a <picture>: WebP at several widths with `sizes`
 * matching the reading column, a JPEG for browsers without WebP, and width
 * and height so the page does not jump while photos load. Remote images are
 * left as they are (lazy, never fetched at build).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  expectCrops,
  imageReady,
  ogCrop,
  ogFile,
  originalFile,
  publishOriginal,
  registry,
  RESIZABLE,
  storedImage,
  variantFile,
  type StoredImage,
} from './image-store.ts';
import { site } from '../site.config.ts';
import { href, imagePath } from './urls.ts';
import { vi } from './vi.ts';

/**
 * The reading column's width (global.css: --measure 44rem, side padding
 * clamp(1rem, 4vw, 2rem)): 704px from 768px up, 92vw from 400px, else the
 * viewport less 2rem. The browser picks the smallest variant that fills it.
 */
export const CONTENT_SIZES = '(min-width: 768px) 704px, (min-width: 400px) 92vw, calc(100vw - 2rem)';

/** A local photo a page names: its file, and where its original is published. */
export interface LocalImage {
  file: string;
  /** URL of the full-size original as it is published (the public/ copy), or undefined to publish it with the variants. */
  originalHref?: string;
}

/**
 * Which file an image URL in a page names, if it is one of ours: a path
 * under public/ (with the base path, as links come out of the Markdown
 * plugins), or a file: URL (a photo next to the post, see links-and-images.ts).
 */
export function localImage(src: string, publicDir: string, base: string): LocalImage | undefined {
  if (src.startsWith('file:')) {
    const file = fileURLToPath(src);
    return RESIZABLE.test(file) && existsSync(file) ? { file } : undefined;
  }
  const prefix = base.replace(/\/+$/, '');
  if (!src.startsWith(`${prefix}/`) || src.startsWith('//')) return undefined;
  let path = src.slice(prefix.length).split(/[?#]/)[0];
  try {
    path = decodeURI(path);
  } catch {
    return undefined;
  }
  const file = join(publicDir, path);
  if (!file.startsWith(publicDir) || !RESIZABLE.test(file)) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? { file, originalHref: src } : undefined;
}

export const variantHref = (image: StoredImage, file: string) => href(imagePath(image.hash, file));
export const fallbackHref = (image: StoredImage) => variantHref(image, variantFile(image, image.fallbackWidth, 'jpg'));
export const ogHref = (image: StoredImage) => variantHref(image, ogFile(image));
/** Where the full-size original is published: its public/ URL, or beside the variants (published on demand). */
export function originalHref(image: StoredImage, local: LocalImage): string {
  if (local.originalHref) return local.originalHref;
  publishOriginal(image, local.file);
  return variantHref(image, originalFile(image));
}

export function webpSrcset(image: StoredImage): string {
  return image.widths.map((w) => `${variantHref(image, variantFile(image, w, 'webp'))} ${w}w`).join(', ');
}

// ---------- a little HTML, enough for the tags our own renderers write ----------

const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TAG = /<picture\b[^>]*>|<\/picture\s*>|<img\b(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescapeAttr = (v: string) =>
  v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, unescapeAttr(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

export function attributesHtml(attrs: Map<string, string>): string {
  return [...attrs].map(([k, v]) => (v === '' && k !== 'alt' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
}

export interface PictureOptions {
  /** The <img>'s other attributes (alt, class, loading…), kept. */
  attrs?: Map<string, string>;
  sizes?: string;
}

/** Width and height for the <img>: the editor's own if written, else the largest variant's. */
function dimensions(image: StoredImage, attrs: Map<string, string>): [number, number] {
  const w = Number(attrs.get('width'));
  const h = Number(attrs.get('height'));
  if (w > 0 && h > 0) return [w, h];
  if (w > 0) return [w, Math.round((w * image.height) / image.width)];
  if (h > 0) return [Math.round((h * image.width) / image.height), h];
  const top = image.widths.at(-1) ?? image.width;
  return [top, Math.round((top * image.height) / image.width)];
}

/** <picture> with WebP variants and the JPEG fallback. */
export function pictureHtml(image: StoredImage, { attrs = new Map(), sizes = CONTENT_SIZES }: PictureOptions = {}): string {
  const img = new Map(attrs);
  const [width, height] = dimensions(image, attrs);
  // An editor's narrower width is the slot the browser fills.
  const slot = attrs.has('width') && width < 704 ? `min(${width}px, 100vw)` : sizes;
  img.delete('src');
  img.delete('srcset');
  img.delete('sizes');
  img.set('src', fallbackHref(image));
  img.set('width', String(width));
  img.set('height', String(height));
  if (!img.has('alt')) img.set('alt', '');
  if (!img.has('loading')) img.set('loading', 'lazy');
  if (!img.has('decoding')) img.set('decoding', 'async');
  return (
    `<picture><source type="image/webp" srcset="${escapeAttr(webpSrcset(image))}" sizes="${escapeAttr(slot)}">` +
    `<img${attributesHtml(img)}></picture>`
  );
}

/** A plain <img> of the large JPEG, for feed readers (many ignore <picture>). */
export function feedImageHtml(image: StoredImage, attrs: Map<string, string>): string {
  const img = new Map(attrs);
  const w = image.fallbackWidth;
  img.delete('srcset');
  img.delete('sizes');
  img.delete('loading');
  img.delete('decoding');
  img.set('src', fallbackHref(image));
  img.set('width', String(w));
  img.set('height', String(Math.round((w * image.height) / image.width)));
  if (!img.has('alt')) img.set('alt', '');
  return `<img${attributesHtml(img)}>`;
}

export function formatBytesVi(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb >= 1
    ? `${mb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('vi-VN')} KB`;
}

const originalLink = (url: string, bytes: number) =>
  ` <a class="figure-original" href="${escapeAttr(url)}">${vi.originalPhoto(formatBytesVi(bytes))}</a>`;

export interface RewriteOptions {
  publicDir: string;
  base: string;
  /** Feed readers get one large JPEG per photo instead of a <picture>. */
  feed?: boolean;
}

/**
 * Every local photo of a post body made responsive; a photo with a caption
 * gets a link to its full-size original at the end of the caption.
 */
export async function responsiveHtml(html: string, options: RewriteOptions): Promise<string> {
  if (!/<img\b/i.test(html)) return html;
  // First pass: find the local <img> tags outside any <picture> the editor wrote.
  const found: { start: number; end: number; attrs: Map<string, string>; local: LocalImage }[] = [];
  let depth = 0;
  for (const m of html.matchAll(TAG)) {
    const tag = m[0].toLowerCase();
    if (tag.startsWith('<picture')) depth++;
    else if (tag.startsWith('</picture')) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const attrs = parseAttributes(m[0]);
      const local = attrs.has('srcset') ? undefined : localImage(attrs.get('src') ?? '', options.publicDir, options.base);
      if (local) found.push({ start: m.index, end: m.index + m[0].length, attrs, local });
    }
  }
  if (found.length === 0) return html;
  const images = await Promise.all(found.map((f) => storedImage(f.local.file)));
  await servable(images);
  let out = '';
  let at = 0;
  found.forEach((f, i) => {
    const image = images[i];
    out += html.slice(at, f.start);
    out += options.feed ? feedImageHtml(image, f.attrs) : pictureHtml(image, { attrs: f.attrs });
    at = f.end;
    // <img> then its <figcaption> (the figures plugin's shape): the caption links to the original.
    const caption = /^\s*<figcaption\b[^>]*>/i.exec(html.slice(at));
    if (caption) {
      const close = html.indexOf('</figcaption>', at);
      const nextImage = found[i + 1]?.start ?? Infinity;
      if (close !== -1 && close < nextImage) {
        out += html.slice(at, close) + originalLink(originalHref(image, f.local), image.bytes);
        at = close;
      }
    }
  });
  return out + html.slice(at);
}

/** A post body as the site serves it (or, with `feed`, as its feeds carry it). */
export function postBodyHtml(html: string, { feed = false } = {}): Promise<string> {
  return responsiveHtml(html, { publicDir: registry().publicDir, base: site.base, feed });
}

/** The file of a post's header photo, when it is a local photo (`header-img: /img/post/a.jpg`). */
function headerFile(headerImage: string | undefined): string | undefined {
  if (!headerImage?.startsWith('/')) return undefined;
  return localImage(href(headerImage), registry().publicDir, site.base)?.file;
}

/**
 * The posts' header photos, before pages render: each is cropped for link previews in the pass that
 * makes its variants, whichever page shows it first (a listing, another post).
 */
export function expectHeaderPhotos(headerImages: Iterable<string | undefined>): void {
  const files: string[] = [];
  for (const h of headerImages) {
    const file = headerFile(h);
    if (file) files.push(file);
  }
  expectCrops(files);
}

/** A post's header photo when it is a local file (`header-img: /img/post/a.jpg`), processed, with its link-preview crop. */
export async function headerPhoto(headerImage: string | undefined): Promise<StoredImage | undefined> {
  const file = headerFile(headerImage);
  if (!file) return undefined;
  const photo = await ogCrop(file);
  await servable([photo]);
  return photo;
}

/**
 * In a build, pages render on while their photos are encoded (the build waits before publishing).
 * The dev server serves the files from the cache as soon as the page is shown: they must be there.
 */
async function servable(images: StoredImage[]): Promise<void> {
  if (import.meta.env?.DEV) await Promise.all(images.map(imageReady));
}
