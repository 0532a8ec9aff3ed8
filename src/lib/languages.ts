/**
 * Hux's multilingual posts: the body holds one block per language,
 *
 *   <div class="zh post-container"> … </div>
 *   <div class="en post-container"> … </div>
 *
 * and Hux switched between them with a <select> and a script. Here both
 * blocks are in the page, marked with their language; the post layout shows
 * links to each (#lang-en) and CSS shows the targeted block (the site's
 * language, else the first, by default): no JavaScript, and a link to one
 * language can be shared.
 */
import { site } from '../site.config.ts';

const BLOCK = /<div\s+class\s*=\s*(["'])([^"']*\bpost-container\b[^"']*)\1/gi;
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The language code of a block's class list ('zh post-container' -> 'zh'). */
export function blockLanguage(classList: string): string | undefined {
  return classList.split(/\s+/).find((c) => c !== 'post-container' && LANGUAGE.test(c));
}

/** The languages of a post body's blocks, in order, each once. */
export function postLanguages(body: string): string[] {
  const found: string[] = [];
  for (const m of body.matchAll(BLOCK)) {
    const lang = blockLanguage(m[2]);
    if (lang && !found.includes(lang)) found.push(lang);
  }
  return found;
}

/** The language shown before the reader picks one: the site's own, else the first. */
export function defaultLanguage(languages: string[]): string | undefined {
  return languages.find((l) => l === site.lang) ?? languages[0];
}

/** The anchor of a language's block: #lang-en. */
export function languageAnchor(lang: string): string {
  return `lang-${lang.toLowerCase()}`;
}

/** The part of a body from a language's block to the next language block: where its excerpt is read. */
export function languageSection(body: string, lang: string): string {
  const starts = [...body.matchAll(BLOCK)].map((m) => ({ at: m.index, lang: blockLanguage(m[2]) }));
  const i = starts.findIndex((s) => s.lang === lang);
  if (i < 0) return body;
  return body.slice(starts[i].at, starts[i + 1]?.at ?? body.length);
}
