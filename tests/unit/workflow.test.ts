/**
 * The deploy workflow cannot run here, so it is checked: against GitHub's
 * workflow schema by action-validator (offline, its schema is bundled), and
 * for what the site needs of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const file = join(root, '.github/workflows/deploy.yml');
const text = readFileSync(file, 'utf-8');

function validate(path: string) {
  return spawnSync(join(root, 'node_modules/.bin/action-validator'), [path], { encoding: 'utf-8' });
}

interface Step { uses?: string; run?: string; name?: string }
interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string }[] };
  concurrency: { 'cancel-in-progress': boolean };
  jobs: Record<string, { needs?: string; if?: string; steps: Step[]; container?: string }>;
}

describe('.github/workflows/deploy.yml', () => {
  it('is a valid GitHub Actions workflow', () => {
    const result = validate(file);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is checked by a validator that does refuse a broken workflow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-'));
    try {
      const broken = join(dir, 'deploy.yml');
      writeFileSync(broken, text.replace('runs-on: ubuntu-24.04', 'runs-onn: ubuntu-24.04'));
      const result = validate(broken);
      expect(result.status).toBe(1);
      expect(result.stdout + result.stderr).toContain("Additional property 'runs-onn' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const workflow = yaml.load(text) as Workflow;

  it('runs on every push to main and every hour', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule).toEqual([{ cron: '5 * * * *' }]);
  });

  it('tests with .ci/run, builds, verifies, and deploys only what passed', () => {
    const steps = workflow.jobs.build.steps.map((s) => s.run ?? s.uses ?? '');
    const order = ['bash .ci/run', 'npm run build', 'npm run verify dist', 'actions/upload-pages-artifact@v3'].map((s) => steps.indexOf(s));
    expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]))).toBe(true);
    for (const job of ['github-pages', 'netlify', 'cloudflare', 'server']) expect(workflow.jobs[job].needs).toBe('build');
    expect(workflow.jobs['github-pages'].steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
  });

  it('keeps the build caches between runs, restored after the tests’ npm ci (which empties node_modules/) and before the build', () => {
    const steps = workflow.jobs.build.steps;
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const cache = steps.find((s) => s.uses === 'actions/cache@v4') as Step & { with: { path: string } };
    expect(cache.with.path.split('\n').filter(Boolean)).toEqual(['node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache/tuongmai-images']);
    expect(at((s) => s.uses === 'actions/cache@v4')).toBeGreaterThan(at((s) => s.run === 'bash .ci/run'));
    expect(at((s) => s.uses === 'actions/cache@v4')).toBeLessThan(at((s) => s.run === 'npm run build'));
  });
});
