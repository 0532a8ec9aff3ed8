/**
 * The content loader: Astro's glob loader, with the checks of content-check.ts at the edge, so
 * the build stops with every problem of every file at once, in the editors' words, instead of
 * at the first file with Astro's English.
 *
 * YAML turns `date: 2025-07-01 00:00:01` into a Date read as UTC, and once that has happened
 * nobody can tell it apart from a date written with `+00:00`. So the front matter handed to the
 * schema is parsed again with YAML's core schema, which keeps timestamps as the text the editor
 * wrote; the schema then reads offset-less dates in the site's timezone. (Astro's own reading, with
 * Dates, is what the Markdown renderer sees as `frontmatter`.) That second reading is the only one:
 * the file's text is the one Astro read, and the schema's output from the check is the entry's data.
 *
 * Local images are checked after every load, not in the schema: Astro caches parsed entries by
 * file content, so a check in the schema would not notice an image deleted since the last build.
 *
 * The store keeps no Markdown bodies (`retainBody: false`): what the build needs of a body (the
 * summary's paragraph, the languages, the local images it names) is worked out here once per file
 * and kept in the entry's data (storedBody). That is 40% of the store's bytes less, for Astro to
 * serialise, load and hold through the build. Nor does it keep their rendered HTML: that is in a
 * file per body beside the store (rendered-html.ts), which pages and feeds read (render.ts). Since
 * Astro reuses an entry parsed by an older version of this code for as long as its file is
 * unchanged, the store is emptied when this code changes (codeDigest).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { extractFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import {
  addFieldLines,
  bodyImages,
  bodyOf,
  candidateFiles,
  checkEntry,
  entryPatterns,
  extensionProblem,
  missingImages,
  postFileNameProblem,
  postIndexProblems,
  type CollectionSpec,
} from './content-check.ts';
import { message } from './messages.ts';
import type { PostData } from './post-schema.ts';
import { bodyText } from './post-index.ts';
import { ContentProblemsError, formatProblem, problem, type ContentProblem } from './problems.ts';
import { forgetLostHtml, keepHtmlOut, RENDERED_DIR, removeUnusedHtml, type Rendered } from './rendered-html.ts';
import { sourceDigest } from './source-digest.ts';
import { storedBody, withStoredBody } from './stored-body.ts';

export { missingImages };

export function frontMatterAsWritten(source: string): Record<string, unknown> {
  const raw = extractFrontmatter(source);
  if (raw == null) return {};
  const parsed = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

// The glob loader reads `entryTypes` from its context, an internal part of Astro's API.
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<unknown>;
  getRenderFunction?(config: unknown): Promise<(entry: { id: string; filePath?: string }) => Promise<unknown>>;
}
type EntryTypes = Map<string, EntryType>;

/**
 * Astro's entry types, made to record a file's problem instead of stopping at it: YAML it cannot
 * read (readFrontMatter reports it, with the line), and Markdown that fails to render, which the
 * glob loader would only log and then publish as an empty post.
 */
export function tolerant(
  entryTypes: EntryTypes,
  report: (id: string, found: ContentProblem) => void,
  fileName = (path: string) => path,
  unreadable = new Map<string, string>(),
  /** Each file's text as Astro read it and its body, by absolute path, for the checks (so no file is read twice). */
  contents?: Map<string, { text: string; body: string }>,
  /** Takes what a body rendered to and returns what the store keeps of it (rendered-html.ts). */
  keep: (rendered: Rendered) => Rendered | Promise<Rendered> = (rendered) => rendered,
): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [ext, type] of entryTypes) {
    wrapped.set(ext, {
      ...type,
      getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
        const read = { text: params.contents, body: '' };
        contents?.set(fileURLToPath(params.fileUrl), read);
        try {
          const info = (await type.getEntryInfo(params)) as { body?: string };
          read.body = info.body ?? '';
          return info;
        } catch (err) {
          // readFrontMatter reports it with its line; kept in case Astro's YAML reading fails where ours does not.
          unreadable.set(fileURLToPath(params.fileUrl), err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err));
          return { data: {}, body: '', slug: '', rawData: '' };
        }
      },
      getRenderFunction: type.getRenderFunction
        ? async (config: unknown) => {
            const render = await type.getRenderFunction!(config);
            return async (entry: { id: string; filePath?: string }) => {
              // A body that cannot be kept (the cache's disk full) is reported too: the glob loader would only log it.
              try {
                return await keep((await render(entry)) as Rendered);
              } catch (err) {
                const reason = err instanceof Error ? err.message : String(err);
                report(entry.id, problem(fileName(entry.filePath ?? entry.id), message('markdown.render', { reason })));
                return { html: '' };
              }
            };
          }
        : undefined,
    });
  }
  return wrapped;
}

