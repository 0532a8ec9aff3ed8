/**
 * Post dates. The rule: a front-matter date without an offset is wall-clock
 * time in the site's timezone (Asia/Ho_Chi_Minh), whatever TZ the build
 * machine has; an explicit offset is honoured. Every calendar question
 * (URL, archive group, displayed date) is answered from the instant in the
 * site's timezone, never from the machine's local time.
 */

export interface LocalDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** Why a date could not be read: a message key (src/lib/messages.ts) and its values, for the schema to name the field. */
export type DateProblem =
  | { key: 'date.invalid'; raw: string }
  | { key: 'date.year'; raw: string; year: number }
  | { key: 'date.notReal'; raw: string }
  | { key: 'date.offset'; raw: string; offset: string };

export class DateFormatError extends Error {
  readonly problem: DateProblem;
  constructor(english: string, problem: DateProblem) {
    super(english);
    this.problem = problem;
  }
}

// YYYY-MM-DD, optionally followed by time, optionally by Z or ±HH[:MM].
const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

type WallClock = Readonly<Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>>;

// formatToParts is slow, and a build asks for the same few thousand instants over and over
// (each post's date on its page, in every listing, feed and archive that shows it).
const wallClocks = new Map<string, WallClock>();

function wallClockParts(instant: Date, timeZone: string): WallClock {
  const key = `${timeZone} ${instant.getTime()}`;
  let parts = wallClocks.get(key);
  if (!parts) {
    const out: Record<string, number> = {};
    for (const p of partsFormatter(timeZone).formatToParts(instant)) {
      if (p.type !== 'literal') out[p.type] = Number(p.value);
    }
    parts = out as WallClock;
    wallClocks.set(key, parts);
  }
  return parts;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Hà Nội: +420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = instant.getTime() - (instant.getTime() % 1000);
  return Math.round((asUtc - whole) / 60000);
}

/** The instant at which the clocks in `timeZone` show the given wall-clock time. */
export function zonedTimeToInstant(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; ms?: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0, wall.ms ?? 0);
  // Two passes settle the offset even across a DST change (Vietnam has none today, but the rule is general).
  let guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60000;
  guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

/**
 * Parse a front-matter date as the editor wrote it. Strings without an offset
 * are read in `timeZone`. A Date (YAML already parsed it) is taken as the
 * instant it is.
 */
export function parsePostDate(raw: string | Date, timeZone: string): Date {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new DateFormatError('is not a valid date', { key: 'date.invalid', raw: String(raw) });
    return raw;
  }
  const text = raw.trim();
  const m = DATE_RE.exec(text);
  if (!m) {
    throw new DateFormatError(
      `"${raw}" is not a date; write it as YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or with an offset such as +07:00`,
      { key: 'date.invalid', raw },
    );
  }
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const wall = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h ? Number(h) : 0,
    minute: mi ? Number(mi) : 0,
    second: s ? Number(s) : 0,
    ms: frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
  };
  if (wall.year < 1900) {
    throw new DateFormatError(`"${raw}" has the year ${wall.year}; check the year (four digits, 1900 or later)`, { key: 'date.year', raw, year: wall.year });
  }
  if (
    wall.month < 1 || wall.month > 12 || wall.day < 1 ||
    wall.day > new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate() ||
    wall.hour > 23 || wall.minute > 59 || wall.second > 59
  ) {
    throw new DateFormatError(`"${raw}" is not a real calendar date or time`, { key: 'date.notReal', raw });
  }
  if (!zone) return zonedTimeToInstant(wall, timeZone);
  let offset = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2, 4) || 0);
    // Real offsets run from -12:00 to +14:00.
    if (minutes > 59 || hours > 14) throw new DateFormatError(`"${raw}" has the impossible offset ${zone}`, { key: 'date.offset', raw, offset: zone });
    offset = sign * (hours * 60 + minutes);
  }
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.ms);
  return new Date(utc - offset * 60000);
}

/** The calendar date of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): LocalDate {
  const p = wallClockParts(instant, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

/** The wall-clock date and time of `instant` in `timeZone` (a notice's end, as residents read it). */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const p = wallClockParts(instant, timeZone);
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset: 2025-07-01T00:00:01+07:00. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const p = wallClockParts(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Path segments of a local date: { yyyy: '2025', mm: '07', dd: '01' }. */
export function datePath(d: LocalDate): { yyyy: string; mm: string; dd: string } {
  return { yyyy: pad(d.year, 4), mm: pad(d.month), dd: pad(d.day) };
}

/** 20250701: a sortable key for a local date. */
export function dateKey(d: LocalDate): string {
  const { yyyy, mm, dd } = datePath(d);
  return `${yyyy}${mm}${dd}`;
}
