/**
 * The front matter editors write (Jekyll + Hux keys), checked once where it
 * enters the site. Every key is typed; an unknown key is an error, so a typo
 * such as `heder-img` fails the build instead of silently doing nothing.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { closestKey } from './closest-key.ts';
import { DateFormatError, parsePostDate } from './dates.ts';
import { say } from './messages.ts';

export interface PostSchemaOptions {
  /** Timezone for dates written without an offset. */
  timezone: string;
  /** Author of posts that name none. */
  defaultAuthor: string;
}

// Text is stored in NFC, so a tag or title typed on a keyboard that sends decomposed marks
// matches the same words typed elsewhere. Control characters (a bell pasted from a chat app,
// say) are invisible, and invalid in XML:
// they are dropped where text enters, so no page, feed or index ever sees them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? say('field.required', { field }) : say('field.notText', { field })) })
    .overwrite((s) => s.replace(CONTROL, '').normalize('NFC'))
    .trim();

export function dateField(field: string, timezone: string) {
  return z
    .union([z.string(), z.date()], {
      error: (issue) => (issue.input === undefined ? say('field.required', { field }) : say('date.type', { field })),
    })
    .transform((raw, ctx) => {
      try {
        return parsePostDate(raw, timezone);
      } catch (err) {
        if (!(err instanceof DateFormatError)) throw err;
        const { key, ...values } = err.problem;
        ctx.addIssue({ code: 'custom', message: say(key, { field, ...values } as never) });
        return z.NEVER;
      }
    });
}

/**
 * A header image: an https URL, or a path under public/ (Hux also writes it
 * without the leading slash), normalised to /img/…. Whether the file exists
 * is checked by the loader on every build (see post-loader.ts).
 */
const headerImageField = text('header-img')
  .min(1, say('field.empty', { field: 'header-img' }))
  .transform((raw, ctx) => {
    if (/^https?:\/\//i.test(raw)) {
      if (!raw.toLowerCase().startsWith('https://')) {
        ctx.addIssue({ code: 'custom', message: say('image.https', { raw }) });
        return z.NEVER;
      }
      return raw;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
      ctx.addIssue({ code: 'custom', message: say('image.scheme', { raw }) });
      return z.NEVER;
    }
    const local = posix.normalize('/' + raw.replace(/^\.?\/+/, ''));
    if (local.startsWith('/..') || raw.split('/').includes('..')) {
      ctx.addIssue({ code: 'custom', message: say('image.outside', { raw }) });
      return z.NEVER;
    }
    return local;
  });

const tagsField = z
  .union([text('tags'), z.array(text('tags'), { error: say('tags.type') })], { error: say('tags.type') })
  .nullish()
  .transform((raw) => (raw == null ? [] : Array.isArray(raw) ? raw : [raw]).filter((t) => t !== ''));

/** An https:// link (Hux's keynote iframe, a photo credit's page). */
const httpsUrl = (field: string) =>
  text(field).refine((raw) => /^https:\/\/[^\s/]+\.[^\s]*$/i.test(raw), { message: say('field.url', { field }) });

// Hux's header-bg-css is a CSS background value (a gradient) put in a style attribute: anything
// that could end the declaration or the attribute, or fetch from elsewhere, is refused.
const cssBackground = text('header-bg-css').refine((raw) => !/[;{}<>"\\]|url\s*\(|@import|expression\s*\(/i.test(raw), {
  message: say('css.invalid'),
});

// jekyll-redirect-from's key: the old addresses of a post, each served by a redirect page to its new URL.
const redirectFromField = z
  .union([text('redirect_from'), z.array(text('redirect_from'))], { error: say('redirect.type') })
  .transform((raw, ctx) => {
    const list = (Array.isArray(raw) ? raw : [raw]).filter((p) => p !== '');
    const paths: string[] = [];
    for (const item of list) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(item) || item.split('/').includes('..')) {
        ctx.addIssue({ code: 'custom', message: say('redirect.notPath', { raw: item }) });
        continue;
      }
      paths.push('/' + item.replace(/^\/+/, ''));
    }
    return paths;
  });

/** Every front-matter key a post may have (the fields table, src/lib/post-fields.ts, describes each). */
export const POST_KEYS = [
  'layout', 'title', 'subtitle', 'description', 'author', 'date', 'last_modified_at',
  'tags', 'header-img', 'header-mask', 'catalog', 'draft', 'published', 'hidden',
  // Ward notices.
  'urgent', 'pinned', 'expires',
  // The rest of the Hux theme's keys.
  'header-style', 'header-bg-css', 'header-img-credit', 'header-img-credit-href', 'multilingual', 'iframe', 'mathjax',
  // jekyll-redirect-from.
  'redirect_from',
] as const;
export type PostKey = (typeof POST_KEYS)[number];

