/**
 * The link-preview card: its font holds every letter a title can have, and
 * the card reads back as the title (three lines at most, then an ellipsis),
 * the date and the ward's name, in a 1200×630 PNG small enough to share.
 * The card is drawn from cached glyph bitmaps; it is read back against
 * resvg's own text engine drawing the same lines from the font files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import yaml from 'js-yaml';
import opentype from 'opentype.js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardLayout, cardPixels, cardSvg, fontFiles, renderCard, type CardInput } from '../../src/lib/og-card.ts';
import { site } from '../../src/site.config.ts';

const root = join(import.meta.dirname, '../..');

/** Every title the site and its fixtures have, as the schema stores it (NFC). */
function titles(): string[] {
  const dirs = [join(root, 'src/content/posts'), join(root, 'tests/fixtures/posts')];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => {
        const source = readFileSync(join(dir, f), 'utf-8');
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
        const data = yaml.load(front, { schema: yaml.CORE_SCHEMA }) as { title?: unknown };
        // As the schema stores it: control characters dropped, NFC.
        return typeof data?.title === 'string' ? data.title.replace(/[\u0000-\u001F\u007F]/g, '').normalize('NFC') : '';
      })
      .filter(Boolean),
  );
}

/** Every Vietnamese letter: 12 vowels × 6 tones, đ, both cases. */
function vietnameseLetters(): string {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const lower = vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))).join('') + 'đ';
  return lower + lower.toUpperCase();
}

const input = (title: string): CardInput => ({ title, line: '1 tháng 7, 2025', siteName: site.title });

/** The card's text, line by line, top to bottom, as it lays it out. */
const cardLines = (card: CardInput): string[] => cardLayout(card).map((run) => run.text);

/**
 * How far the drawn card is from the same lines drawn by resvg's text engine
 * (shaping the font files itself): the number of colour channels that differ
 * by more than a third of their range.
 */
async function differenceFromReference(card: CardInput, reference: CardInput = card): Promise<number> {
  const drawn = await sharp(await renderCard(card)).raw().toBuffer();
  const fontPaths = fontFiles().map((f) => f.path);
  const ref = new Resvg(cardSvg(reference), { font: { fontFiles: fontPaths, loadSystemFonts: false } }).render();
  const refRgb = await sharp(ref.pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 } }).removeAlpha().raw().toBuffer();
  expect(refRgb.length).toBe(drawn.length);
  let differing = 0;
  for (let i = 0; i < drawn.length; i++) if (Math.abs(drawn[i] - refRgb[i]) > 85) differing++;
  return differing;
}

describe('the card font', () => {
  const fonts = fontFiles().map((f) => ({ ...f, font: opentype.parse(new Uint8Array(readFileSync(f.path)).buffer) }));

  it('is one file per weight, not unicode-range subsets', () => {
    expect(fonts.map((f) => f.weight)).toEqual([400, 800]);
    for (const f of fonts) expect(f.path).toMatch(/BeVietnamPro_\d+\w+\.ttf$/);
  });

  it('holds every character of every title, of the site’s name and description, and every Vietnamese letter', () => {
    const text = [...titles(), site.title, site.description, site.publisher, vietnameseLetters(), '0123456789 …'].join('');
    const chars = [...new Set([...text])].filter((c) => !/\s/.test(c));
    expect(titles().length).toBeGreaterThan(10);
    for (const { weight, font } of fonts) {
      const missing = chars.filter((c) => font.charToGlyphIndex(c) === 0);
      expect(missing, `Be Vietnam Pro ${weight}`).toEqual([]);
    }
  });
});

