/**
 * The parts of a Jekyll site's `_config.yml` that decide what a post is and
 * where the old site served it, with Jekyll's defaults.
 */
import yaml from 'js-yaml';

export interface JekyllConfig {
  /** The permalink template, a built-in style already expanded: `/:categories/:year/:month/:day/:title:output_ext`. */
  permalink: string;
  /** IANA name; Jekyll builds in the machine's zone when the site names none, which on GitHub Pages is UTC. */
  timezone: string;
  timezoneGiven: boolean;
  /** '' or '/blog' (no trailing slash). */
  baseurl: string;
  /** '' or 'https://example.org' (no trailing slash). */
  url: string;
  /** Without dots: markdown, mkdown, mkdn, mkd, md. */
  markdownExt: string[];
  excerptSeparator: string;
  future: boolean;
  /** The whole file, for `site.*` in Liquid. */
  raw: Record<string, unknown>;
}

/** Jekyll's built-in permalink styles (Jekyll 4, lib/jekyll/utils or convertible). */
export const PERMALINK_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export function permalinkTemplate(raw: unknown): string {
  const value = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : 'date';
  return PERMALINK_STYLES[value.replace(/^:/, '')] ?? value;
}

function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const str = (v: unknown): string => (v == null ? '' : String(v).trim());

/** Read `_config.yml` text. Throws a YAML error when the file is not YAML. */
export function parseJekyllConfig(text: string | undefined): JekyllConfig {
  const loaded = text ? yaml.load(text, { schema: yaml.CORE_SCHEMA }) : undefined;
  const raw = loaded && typeof loaded === 'object' && !Array.isArray(loaded) ? (loaded as Record<string, unknown>) : {};
  const tz = str(raw.timezone);
  const timezoneGiven = tz !== '' && isValidTimeZone(tz);
  const ext = str(raw.markdown_ext) || 'markdown,mkdown,mkdn,mkd,md';
  const baseurl = str(raw.baseurl).replace(/\/+$/, '');
  return {
    permalink: permalinkTemplate(raw.permalink),
    timezone: timezoneGiven ? tz : 'UTC',
    timezoneGiven,
    baseurl: baseurl === '' ? '' : '/' + baseurl.replace(/^\/+/, ''),
    url: str(raw.url).replace(/\/+$/, ''),
    markdownExt: ext.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean),
    excerptSeparator: typeof raw.excerpt_separator === 'string' ? raw.excerpt_separator : '\n\n',
    future: raw.future === true || raw.future === 'true',
    raw,
  };
}
