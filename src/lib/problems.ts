/**
 * A problem in the content, as the build and `npm run check:content` report it: the file, the
 * line where there is one, the field, and the message (Vietnamese, then English). One shape and
 * one formatter for both, so an editor reads the same words wherever the problem shows up.
 */
import { keyOf, message, splitBilingual, type Message, type MessageKey } from './messages.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project (or as given). */
  file: string;
  line?: number;
  /** The front-matter key concerned, if any. */
  field?: string;
  severity: 'error' | 'warning';
  /** The message key, when the problem comes from the table (always, for problems we raise). */
  key?: MessageKey;
  vi: string;
  en: string;
}

export function problem(file: string, detail: Message, extra: { line?: number; field?: string; severity?: 'error' | 'warning' } = {}): ContentProblem {
  return { file, line: extra.line, field: extra.field, severity: extra.severity ?? 'error', key: detail.key, vi: detail.vi, en: detail.en };
}

/** A problem from a bilingual string (a schema issue's message). */
export function problemFromText(file: string, text: string, extra: { line?: number; field?: string } = {}): ContentProblem {
  const { vi, en } = splitBilingual(text);
  return { file, line: extra.line, field: extra.field, severity: 'error', key: keyOf(text), vi, en };
}

/** Files in order, then lines: how an editor works through them. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * For the terminal:
 *   src/content/posts/2025-07-02-a.md, dòng 3 — date
 *     Lỗi: Ngày đăng “hôm qua” không phải là ngày. …
 *     (date "hôm qua" is not a date; …)
 */
export function formatProblem(p: ContentProblem): string {
  const where = [p.file + (p.line ? `, ${message('check.line', { line: p.line }).vi}` : ''), p.field].filter(Boolean).join(' — ');
  const label = message(p.severity === 'error' ? 'check.error' : 'check.warning').vi;
  return `${where}\n    ${label}: ${p.vi}\n    (${p.en})`;
}

export function formatProblems(problems: ContentProblem[]): string {
  return sortProblems(problems).map((p) => `  ${formatProblem(p)}`).join('\n\n');
}

/** What a failing build throws: every problem at once, under one heading. */
export class ContentProblemsError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const heading = message('build.failed', { count: problems.length });
    super(`${heading.vi}\n(${heading.en})\n\n${formatProblems(problems)}\n`);
    this.name = 'ContentProblemsError';
    this.problems = problems;
    // The message says everything an editor needs; Astro would add our code's stack trace and
    // location under it, which only point at the loader and bury the list.
    this.stack = '';
  }
}