let digest: string | undefined;
/** The digest of this module and of everything it imports: what decides an entry's data. */
function codeDigest(): string {
  return (digest ??= sourceDigest(fileURLToPath(import.meta.url)));
}

/** Empty the collection's store when the code that made its entries has changed since. */
export function forgetOlderEntries(context: Pick<LoaderContext, 'store' | 'meta' | 'logger'>, code: string): void {
  const before = context.meta.get('code');
  if (before === code) return;
  if (before !== undefined) context.logger.info('The content loader changed since the last build: every file is read again');
  context.store.clear();
  context.meta.set('code', code);
}

export function contentLoader(spec: CollectionSpec): Loader {
  const inner = glob({
    base: spec.dir,
    pattern: entryPatterns(spec),
    // The id is the file's path as editors wrote it (Jekyll: YYYY-MM-DD-slug.md); URLs are derived from it later.
    // The extension stays, so a.md and a.mdx are two posts (whose clash on one URL is then reported).
    generateId: ({ entry }) => entry,
    retainBody: false,
  });
  return {
    name: `${spec.name}-loader`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, spec.dir);
      const rel = (path: string) => relative(root, resolve(root, path)).split('\\').join('/');
      const problems: ContentProblem[] = [];
      const failed = new Set<string>();
      const unreadable = new Map<string, string>();
      const contents = new Map<string, { text: string; body: string }>();
      let loaded = false;
      forgetOlderEntries(context, codeDigest());
      // The bodies' HTML lives beside the store, one folder per collection (rendered-html.ts).
      const htmlDir = resolve(fileURLToPath(context.config.cacheDir), RENDERED_DIR, spec.name);
      const lost = await forgetLostHtml(context.store, htmlDir);
      if (lost.length > 0) context.logger.info(`${lost.length} rendered ${lost.length === 1 ? 'body was' : 'bodies were'} missing from the cache: rendering them again`);
      // After the first load (astro dev, a file edited), a problem is thrown at once: the dev server shows it.
      const report = (id: string, found: ContentProblem[]) => {
        if (loaded) throw new ContentProblemsError(found);
        problems.push(...found);
        failed.add(id);
      };

      for (const id of candidateFiles(dir, spec.recursive)) {
        const wrong = spec.posts ? postFileNameProblem(id) : extensionProblem(id);
        if (wrong) problems.push(problem(rel(resolve(dir, id)), wrong));
      }

      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      await inner.load({
        ...context,
        entryTypes: tolerant(entryTypes, (id, found) => report(id, [found]), rel, unreadable, contents, (rendered) => keepHtmlOut(htmlDir, rendered)),
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const path = resolve(props.filePath);
          let read = contents.get(path);
          if (!read) {
            const text = await readFile(path, 'utf-8');
            read = { text, body: bodyOf(text).trim() };
          }
          const source = read.text;
          contents.delete(path);
          const checked = checkEntry(rel(props.filePath), source, spec.schema);
          const reason = unreadable.get(resolve(props.filePath));
          if (reason !== undefined && checked.problems.length === 0) {
            checked.problems.push(problem(rel(props.filePath), message('yaml.syntax', { line: 1, reason }), { line: 1 }));
          }
          if (checked.problems.length > 0) {
            report(props.id, checked.problems);
            return {} as typeof props.data;
          }
          // The collection's schema (the same object, see content.config.ts) has just read this front
          // matter in checkEntry: Astro's parseData would parse the same text with it a second time.
          if (!spec.posts) return checked.data as typeof props.data;
          const data = checked.data as PostData;
          return withStoredBody(data, { ...bodyText(read.body, data, props.filePath), images: bodyImages(read.body) }) as unknown as typeof props.data;
        },
      } as LoaderContext);
      // Unchanged files (a warm cache) are read but not parsed: their text is not needed.
      contents.clear();
      await removeUnusedHtml(context.store, htmlDir);

      const entries = [...context.store.values()].filter((e) => !failed.has(e.id));
      if (spec.posts) {
        const sources = entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data as PostData, text: storedBody(e.data) }));
        problems.push(...missingImages(sources.map((s) => ({ ...s, images: s.text?.images })), root, fileURLToPath(context.config.publicDir)));
        for (const p of postIndexProblems(sources, spec.posts.timezone)) {
          if (p.severity === 'error') problems.push(p);
          else context.logger.warn(formatProblem(p));
        }
      }
      loaded = true;
      if (problems.length > 0) {
        // Failed entries hold no data: drop them, so the next build (warm cache) reads them again.
        for (const id of failed) context.store.delete(id);
        throw new ContentProblemsError(addFieldLines(problems, (file) => readSourceSync(root, file)));
      }
    },
  };
}

function readSourceSync(root: string, file: string): string | undefined {
  try {
    return readFileSync(resolve(root, file), 'utf-8');
  } catch {
    return undefined;
  }
}
