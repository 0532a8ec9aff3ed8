/**
 * The site's own photos, resized once. Astro's image service never sees
 * public/, where Hux-style posts keep their photos (`/img/post/x.jpg`), so
 * local photos are processed here with sharp, wherever a post names them.
 *
 * Every photo is keyed by a hash of its bytes: its variants live in
 * `<cache>/<hash>/` (node_modules/.cache/tuongmai-images by default) and
 * are published as `_img/<hash>/…`. A rebuild reads and hashes each photo
 * but decodes and encodes nothing unless the photo is new, and a replaced
 * photo gets a new URL, so browsers never keep a stale copy.
 *
 * The build renders pages in Astro's bundle while the integration that
 * publishes the files is loaded with the config: the two share one registry
 * on globalThis (the same process), which records the photos pages used.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { slugify } from './slugs.ts';
import { placeFiles } from './place-file.ts';

/** Bump when the encoding below changes: every photo is then processed again. */
const PIPELINE_VERSION = 5;

/** The widths offered to browsers; a photo is never enlarged, so smaller photos get fewer. */
export const WIDTHS: readonly number[] = [480, 800, 1200, 1600];
/** The JPEG for browsers without WebP, and for feed readers. */
export const FALLBACK_WIDTH = 1200;
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Link previews above this many bytes are refused by some apps. */
export const OG_MAX_BYTES = 300_000;

// Effort 2 costs half the CPU of 4 for files within 5% of its size (PSNR within 0.15 dB); see bench/README.md.
const WEBP = { quality: 72, effort: 2 } as const;
// mozjpeg, though plain libjpeg (progressive, optimised) takes a third of its CPU: libjpeg's files are 26-32%
// larger, and these JPEGs are what every feed reader downloads and what Zalo and Facebook fetch for previews,
// again and again, while a photo is encoded once (the cache is kept between deploys). Without its scan
// optimisation mozjpeg takes a quarter less CPU for 1% more bytes.
const JPEG = { quality: 78, mozjpeg: true, optimiseScans: false } as const;

/** File types we resize; GIFs (animation) and SVGs are served as written. */
export const RESIZABLE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

export interface StoredImage {
  /** Hash of the photo's bytes: the folder of its variants. */
  hash: string;
  /** ASCII name the variant files share, from the photo's file name. */
  name: string;
  /** Size of the photo as shown (EXIF rotation applied). */
  width: number;
  height: number;
  /** Widths of the WebP variants, ascending. */
  widths: number[];
  /** Width of the JPEG fallback. */
  fallbackWidth: number;
  /** Bytes and extension of the original file. */
  bytes: number;
  ext: string;
}

export const variantFile = (image: StoredImage, width: number, ext: 'webp' | 'jpg') => `${image.name}-${width}.${ext}`;
export const ogFile = (image: StoredImage) => `${image.name}-og.jpg`;
export const originalFile = (image: StoredImage) => `${image.name}${image.ext}`;

interface Registry {
  cacheDir: string;
  /** The project's public/ folder, where Hux-style photos live. */
  publicDir: string;
  /** Photos by hash, as processed or read from the cache in this build (known from the photo's header: pages need no more). */
  images: Map<string, Promise<StoredImage>>;
  /** Per hash, the photo's cache folder complete (variants encoded); the link-preview crop waits for it. */
  encoded: Map<string, Promise<void>>;
  /** Per hash, the link-preview crop made (or found in the cache). */
  crops: Map<string, Promise<void>>;
  /** Hashes whose link-preview crop this build asked for: made with the variants, from the same decoded photo. */
  cropWanted: Set<string>;
  /**
   * Photos whose crop pages will ask for (the posts' header photos), known before the pages render:
   * a photo a listing or another post shows first is still cropped in the pass that makes its variants.
   */
  cropFiles: Set<string>;
  /** Encodings running now, and those waiting for a slot. */
  encoding: { running: number; waiting: (() => void)[] };
  /** Hashes by source file, so a file used by many pages is read once. */
  byFile: Map<string, Promise<StoredImage>>;
  /** Variant folders the pages of this build use. */
  used: Set<string>;
  /** Originals published beside their variants (photos next to a post, linked from a caption), by hash. */
  originals: Map<string, string>;
  /** Work still running (variants, link-preview crops) that the build must wait for. */
  pending: Set<Promise<unknown>>;
  stats: { processed: number; cached: number; ogCrops: number; ms: number };
}

