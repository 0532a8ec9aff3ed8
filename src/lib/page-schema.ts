/**
 * The front matter of a standalone page (src/content/pages/*.md: Giới thiệu,
 * Liên hệ): checked once where it enters, like a post's. An unknown key is
 * an error naming the key.
 */
import { z } from 'astro/zod';
import { dateField, text } from './post-schema.ts';

export interface PageSchemaOptions {
  /** Timezone for dates written without an offset. */
  timezone: string;
}

const KNOWN = new Set(['title', 'description', 'nav', 'updated', 'contacts']);

export function pageSchema(options: PageSchemaOptions) {
  const fields = z
    .object({
      title: text('title').min(1, 'title is required and must not be empty'),
      description: text('description').min(1, 'description is required: one sentence for search engines and link previews'),
      nav: z
        .number({ error: 'nav must be a whole number such as 1 (its place in the main menu, after Tìm kiếm)' })
        .int('nav must be a whole number such as 1 (its place in the main menu, after Tìm kiếm)')
        .min(1, 'nav must be 1 or more')
        .optional(),
      updated: dateField('updated', options.timezone).optional(),
      contacts: z.boolean({ error: 'contacts must be true or false' }).default(false),
    })
    .transform((fm) => ({
      title: fm.title,
      description: fm.description,
      navOrder: fm.nav,
      updated: fm.updated,
      contacts: fm.contacts,
    }));
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

export type PageData = z.output<ReturnType<typeof pageSchema>>;
