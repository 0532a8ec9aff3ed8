/**
 * The browser editor's form against the schema: every key has its field and nothing else does,
 * and what each widget lets through is what the build accepts. If the schema or the fields table
 * changes and the form does not follow, this fails.
 */
import { describe, expect, it } from 'vitest';
import { CMS_DATE_FORMAT, CMS_FORMAT, cmsConfig } from '../../src/lib/cms-config.ts';
import { decapViExtra } from '../../src/lib/decap-vi.ts';
import { POST_FIELDS } from '../../src/lib/post-fields.ts';
import { POST_KEYS, postSchema } from '../../src/lib/post-schema.ts';

const schema = postSchema({ timezone: 'Asia/Ho_Chi_Minh', defaultAuthor: 'Phường Tương Mai' });
const config = cmsConfig({
  fields: POST_FIELDS,
  cms: { backend: 'github', repo: '', branch: 'main', localPort: 8081 },
  siteUrl: 'https://tuongmai.com',
  base: '/',
});
const [posts] = config.collections;
type Field = Record<string, unknown> & { name: string; widget: string };
const fields = posts.fields as Field[];
const field = (name: string) => fields.find((f) => f.name === name)!;

/** A minimal valid post with one key set (or removed, for undefined). */
function accepts(key: string, value: unknown, others: Record<string, unknown> = {}): boolean {
  const post: Record<string, unknown> = { title: 'Bài thử', date: '2025-09-01 08:00:00', ...others, [key]: value };
  if (value === undefined) delete post[key];
  return schema.safeParse(post).success;
}

/** Decap's pattern check: the value as text against the regular expression. */
function patternAccepts(f: Field, value: string): boolean {
  const [source] = f.pattern as [string, string];
  return new RegExp(source).test(value);
}

describe('the editor’s form', () => {
  it('has one field per front-matter key the schema knows, and the post text; nothing else', () => {
    const names = fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n !== 'body').sort()).toEqual([...POST_KEYS].sort());
    expect(field('body').widget).toBe('markdown');
  });

  it('labels and explains each field in Vietnamese, from the fields table', () => {
    for (const f of POST_FIELDS) {
      expect(field(f.key).label, f.key).toBe(f.label);
      expect(field(f.key).hint, f.key).toBe(f.hint);
    }
  });

  it('requires exactly what the schema requires', () => {
    for (const key of POST_KEYS) {
      expect(field(key).required, key).toBe(!accepts(key, undefined));
    }
  });

  it('has the schema’s range for numbers: header-mask from 0 to 1', () => {
    const mask = field('header-mask');
    expect(mask).toMatchObject({ widget: 'number', value_type: 'float', min: 0, max: 1 });
    for (const f of fields.filter((x) => x.widget === 'number')) {
      const { min, max } = f as unknown as { min: number; max: number };
      expect([accepts(f.name, min), accepts(f.name, max)], f.name).toEqual([true, true]);
      expect([accepts(f.name, min - 0.01), accepts(f.name, max + 0.01)], f.name).toEqual([false, false]);
    }
  });

  it('offers in each list of choices the values the schema accepts', () => {
    for (const f of fields.filter((x) => x.widget === 'select')) {
      // A slide deck (layout keynote) also needs the address of its slides.
      const others = { iframe: 'https://example.org/trinh-chieu/' };
      for (const option of f.options as string[]) expect(accepts(f.name, option, others), `${f.name}: ${option}`).toBe(true);
      expect(accepts(f.name, 'khac'), f.name).toBe(false);
    }
  });

  it('lets through in text fields with a pattern what the schema accepts, and refuses what it refuses', () => {
    const samples: Record<string, string[]> = {
      'header-img-credit-href': ['https://example.org/tac-gia', 'http://example.org/', 'example.org', 'https://', 'javascript:alert(1)'],
      iframe: ['https://example.org/trinh-chieu/', 'http://example.org/', 'ftp://example.org/x'],
      'header-img': ['/img/post/a.jpg', 'img/post/a.jpg', 'https://example.org/a.jpg', 'http://example.org/a.jpg', 'javascript:alert(1)', 'data:image/png;base64,AA'],
      'header-bg-css': ['linear-gradient(135deg, #1e3a8a, #0e7490)', '#123456', 'red; color: blue', '"><script>'],
    };
    for (const [key, values] of Object.entries(samples)) {
      const f = field(key);
      expect(f.pattern, key).toHaveLength(2);
      for (const v of values) expect(patternAccepts(f, v), `${key}: ${v}`).toBe(accepts(key, v));
    }
  });

  it('writes dates with the browser’s offset, which the schema reads as the same instant', () => {
    for (const f of fields.filter((x) => x.widget === 'datetime')) expect(f.format, f.name).toBe(CMS_DATE_FORMAT);
    // What dayjs writes for CMS_DATE_FORMAT in New York and in Hà Nội.
    const ny = schema.safeParse({ title: 'Bài thử', date: '2025-10-06 20:00:00-04:00' });
    const hn = schema.safeParse({ title: 'Bài thử', date: '2025-10-07 07:00:00+07:00' });
    expect(ny.data?.date.toISOString()).toBe('2025-10-07T00:00:00.000Z');
    expect(hn.data?.date.toISOString()).toBe('2025-10-07T00:00:00.000Z');
  });

  it('files posts where the site reads them, with ASCII names, in the format that keeps unchanged keys as written', () => {
    expect(posts).toMatchObject({ folder: 'src/content/posts', create: true, extension: 'md', format: CMS_FORMAT });
    expect(posts.slug).toBe("{{fields.date | date('YYYY-MM-DD')}}-{{slug}}");
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config).toMatchObject({ locale: 'vi', media_folder: 'public/img/post', public_folder: '/img/post' });
  });
});