const KEY = Symbol.for('tuongmai.image-store');

export function defaultCacheDir(): string {
  return process.env.IMAGE_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/tuongmai-images');
}

/** The build's one registry (shared by Astro's bundle and the integration). */
export function registry(): Registry {
  const g = globalThis as typeof globalThis & { [KEY]?: Registry };
  g[KEY] ??= {
    cacheDir: defaultCacheDir(),
    publicDir: join(process.cwd(), 'public'),
    images: new Map(),
    encoded: new Map(),
    crops: new Map(),
    cropWanted: new Set(),
    cropFiles: new Set(),
    encoding: { running: 0, waiting: [] },
    byFile: new Map(),
    used: new Set(),
    originals: new Map(),
    pending: new Set(),
    stats: { processed: 0, cached: 0, ogCrops: 0, ms: 0 },
  };
  return g[KEY];
}

/** Start a fresh build: empty records, the given cache folder. */
export function resetRegistry(cacheDir = defaultCacheDir(), publicDir = join(process.cwd(), 'public')): Registry {
  const r = registry();
  r.cacheDir = cacheDir;
  r.publicDir = publicDir;
  r.images.clear();
  r.encoded.clear();
  r.crops.clear();
  r.cropWanted.clear();
  r.cropFiles.clear();
  r.byFile.clear();
  r.used.clear();
  r.originals.clear();
  r.pending.clear();
  r.stats = { processed: 0, cached: 0, ogCrops: 0, ms: 0 };
  return r;
}

/** Widths to make for a photo `width` px wide: the standard ones below it, and itself up to the largest. */
export function variantWidths(width: number): number[] {
  const below = WIDTHS.filter((w) => w < width);
  const top = Math.min(width, WIDTHS[WIDTHS.length - 1]);
  return below.includes(top) ? below : [...below, top];
}

function track<T>(r: Registry, work: Promise<T>): Promise<T> {
  r.pending.add(work);
  work.then(
    () => r.pending.delete(work),
    () => r.pending.delete(work),
  );
  return work;
}

// A photo's encoding holds its decoded pixels; libvips spreads each one over the cores already.
const ENCODE_SLOTS = Math.max(1, Math.min(2, availableParallelism()));

/** Run `work` when fewer than ENCODE_SLOTS encodings are running, so memory stays bounded however many photos a build has. */
async function inSlot<T>(r: Registry, work: () => Promise<T>): Promise<T> {
  if (r.encoding.running >= ENCODE_SLOTS) await new Promise<void>((go) => r.encoding.waiting.push(go));
  r.encoding.running++;
  try {
    return await work();
  } finally {
    r.encoding.running--;
    r.encoding.waiting.shift()?.();
  }
}

/**
 * The photo decoded once, rotated and resized to its largest variant (kept in the original's format:
 * re-encoding it smooths sensor noise, which makes the WebPs smaller). Every variant and the
 * link-preview crop are resized from it, so whichever way the crop is made its bytes are the same.
 */
const intermediate = (bytes: Buffer, image: StoredImage) =>
  sharp(bytes).rotate().resize({ width: image.widths.at(-1) }).toColourspace('srgb').toBuffer();

