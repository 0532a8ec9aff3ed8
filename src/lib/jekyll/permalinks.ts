/**
 * Where the old Jekyll site served a post: its permalink template filled in
 * with Jekyll's placeholders (lib/jekyll/drops/url_drop.rb) and cleaned the
 * way lib/jekyll/url.rb does. URLs here are decoded (`/tin-tức/`), as the
 * file the old site wrote was named; they carry no baseurl.
 */

export interface PermalinkInput {
  /** The slug from the file name, or the `slug:` key. */
  slug: string;
  /** Path categories then front matter categories, as written. */
  categories: string[];
  /** The post's instant. */
  date: Date;
  /** The old site's timezone: Jekyll formats the date parts in it. */
  timezone: string;
  /** `.html` for Markdown and HTML posts. */
  outputExt?: string;
}

// Jekyll's slugify "pretty" mode: runs of anything but letters, marks, digits and ._~!$&'()+,;=@ become one hyphen.
const PRETTY_UNSAFE = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const DEFAULT_UNSAFE = /[^\p{M}\p{L}\p{Nd}]+/gu;

/** Jekyll's Utils.slugify(s, mode: 'pretty' | 'default', cased). */
export function jekyllSlugify(text: string, mode: 'pretty' | 'default' = 'default', cased = false): string {
  const slug = text.replace(mode === 'pretty' ? PRETTY_UNSAFE : DEFAULT_UNSAFE, '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function isoWeek(year: number, month: number, day: number): { week: number; weekYear: number; weekday: number } {
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const weekYear = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 + 1) / 7);
  return { week, weekYear, weekday };
}

/** The values of every placeholder Jekyll knows for a post. */
export function placeholders(input: PermalinkInput): Record<string, string> {
  const w = wallClock(input.date, input.timezone);
  const { week, weekYear, weekday } = isoWeek(w.year, w.month, w.day);
  const yDay = Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000) + 1;
  const dayName = DAYS[weekday % 7];
  return {
    year: pad(w.year, 4),
    month: pad(w.month),
    day: pad(w.day),
    hour: pad(w.hour),
    minute: pad(w.minute),
    second: pad(w.second),
    i_day: String(w.day),
    i_month: String(w.month),
    short_month: MONTHS[w.month - 1].slice(0, 3).toUpperCase(),
    long_month: MONTHS[w.month - 1],
    short_year: pad(w.year % 100),
    w_year: String(weekYear),
    week: pad(week),
    w_day: String(weekday),
    short_day: dayName.slice(0, 3).toUpperCase(),
    long_day: dayName,
    y_day: pad(yDay, 3),
    title: jekyllSlugify(input.slug, 'pretty', true),
    slug: jekyllSlugify(input.slug),
    name: jekyllSlugify(input.slug),
    // A set: each category once, lower-cased, joined by slashes.
    categories: [...new Set(input.categories.map((c) => String(c).toLowerCase()))].join('/'),
    slugified_categories: [...new Set(input.categories.map((c) => jekyllSlugify(String(c))))].join('/'),
    output_ext: input.outputExt ?? '.html',
    collection: 'posts',
  };
}

/** Fill a permalink template (or a post's own `permalink:`) and clean it as Jekyll's URL class does. */
export function jekyllUrl(template: string, input: PermalinkInput): string {
  const values = placeholders(input);
  // Longest names first, so :short_year is not read as :short + _year.
  const filled = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    for (let end = name.length; end > 0; end--) {
      const key = name.slice(0, end);
      if (key in values) return values[key] + name.slice(end);
    }
    return match;
  });
  return sanitizeUrl(filled);
}

/** lib/jekyll/url.rb#sanitize_url: one leading slash, no `..` segments, no doubled slashes. */
export function sanitizeUrl(url: string): string {
  return ('/' + url).replace(/\.\./g, '/').replace(/\.\//g, '').replace(/\/{2,}/g, '/');
}
