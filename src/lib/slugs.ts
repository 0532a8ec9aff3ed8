/**
 * Vietnamese-aware ASCII slugs. Tone marks and other diacritics are removed
 * by Unicode decomposition; đ/Đ do not decompose, so they are mapped to d by
 * hand (the mistake most slug libraries make: `dj`, or the letter kept).
 */

// Symbols that carry meaning in a tag name; everything else that is not a
// letter or digit becomes a separator.
const SYMBOL_WORDS: Record<string, string> = {
  '+': 'plus',
  '#': 'sharp',
  '&': 'va',
  '@': 'at',
  '%': 'phan-tram',
};

/** Fold a string to unaccented lower-case: "Đống Đa" -> "dong da". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** "Hành chính" -> "hanh-chinh", "An ninh – Trật tự" -> "an-ninh-trat-tu", "C++" -> "c-plus-plus". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[+#&@%]/g, (ch) => ` ${SYMBOL_WORDS[ch]} `)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A tag's URL slug: the ASCII slug when the name has Latin letters or digits;
 * otherwise (微信) the name itself, lower-cased, words joined by hyphens, as
 * Jekyll's slugify keeps it. Empty only for a name with no letters at all.
 */
export function tagSlug(name: string): string {
  return (
    slugify(name) ||
    name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')
  );
}

/** The URL slug of a post from its Jekyll file name: 2025-07-01-tuong-mai.md -> tuong-mai. */
export function postSlugFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(md|mdx|markdown)$/i, '');
  return slugify(base.replace(/^\d{4}-\d{2}-\d{2}-/, ''));
}

/**
 * A tag as a spelling, up to case and spacing: "Hành  Chính" and "hành-chính" are one form.
 * Tags merge only when their forms are equal, or when one of them has no marks at all.
 */
export function tagForm(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}+#&@%]+/gu, ' ').trim();
}

/** Does a tag carry Vietnamese marks (tone marks, circumflexes, đ)? Capitals are not marks. */
export function hasMarks(name: string): boolean {
  const lower = name.normalize('NFC').toLowerCase();
  return foldVietnamese(lower) !== lower;
}