/** The 1200×630 link-preview crop of the intermediate; quality steps down until the file is small enough. */
async function cropFor(largest: () => Sharp): Promise<Buffer> {
  let out = Buffer.alloc(0);
  for (const quality of [82, 74, 66, 58, 50]) {
    out = await largest()
      .resize(OG_WIDTH, OG_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
      .flatten({ background: '#ffffff' })
      .jpeg({ ...JPEG, quality })
      .toBuffer();
    if (out.length <= OG_MAX_BYTES) break;
  }
  return out;
}

async function encode(bytes: Buffer, dir: string, image: StoredImage, withCrop: () => boolean): Promise<boolean> {
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await mkdir(tmp, { recursive: true });
  // Resize from the largest variant rather than the original each time: one full decode per photo.
  const largest = await intermediate(bytes, image);
  // Its pixels decoded once for the outputs more than half its width, which libvips would decode whole
  // each time (narrower ones decode at a reduced scale, cheaper still); the same bytes come out either way.
  const decoded = await sharp(largest).raw().toBuffer({ resolveWithObject: true });
  const pixels = () => sharp(decoded.data, { raw: decoded.info });
  const top = image.widths.at(-1) ?? image.width;
  const from = (w: number) => (w * 2 > top ? pixels() : sharp(largest));
  // The JPEG fallback and the WebP of its width share one resize.
  const fallback = await from(image.fallbackWidth).resize({ width: image.fallbackWidth }).raw().toBuffer({ resolveWithObject: true });
  const fallbackPixels = () => sharp(fallback.data, { raw: fallback.info });
  const cropped = withCrop();
  await Promise.all([
    ...(cropped ? [cropFor(pixels).then((out) => writeFile(join(tmp, ogFile(image)), out))] : []),
    ...image.widths.map((w) =>
      (w === image.fallbackWidth ? fallbackPixels() : from(w).resize({ width: w }))
        .webp(WEBP)
        .toFile(join(tmp, variantFile(image, w, 'webp'))),
    ),
    fallbackPixels()
      .flatten({ background: '#ffffff' })
      .jpeg(JPEG)
      .toFile(join(tmp, variantFile(image, image.fallbackWidth, 'jpg'))),
  ]);
  await writeFile(join(tmp, 'image.json'), JSON.stringify(image));
  // The folder appears whole or not at all: an interrupted build leaves no half-made cache entry.
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return cropped;
}

/**
 * Encode a photo's variants when a slot is free. The file is read again then, and nothing of the
 * caller's is kept meanwhile: a build with hundreds of new photos would otherwise hold every
 * original in memory while its pages run ahead of the encoding.
 */
function queueEncoding(r: Registry, file: string, dir: string, stored: StoredImage): Promise<void> {
  return inSlot(r, async () => {
    const started = performance.now();
    if (await encode(await readFile(file), dir, stored, () => r.cropWanted.has(stored.hash))) r.stats.ogCrops++;
    r.stats.processed++;
    r.stats.ms += performance.now() - started;
  });
}

async function load(file: string): Promise<StoredImage> {
  const r = registry();
  const bytes = await readFile(file);
  const hash = createHash('sha256').update(`v${PIPELINE_VERSION}\0`).update(bytes).digest('hex').slice(0, 16);
  let image = r.images.get(hash);
  if (!image) {
    image = (async () => {
      const dir = join(r.cacheDir, hash);
      const cached = join(dir, 'image.json');
      if (existsSync(cached)) {
        r.stats.cached++;
        r.encoded.set(hash, Promise.resolve());
        return JSON.parse(await readFile(cached, 'utf-8')) as StoredImage;
      }
      const meta = await sharp(bytes).metadata();
      const rotated = (meta.orientation ?? 1) >= 5;
      const width = rotated ? meta.height : meta.width;
      const height = rotated ? meta.width : meta.height;
      const ext = extname(file).toLowerCase().replace('.jpeg', '.jpg');
      const name = slugify(basename(file, extname(file))) || 'anh';
      const widths = variantWidths(width);
      const stored: StoredImage = {
        hash,
        name,
        width,
        height,
        widths,
        fallbackWidth: Math.min(width, FALLBACK_WIDTH),
        bytes: bytes.length,
        ext,
      };
      if (r.cropFiles.has(file)) r.cropWanted.add(hash);
      // Pages need only the sizes above: they render on while the variants are encoded (the build
      // waits for them before publishing, see settle), instead of each page with a new photo waiting.
      r.encoded.set(hash, track(r, queueEncoding(r, file, dir, stored)));
      return stored;
    })();
    r.images.set(hash, image);
  }
  return image;
}

/**
 * A local photo, known from its header (or from the cache), and recorded as used by this build.
 * Its variants may still be encoding: see imageReady and settle.
 */
export function storedImage(file: string): Promise<StoredImage> {
  const r = registry();
  let image = r.byFile.get(file);
  if (!image) {
    image = track(r, load(file));
    r.byFile.set(file, image);
  }
  return image.then((img) => {
    r.used.add(img.hash);
    return img;
  });
}

/** The photo's variants and link-preview crop are in its cache folder (for the dev server, which serves them from there). */
export async function imageReady(image: StoredImage): Promise<void> {
  const r = registry();
  await r.encoded.get(image.hash);
  await r.crops.get(image.hash);
}

/**
 * The photo cropped to a 1200×630 JPEG for link previews, made once and kept
 * with its variants: in the same pass when they are still to be encoded (the
 * usual case), else after them from the intermediate made again. Like the
 * variants, made while pages render on.
 */
export async function ogCrop(file: string): Promise<StoredImage> {
  const image = await storedImage(file);
  const r = registry();
  const target = join(r.cacheDir, image.hash, ogFile(image));
  if (!r.crops.has(image.hash)) {
    r.cropWanted.add(image.hash);
    const crop = (async () => {
      await r.encoded.get(image.hash);
      if (existsSync(target)) return;
      await inSlot(r, async () => {
        const started = performance.now();
        const largest = await intermediate(await readFile(file), image);
        const out = await cropFor(() => sharp(largest));
        const tmp = `${target}.tmp-${process.pid}`;
        await writeFile(tmp, out);
        await rename(tmp, target);
        r.stats.ogCrops++;
        r.stats.ms += performance.now() - started;
      });
    })();
    r.crops.set(image.hash, track(r, crop));
  }
  return image;
}

/** Photos whose link-preview crop pages will ask for (see Registry.cropFiles). */
export function expectCrops(files: Iterable<string>): void {
  const r = registry();
  for (const file of files) r.cropFiles.add(file);
}

/** Publish a photo's original beside its variants (for one that is not under public/). */
export function publishOriginal(image: StoredImage, file: string): void {
  registry().originals.set(image.hash, file);
}

/** Wait for all image work of this build. */
export async function settle(): Promise<void> {
  const r = registry();
  while (r.pending.size > 0) await Promise.all([...r.pending]);
}

/**
 * Put the variant folders this build used into `<outDir>/_img/`: hard links to the cache (the
 * build's own files), copies where that cannot be; an original photo an editor wrote is copied.
 */
export async function publishUsed(outDir: string): Promise<{ files: number; linked: number }> {
  await settle();
  const r = registry();
  const jobs: [from: string, to: string][] = [];
  for (const hash of r.used) {
    const from = join(r.cacheDir, hash);
    const to = join(outDir, '_img', hash);
    const image = await r.images.get(hash);
    if (!image) continue;
    await mkdir(to, { recursive: true });
    const names = [
      ...image.widths.map((w) => variantFile(image, w, 'webp')),
      variantFile(image, image.fallbackWidth, 'jpg'),
      ...(existsSync(join(from, ogFile(image))) ? [ogFile(image)] : []),
    ];
    for (const f of names) jobs.push([join(from, f), join(to, f)]);
  }
  const linked = jobs.length - (await placeFiles(jobs));
  let files = jobs.length;
  for (const [hash, file] of r.originals) {
    const image = await r.images.get(hash);
    if (!image) continue;
    await copyFile(file, join(outDir, '_img', hash, originalFile(image)));
    files++;
  }
  return { files, linked };
}

/** A cached variant file, for the dev server: undefined when there is none. */
export function cachedVariant(hash: string, file: string): string | undefined {
  if (!/^[0-9a-f]{16}$/.test(hash) || file.includes('/') || file.includes('..') || file === 'image.json') return undefined;
  const path = join(registry().cacheDir, hash, file);
  return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : undefined;
}
