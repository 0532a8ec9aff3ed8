/**
 * The front matter editors write (Jekyll + Hux keys), checked once where it
 * enters the site. Every key is typed; an unknown key is an error, so a typo
 * such as `heder-img` fails the build instead of silently doing nothing.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import { DateFormatError, parsePostDate } from './dates.ts';

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

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
    .overwrite((s) => s.replace(CONTROL, '').normalize('NFC'))
    .trim();

function dateField(field: string, timezone: string) {
  return z
    .union([z.string(), z.date()], { error: `${field} must be a date such as 2025-07-01 or 2025-07-01 08:30:00` })
    .transform((raw, ctx) => {
      try {
        return parsePostDate(raw, timezone);
      } catch (err) {
        if (!(err instanceof DateFormatError)) throw err;
        ctx.addIssue({ code: 'custom', message: `${field} ${err.message}` });
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
  .min(1, 'header-img is empty; remove the key or name an image')
  .transform((raw, ctx) => {
    if (/^https?:\/\//i.test(raw)) {
      if (!raw.toLowerCase().startsWith('https://')) {
        ctx.addIssue({ code: 'custom', message: `header-img "${raw}" must use https://` });
        return z.NEVER;
      }
      return raw;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
      ctx.addIssue({ code: 'custom', message: `header-img "${raw}" must be an https URL or a path under public/` });
      return z.NEVER;
    }
    const local = posix.normalize('/' + raw.replace(/^\.?\/+/, ''));
    if (local.startsWith('/..') || raw.split('/').includes('..')) {
      ctx.addIssue({ code: 'custom', message: `header-img "${raw}" points outside public/` });
      return z.NEVER;
    }
    return local;
  });

const tagsField = z
  .union([text('tags'), z.array(text('each tag'), { error: 'tags must be a list of text' })], {
    error: 'tags must be a list of text, or one tag as text',
  })
  .nullish()
  .transform((raw) => (raw == null ? [] : Array.isArray(raw) ? raw : [raw]).filter((t) => t !== ''));

/** An https:// link (Hux's keynote iframe, a photo credit's page). */
const httpsUrl = (field: string) =>
  text(field).refine((raw) => /^https:\/\/[^\s/]+\.[^\s]*$/i.test(raw), { message: `${field} must be a full https:// address` });

// Hux's header-bg-css is a CSS background value (a gradient) put in a style attribute: anything
// that could end the declaration or the attribute, or fetch from elsewhere, is refused.
const cssBackground = text('header-bg-css').refine((raw) => !/[;{}<>"\\]|url\s*\(|@import|expression\s*\(/i.test(raw), {
  message: 'header-bg-css must be a CSS colour or gradient, such as linear-gradient(135deg, #1e3a8a, #0e7490)',
});

// jekyll-redirect-from's key: the old addresses of a post, each served by a redirect page to its new URL.
const redirectFromField = z
  .union([text('redirect_from'), z.array(text('each redirect_from entry'))], {
    error: 'redirect_from must be a path such as /2019/05/old-name.html, or a list of them',
  })
  .transform((raw, ctx) => {
    const list = (Array.isArray(raw) ? raw : [raw]).filter((p) => p !== '');
    const paths: string[] = [];
    for (const item of list) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(item) || item.split('/').includes('..')) {
        ctx.addIssue({ code: 'custom', message: `redirect_from "${item}" must be a path on this site, such as /2019/05/old-name.html` });
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
const KNOWN: ReadonlySet<string> = new Set(POST_KEYS);

export function postSchema(options: PostSchemaOptions) {
  const fields = z
    .object(
      {
        layout: z.enum(['post', 'keynote'], { error: 'layout must be "post" or "keynote" (a slide deck shown in a frame)' }).default('post'),
        title: text('title').min(1, 'title is required and must not be empty'),
        subtitle: text('subtitle').optional(),
        description: text('description').optional(),
        author: text('author').min(1, 'author is empty; remove the key to use the site’s name').optional(),
        date: dateField('date', options.timezone),
        last_modified_at: dateField('last_modified_at', options.timezone).optional(),
        tags: tagsField,
        'header-img': headerImageField.optional(),
        'header-mask': z
          .number({ error: 'header-mask must be a number from 0 to 1' })
          .min(0, 'header-mask must be from 0 to 1')
          .max(1, 'header-mask must be from 0 to 1')
          .optional(),
        catalog: z.boolean({ error: 'catalog must be true or false' }).default(false),
        draft: z.boolean({ error: 'draft must be true or false' }).default(false),
        published: z.boolean({ error: 'published must be true or false' }).default(true),
        hidden: z.boolean({ error: 'hidden must be true or false' }).default(false),
        urgent: z.boolean({ error: 'urgent must be true or false' }).default(false),
        pinned: z.boolean({ error: 'pinned must be true or false' }).default(false),
        expires: dateField('expires', options.timezone).optional(),
        'header-style': z.literal('text', { error: 'header-style must be "text" (a header without a photo)' }).optional(),
        'header-bg-css': cssBackground.optional(),
        'header-img-credit': text('header-img-credit').optional(),
        'header-img-credit-href': httpsUrl('header-img-credit-href').optional(),
        multilingual: z.boolean({ error: 'multilingual must be true or false' }).default(false),
        iframe: httpsUrl('iframe').optional(),
        mathjax: z.boolean({ error: 'mathjax must be true or false' }).default(false),
        redirect_from: redirectFromField.optional(),
      }
    )
    .superRefine((fm, ctx) => {
      if (fm.expires && fm.expires.getTime() < fm.date.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['expires'], input: fm.expires, message: 'expires is earlier than date: a notice cannot end before it is published' });
      }
      if (fm.layout === 'keynote' && !fm.iframe) {
        ctx.addIssue({ code: 'custom', path: ['iframe'], message: 'layout "keynote" needs iframe: the https:// address of the slides' });
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
  // Unknown keys are reported one issue each, with the key as the issue's path, so the build
  // error reads `heder-img: unknown front matter key`, alongside every other problem of the file.
  return z.unknown().transform((data, ctx) => {
    const known: Record<string, unknown> = {};
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) {
        if (KNOWN.has(key)) known[key] = value;
        else ctx.addIssue({ code: 'custom', path: [key], input: value, message: `unknown front matter key; check the spelling (known keys: ${[...KNOWN].join(', ')})` });
      }
    }
    const result = fields.safeParse(known);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, input: issue.input, message: issue.message });
      return z.NEVER;
    }
    return result.data;
  });
}

export type PostData = z.output<ReturnType<typeof postSchema>>;
