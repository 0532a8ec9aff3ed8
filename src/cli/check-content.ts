/**
 * npm run check:content [-- --json]: every check the build makes on the content (file names,
 * front matter, images, the post index), without building; every problem at once. Exits 1 when
 * there is an error (warnings alone do not fail).
 */
import { contentCollections } from '../lib/collections.ts';
import { checkCollection } from '../lib/content-check.ts';
import { message } from '../lib/messages.ts';
import { formatProblems, sortProblems } from '../lib/problems.ts';

const json = process.argv.includes('--json');
const results = Object.values(contentCollections).map((spec) => checkCollection(spec, process.cwd()));
const problems = sortProblems(results.flatMap((r) => r.problems));
const files = results.reduce((n, r) => n + r.files, 0);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const summary = errors > 0 ? message('check.failed', { files, errors, warnings }) : message('check.ok', { files, warnings });

if (json) {
  console.log(JSON.stringify({ ok: errors === 0, files, errors, warnings, problems }, null, 2));
} else {
  if (problems.length > 0) console.log(`${formatProblems(problems)}\n`);
  console.log(`${summary.vi}\n(${summary.en})`);
}
process.exitCode = errors > 0 ? 1 : 0;
