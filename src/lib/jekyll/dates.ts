/**
 * Dates as Jekyll reads them: from a post's file name, and from front matter
 * written the way Ruby prints and parses times.
 */
import { zonedTimeToInstant } from '../dates.ts';

/** Jekyll's Document::DATE_FILENAME_MATCHER: one- or two-digit month and day, the slug, the extension. */
const DATE_FILE_NAME = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)(\.[^.]+)$/;
const DATELESS_FILE_NAME = /^(.*)(\.[^.]+)$/;

export interface PostFileName {
  /** Absent for drafts named without a date. */
  date?: { year: number; month: number; day: number };
  /** The part after the date, as Jekyll keeps it (trailing dots removed). */
  slug: string;
  /** With the dot: `.markdown`. */
  ext: string;
}

/** `2024-10-8-slug.md` -> { date: 2024-10-08, slug: 'slug', ext: '.md' }; undefined when it has no extension. */
export function parsePostFileName(fileName: string): PostFileName | undefined {
  const base = fileName.replace(/^.*\//, '');
  const dated = DATE_FILE_NAME.exec(base);
  if (dated) {
    const [, y, m, d, slug, ext] = dated;
    return { date: { year: Number(y), month: Number(m), day: Number(d) }, slug: slug.replace(/\.+$/, ''), ext };
  }
  const plain = DATELESS_FILE_NAME.exec(base);
  return plain ? { slug: plain[1].replace(/\.+$/, ''), ext: plain[2] } : undefined;
}

// Zone abbreviations Ruby's Time.parse knows that old sites actually write.
const ZONE_NAMES: Record<string, number> = {
  UTC: 0, GMT: 0, UT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  CET: 60, CEST: 120, JST: 540, KST: 540, ICT: 420,
};

// YYYY-M-D, then an optional time (T or spaces), fraction (any precision), then an optional zone.
const RUBY_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:(Z|z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5}))?$/;

/**
 * A front matter date as Jekyll (Ruby) reads it: `2019-01-01`, `2019-1-8 9:05`,
 * `2019-01-01 10:00:00 +0000`, `… UTC`, `…T10:00:00.123456789Z`, trailing
 * spaces. Without a zone it is wall-clock time in `timeZone` (Jekyll sets TZ
 * to the site's timezone). Returns undefined when Ruby would not read it either.
 */
export function parseRubyDate(raw: unknown, timeZone: string): Date | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw;
  if (typeof raw !== 'string') return undefined;
  const m = RUBY_DATE.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const wall = {
    year: Number(y), month: Number(mo), day: Number(d),
    hour: h ? Number(h) : 0, minute: mi ? Number(mi) : 0, second: s ? Number(s) : 0,
    ms: frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
  };
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > daysInMonth || wall.hour > 23 || wall.minute > 59 || wall.second > 60) {
    return undefined;
  }
  if (!zone) return zonedTimeToInstant(wall, timeZone);
  let offset: number;
  if (/^[+-]/.test(zone)) {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.length <= 2 ? digits : digits.slice(0, digits.length - 2));
    const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
    if (hours > 14 || minutes > 59) return undefined;
    offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  } else {
    const known = ZONE_NAMES[zone.toUpperCase()];
    if (known === undefined) return undefined;
    offset = known;
  }
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms) - offset * 60000);
}