describe('the Vietnamese added to Decap’s interface', () => {
  it('only translates phrases Decap has', async () => {
    // Decap's English phrases, from the locales package its bundle is built with (untyped, hence the variable).
    const englishModule = 'decap-cms-locales/dist/esm/en/index.js';
    const { default: en } = (await import(englishModule)) as { default: Record<string, unknown> };
    const missing: string[] = [];
    const walk = (extra: object, known: Record<string, unknown> | undefined, path: string) => {
      for (const [k, v] of Object.entries(extra)) {
        if (!known || !(k in known)) missing.push(`${path}${k}`);
        else if (typeof v === 'object') walk(v, known[k] as Record<string, unknown>, `${path}${k}.`);
      }
    };
    walk(decapViExtra, en, '');
    expect(missing).toEqual([]);
  });
});

describe('the production backend', () => {
  const backend = (cms: Partial<Parameters<typeof cmsConfig>[0]['cms']>) =>
    cmsConfig({ fields: POST_FIELDS, cms: { backend: 'github', repo: '', branch: 'main', localPort: 8081, ...cms }, siteUrl: 'https://tuongmai.com', base: '/' }).backend;

  it('signs in to GitHub through the OAuth proxy named at build time', () => {
    expect(backend({ repo: 'phuong/web', authUrl: 'https://auth.example.org' })).toMatchObject({
      name: 'github',
      repo: 'phuong/web',
      branch: 'main',
      base_url: 'https://auth.example.org',
      auth_endpoint: 'auth',
    });
  });

  it('signs in to GitLab or Gitea with PKCE and the application id, with no proxy and no secret', () => {
    const gitlab = backend({ backend: 'gitlab', repo: 'phuong/web', appId: 'abc123', authUrl: 'https://git.example.org', apiRoot: 'https://git.example.org/api/v4' });
    expect(gitlab).toMatchObject({ name: 'gitlab', app_id: 'abc123', auth_type: 'pkce', base_url: 'https://git.example.org', api_root: 'https://git.example.org/api/v4' });
    expect(gitlab).not.toHaveProperty('auth_endpoint');
    expect(backend({ backend: 'gitea', repo: 'phuong/web', appId: 'abc123' })).toMatchObject({ name: 'gitea', app_id: 'abc123' });
  });
});
