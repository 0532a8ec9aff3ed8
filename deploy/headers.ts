/**
 * The one source of the site's HTTP response headers. The build writes them
 * as `_headers` into dist/ (read by Netlify and Cloudflare Pages; see
 * src/integrations/hosting.ts) and `npm run headers` writes them as the
 * nginx snippets in deploy/nginx/tuongmai/headers-*.conf; a test keeps the
 * snippets equal to this file and another checks what nginx actually sends.
 *
 * Rules apply in order and a later matching rule replaces a header an
 * earlier one set (Netlify's rule; for Cloudflare Pages, which would join
 * the two values, `_headers` detaches the earlier one with `! Name`).
 */
import { site } from '../src/site.config.ts';

/** A CSP as directive -> sources, so it reads and diffs one directive a line. */
export type Policy = Record<string, string[]>;

export function policyText(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * The public site. Everything is served from the site itself: no inline
 * scripts, no eval. Pagefind compiles its WebAssembly ('wasm-unsafe-eval')
 * and searches in a worker loaded from /pagefind/pagefind-worker.js
 * ('self'). Photos in posts may be remote (https:). Style attributes carry
 * two CSS variables (the post header's image and mask, the tag cloud's
 * weights), so attributes may be inline but <style> elements may not.
 * YouTube is the one embed posts from the old Jekyll site use.
 */
export const sitePolicy: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'https:'],
  'font-src': ["'self'"],
  // Embeds posts may hold: YouTube videos (imported Jekyll posts) and Hux keynotes published from Google Slides.
  'frame-src': ["'self'", 'https://www.youtube-nocookie.com', 'https://www.youtube.com', 'https://docs.google.com'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The origins the editor calls from the browser: its git host's API (the API root set, else
 * Decap's default for the backend), and for GitLab or Gitea, which sign in with PKCE, the
 * server that hands out the token. GitHub's sign-in goes through the OAuth proxy in a popup
 * window, which answers with postMessage: no fetch, so nothing to allow.
 */
export function editorConnectSources(cms: { backend: string; apiRoot?: string; authUrl?: string }): string[] {
  const defaultApi: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: 'https://try.gitea.io' };
  const origins = new Set<string>();
  const api = cms.apiRoot ? new URL(cms.apiRoot).origin : defaultApi[cms.backend];
  if (api) origins.add(api);
  if (cms.backend !== 'github' && cms.authUrl) origins.add(new URL(cms.authUrl).origin);
  return [...origins];
}

/**
 * /admin/: the editor (Decap CMS). Its own policy, looser than the site's
 * only where the editor needs it, as checked in Chromium (sign in, list,
 * preview, publish): 'unsafe-eval' because Decap compiles its configuration
 * schema with ajv, inline styles for its CSS-in-JS, blob: and data: for
 * image previews, https: for remote photos in posts, and in connect-src the
 * git host the editor is built for (site.cms: editorConnectSources). Whoever
 * changes the editor adjusts this entry, and only this one (then
 * `npm run headers`, with the same DECAP_* settings as the build).
 */
export const adminPolicy: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'connect-src': ["'self'", ...editorConnectSources(site.cms)],
  'frame-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Files whose names change with their content: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, feeds, the sitemap, Pagefind's entry files): revalidated on each visit, so a rebuild shows at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

export interface HeaderRule {
  /** Names the nginx snippet (headers-<name>.conf) that sends this rule's resolved headers. */
  name: string;
  /** URL patterns relative to the site's base: `/*`, `/_astro/*` (a trailing `*` matches the rest of the path). */
  paths: string[];
  headers: Record<string, string>;
}

export const headerRules: HeaderRule[] = [
  {
    name: 'site',
    paths: ['/*'],
    headers: {
      'Content-Security-Policy': policyText(sitePolicy),
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      // Features the site never uses; fullscreen, autoplay and picture-in-picture stay allowed for YouTube embeds.
      'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': REVALIDATE,
    },
  },
  {
    name: 'hashed',
    // Astro's bundles and Pagefind's index chunks carry a content hash in their names.
    paths: ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*'],
    headers: { 'Cache-Control': IMMUTABLE },
  },
  {
    name: 'admin',
    paths: ['/admin/*'],
    headers: { 'Content-Security-Policy': policyText(adminPolicy) },
  },
];

/** Does a `_headers` pattern match a URL path? (`*` matches any run of characters.) */
export function pathMatches(pattern: string, urlPath: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(urlPath);
}

/** The headers a URL path (relative to the base, starting with '/') is served with. */
export function headersFor(urlPath: string, rules: HeaderRule[] = headerRules): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.paths.some((p) => pathMatches(p, urlPath))) Object.assign(out, rule.headers);
  }
  return out;
}

/** The `_headers` file (Netlify, Cloudflare Pages) for a site published under `base` ('/' or '/staging/'). */
export function headersFile(base: string, rules: HeaderRule[] = headerRules): string {
  const prefix = base.replace(/\/+$/, '');
  const lines = ['# Generated from deploy/headers.ts by the build: edit that file, not this one.'];
  const setBefore = new Set<string>();
  for (const rule of rules) {
    for (const path of rule.paths) {
      lines.push('', prefix + path);
      for (const [name, value] of Object.entries(rule.headers)) {
        // Cloudflare Pages joins the values of matching rules; detach the broader rule's value first.
        if (setBefore.has(name)) lines.push(`  ! ${name}`);
        lines.push(`  ${name}: ${value}`);
      }
    }
    for (const name of Object.keys(rule.headers)) setBefore.add(name);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The nginx snippet for one rule: every header a path under it is sent
 * (the site's rule, then this one's), `always` so that 404s carry them too.
 * nginx drops a server's add_header lines in any location that has its own,
 * so each location includes one complete snippet.
 */
export function nginxSnippet(name: string, rules: HeaderRule[] = headerRules): string {
  const index = rules.findIndex((r) => r.name === name);
  if (index < 0) throw new Error(`No header rule named "${name}"`);
  const headers = { ...rules[0].headers, ...rules[index].headers };
  const lines = [
    `# Generated from deploy/headers.ts (rule "${name}") by \`npm run headers\`: edit that file, not this one.`,
    ...Object.entries(headers).map(([k, v]) => {
      // nginx would read `$` as a variable; no header here needs one.
      if (/[$"\\]/.test(v)) throw new Error(`Header ${k} holds a character nginx would misread: ${v}`);
      return `add_header ${k} "${v}" always;`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every generated nginx file: path under deploy/nginx/ -> contents. */
export function nginxFiles(rules: HeaderRule[] = headerRules): Record<string, string> {
  return Object.fromEntries(rules.map((r) => [`tuongmai/headers-${r.name}.conf`, nginxSnippet(r.name, rules)]));
}
