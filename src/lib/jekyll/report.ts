/**
 * The import report as editors read it: per file, what happened and what
 * could not be carried over (with file:line), Vietnamese then English.
 */
import type { ImportPlan } from './import.ts';
import { message, type Message } from './messages.ts';

function both(m: Message, where?: string): string[] {
  const [vi, en] = message(m.key, m.values);
  const at = where ? `${where}: ` : '';
  return [`  - ${at}${vi}`, `    ${at}${en}`];
}

export function formatReport(plan: ImportPlan, options: { dryRun?: boolean } = {}): string {
  const out: string[] = [];
  for (const note of plan.notes) out.push(...both(note).map((l) => l.replace(/^ {2}/, '')));
  if (plan.notes.length) out.push('');
  let problems = 0;
  for (const file of plan.files) {
    out.push(file.source);
    const status: Message =
      options.dryRun && file.outcome === 'imported' ? { key: 'wouldImport', values: { url: file.newUrl ?? '' } } : file.status;
    out.push(...both(status));
    if (file.outcome !== 'skipped' || file.status.key === 'skippedExists') {
      if (file.renamedTo) out.push(...both({ key: 'renamed', values: { to: file.renamedTo } }));
    }
    for (const p of file.problems) {
      if (p.key !== 'categoriesToTags' && p.key !== 'excerptToDescription' && p.key !== 'titleFromFileName') problems++;
      out.push(...both(p, p.line ? `${file.source}:${p.line}` : undefined));
    }
    out.push('');
  }
  const count = (o: string) => plan.files.filter((f) => f.outcome === o).length;
  out.push(
    ...message('summary', { imported: count('imported'), unchanged: count('unchanged'), skipped: count('skipped'), images: plan.copies.length, problems }),
  );
  if (options.dryRun) out.push(...message('dryRun'));
  return out.join('\n');
}

/** Exit code: non-zero only when a post was not imported. */
export function exitCode(plan: ImportPlan, checkProblems: number): number {
  return plan.files.some((f) => f.outcome === 'skipped') || checkProblems > 0 ? 1 : 0;
}