describe('a post’s card', () => {
  it('reads back as the ward’s name, the title and the date', async () => {
    const card = input('Đường Tương Mai: ầ ẫ ỗ ữ');
    expect(cardLines(card)).toEqual([site.title, 'Đường Tương Mai: ầ ẫ ỗ ữ', '1 tháng 7, 2025']);
    // The pixels are those lines: resvg's text engine draws the same card, and one mark less or one dot more shows.
    expect(await differenceFromReference(card)).toBeLessThan(50);
    expect(await differenceFromReference(card, input('Đường Tương Mai: ầ ẫ ỗ ư'))).toBeGreaterThan(300);
    expect(await differenceFromReference(card, input('Đường Tương Mai: ầ ẫ ỗ ữ.'))).toBeGreaterThan(200);
    expect(await differenceFromReference(card, { ...card, line: '7 tháng 1, 2025' })).toBeGreaterThan(1000);
  });

  it('the site’s card reads back as the publisher, the site’s name and its description on two lines', async () => {
    const card = { title: site.title, line: site.description, siteName: site.publisher };
    const lines = cardLines(card);
    expect(lines.slice(0, 2)).toEqual([site.publisher, site.title]);
    expect(lines.slice(2).join(' ')).toBe(site.description);
    expect(await differenceFromReference(card)).toBeLessThan(50);
  });

  it('keeps the ward’s name on one line beside the mark, clipped with an ellipsis if it is too long', () => {
    const siteName = 'Trang tin cộng đồng của cư dân phường Tương Mai, quận Hoàng Mai, thành phố Hà Nội';
    const [name] = cardLines({ ...input('Thông báo'), siteName });
    expect(name).toMatch(/…$/);
    expect(siteName.startsWith(name.replace(/…$/, ''))).toBe(true);
  });

  it('wraps a long title to three lines at most, ending in an ellipsis', async () => {
    const title =
      'Thông báo về việc tổ chức lấy ý kiến nhân dân đối với dự thảo quy hoạch chi tiết khu đô thị mới, ' +
      'lịch tiếp công dân định kỳ và hướng dẫn thủ tục hành chính tại bộ phận một cửa của phường';
    const lines = cardLines(input(title));
    const titleLines = lines.slice(1, -1);
    expect(titleLines).toHaveLength(3);
    expect(titleLines[2]).toMatch(/…$/);
    expect(title.startsWith(titleLines.join(' ').replace(/…$/, '').trimEnd())).toBe(true);
    expect(await differenceFromReference(input(title))).toBeLessThan(50);
  });

  it('is a 1200×630 PNG well under 300 KB, Vietnamese marks drawn', async () => {
    const png = await renderCard(input('Đường ầ ẫ ỗ ữ Đ'));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThan(300_000);
    // The title's row holds white glyph pixels, not blanks: the stacked marks and Đ reached the raster.
    const { data, info } = await sharp(png).extract({ left: 72, top: 200, width: 1056, height: 260 }).raw().toBuffer({ resolveWithObject: true });
    let white = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240) white++;
    expect(white).toBeGreaterThan(5000);
  });

  it('is cached by what it shows: the same inputs, the same key; another title or date, another key', () => {
    const a = input('Thông báo');
    expect(cardKey(a)).toBe(cardKey({ ...a }));
    expect(cardKey(a)).not.toBe(cardKey({ ...a, title: 'Thông báo mới' }));
    expect(cardKey(a)).not.toBe(cardKey({ ...a, line: '2 tháng 7, 2025' }));
  });

  it('drawn several at once (rasters reused between cards), each is the same PNG as its own pixels encoded alone', async () => {
    const cards = ['Thông báo lịch tiếp công dân', 'Đường ầ ẫ ỗ ữ Đ', 'Hướng dẫn thủ tục hành chính tại bộ phận một cửa', 'Lịch cắt điện'].map(input);
    const alone = await Promise.all(
      cards.map((card) =>
        sharp(cardPixels(card), { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } }).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer(),
      ),
    );
    // Twice over, all at once: a raster handed to the next card while sharp still read it would mix two cards.
    const together = await Promise.all([...cards, ...cards].map((card) => renderCard(card)));
    expect(together.map((png) => png.toString('base64'))).toEqual([...alone, ...alone].map((png) => png.toString('base64')));
    expect(new Set(alone.map((png) => png.toString('base64'))).size).toBe(cards.length);
  });
});
