/**
 * The link-preview card of a post without a photo of its own: its title
 * (three lines at most, then an ellipsis), its date, and the ward's name and
 * mark, in the site's colours. Drawn with satori (layout, text to paths) and
 * resvg (SVG to PNG), with Be Vietnam Pro: Google's full font files, which
 * hold every Vietnamese letter in one file (the web packages split them into
 * unicode-range subsets, and a renderer that is handed one subset draws
 * blanks for the rest).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** Bump when the drawing changes: every card is then drawn again. */
export const CARD_VERSION = 2;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardInput {
  /** The post's title, or the site's name for the site card. */
  title: string;
  /** The post's date as residents read it ("1 tháng 7, 2025"), or the site's description. */
  line: string;
  /** The ward's name, shown by its mark. */
  siteName: string;
}

/** The cache key: everything the drawing depends on. */
export function cardKey(input: CardInput): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, input.title, input.line, input.siteName]))
    .digest('hex')
    .slice(0, 16);
}

const require = createRequire(import.meta.url);

/** The font files shipped in @expo-google-fonts/be-vietnam-pro (Google Fonts' own TTFs, not subsets). */
export function fontFiles(): { weight: 400 | 800; path: string }[] {
  const dir = dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  return [
    { weight: 400, path: join(dir, '400Regular/BeVietnamPro_400Regular.ttf') },
    { weight: 800, path: join(dir, '800ExtraBold/BeVietnamPro_800ExtraBold.ttf') },
  ];
}

let fonts: { name: string; data: Buffer; weight: 400 | 800; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= fontFiles().map((f) => ({ name: 'Be Vietnam Pro', data: readFileSync(f.path), weight: f.weight, style: 'normal' as const }));
  return fonts;
}

// The site's colours (global.css): civic deep green, the emblem's gold.
const GREEN = '#0f5132';
const GOLD = '#f6d98b';
const MINT = '#cfe8dc';

const MARK =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0a3a24"/><path d="M14 48V26h8v22zm14 0V16h8v32zm14 0V30h8v18z" fill="#f6d98b"/></svg>',
  ).toString('base64');

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/** The card as satori's element tree. */
export function cardTree(input: CardInput): Node {
  const long = input.title.length > 70;
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      padding: '60px 72px 70px',
      // Flat colours, no gradient: a small PNG, quick to draw and to compress.
      backgroundColor: GREEN,
      borderBottom: `14px solid ${GOLD}`,
      color: '#ffffff',
      fontFamily: 'Be Vietnam Pro',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 24 }, [
        h('img', { width: 76, height: 76 }, undefined, { src: MARK, width: 76, height: 76 }),
        h('div', { fontSize: 38, fontWeight: 800, color: GOLD, letterSpacing: -0.5 }, input.siteName),
      ]),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: CARD_WIDTH - 144 }, [
        h(
          'div',
          {
            display: 'block',
            width: CARD_WIDTH - 144,
            fontSize: long ? 56 : 66,
            fontWeight: 800,
            lineHeight: 1.18,
            letterSpacing: -1,
            lineClamp: 3,
          },
          input.title,
        ),
      ]),
      h('div', { display: 'flex', fontSize: 30, color: MINT, maxWidth: 900 }, input.line),
    ],
  );
}

/** The card as SVG. `embedFont: false` keeps the text as <text> elements, for tests that read it back. */
export function cardSvg(input: CardInput, { embedFont = true } = {}): Promise<string> {
  return satori(cardTree(input) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(), embedFont });
}

/**
 * The card as PNG. resvg rasterises; sharp encodes, in about two thirds of
 * the time resvg's own encoder takes, into a slightly smaller file (flat
 * colours compress well at a low zlib level without adaptive filtering).
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const image = new Resvg(await cardSvg(input), { font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
}