const flag = (field: string) => z.boolean({ error: say('field.notBoolean', { field }) });

export function postSchema(options: PostSchemaOptions) {
  const fields = z
    .object(
      {
        layout: z.enum(['post', 'keynote'], { error: say('field.enum', { field: 'layout', values: ['post', 'keynote'] }) }).default('post'),
        title: text('title').min(1, say('field.required', { field: 'title' })),
        subtitle: text('subtitle').optional(),
        description: text('description').optional(),
        author: text('author').min(1, say('field.empty', { field: 'author' })).optional(),
        date: dateField('date', options.timezone),
        last_modified_at: dateField('last_modified_at', options.timezone).optional(),
        tags: tagsField,
        'header-img': headerImageField.optional(),
        'header-mask': z
          .number({ error: say('field.numberRange', { field: 'header-mask', min: 0, max: 1 }) })
          .min(0, say('field.numberRange', { field: 'header-mask', min: 0, max: 1 }))
          .max(1, say('field.numberRange', { field: 'header-mask', min: 0, max: 1 }))
          .optional(),
        catalog: flag('catalog').default(false),
        draft: flag('draft').default(false),
        published: flag('published').default(true),
        hidden: flag('hidden').default(false),
        urgent: flag('urgent').default(false),
        pinned: flag('pinned').default(false),
        expires: dateField('expires', options.timezone).optional(),
        'header-style': z.literal('text', { error: say('field.enum', { field: 'header-style', values: ['text'] }) }).optional(),
        'header-bg-css': cssBackground.optional(),
        'header-img-credit': text('header-img-credit').optional(),
        'header-img-credit-href': httpsUrl('header-img-credit-href').optional(),
        multilingual: flag('multilingual').default(false),
        iframe: httpsUrl('iframe').optional(),
        mathjax: flag('mathjax').default(false),
        redirect_from: redirectFromField.optional(),
      }
    )
    .superRefine((fm, ctx) => {
      if (fm.expires && fm.expires.getTime() < fm.date.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['expires'], input: fm.expires, message: say('expires.beforeDate') });
      }
      if (fm.urgent && !fm.expires) {
        ctx.addIssue({ code: 'custom', path: ['expires'], message: 'urgent: true needs expires: when the notice stops applying, such as 2025-08-21 18:00 (the banner shows it)' });
      }
      if (fm.layout === 'keynote' && !fm.iframe) {
        ctx.addIssue({ code: 'custom', path: ['iframe'], message: say('keynote.needsIframe') });
      }
    })
    .transform((fm) => ({
      title: fm.title,
      subtitle: fm.subtitle || undefined,
      description: fm.description || undefined,
      author: fm.author ?? options.defaultAuthor,
      date: fm.date,
      lastModified: fm.last_modified_at,
      tags: fm.tags,
      headerImage: fm['header-img'],
      headerMask: fm['header-mask'],
      catalog: fm.catalog,
      draft: fm.draft,
      published: fm.published,
      hidden: fm.hidden,
      urgent: fm.urgent,
      pinned: fm.pinned,
      expires: fm.expires,
      layout: fm.layout,
      headerStyle: fm['header-style'],
      headerBgCss: fm['header-bg-css'],
      headerImageCredit: fm['header-img-credit'],
      headerImageCreditHref: fm['header-img-credit-href'],
      multilingual: fm.multilingual,
      iframe: fm.iframe,
      mathjax: fm.mathjax,
      redirectFrom: fm.redirect_from ?? [],
    }));
  return strictKeys(fields, POST_KEYS);
}

/**
 * Unknown keys are reported one issue each, with the key as the issue's path and the closest
 * known key suggested (`heder-img` → header-img, `excerpt` → description), alongside every
 * other problem of the file.
 */
export function strictKeys<T extends z.ZodType>(fields: T, keys: readonly string[]) {
  const knownKeys: ReadonlySet<string> = new Set(keys);
  return z.unknown().transform((data, ctx) => {
    const known: Record<string, unknown> = {};
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) {
        if (knownKeys.has(key)) {
          known[key] = value;
          continue;
        }
        const suggestion = closestKey(key, keys);
        const message = suggestion ? say('field.unknownDidYouMean', { key, suggestion }) : say('field.unknown', { key });
        ctx.addIssue({ code: 'custom', path: [key], input: value, message });
      }
    } else if (data != null) {
      ctx.addIssue({ code: 'custom', path: [], input: data, message: say('frontMatter.notMapping') });
    }
    const result = fields.safeParse(known);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, input: issue.input, message: issue.message });
      return z.NEVER;
    }
    return result.data as z.output<T>;
  });
}

export type PostData = z.output<ReturnType<typeof postSchema>>;
