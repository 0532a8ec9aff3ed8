import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/content-check.ts';
import { exampleLine, fieldsMarkdownTable, POST_FIELDS } from '../../src/lib/post-fields.ts';
import { POST_KEYS, postSchema } from '../../src/lib/post-schema.ts';

const schema = postSchema({ timezone: 'Asia/Ho_Chi_Minh', defaultAuthor: 'Phường Tương Mai' });

describe('the front-matter fields table', () => {
  it('describes exactly the keys the schema knows, each once', () => {
    const keys = POST_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...POST_KEYS].sort());
  });

  it('marks as required exactly the keys a post cannot do without', () => {
    expect(POST_FIELDS.filter((f) => f.required).map((f) => f.key)).toEqual(['title', 'date']);
  });

  it('gives every field a Vietnamese label and a one-line hint', () => {
    for (const f of POST_FIELDS) {
      expect(f.label, f.key).not.toBe('');
      expect(f.hint, f.key).not.toMatch(/\n/);
      expect(f.hint.length, f.key).toBeGreaterThan(10);
    }
  });

  it('has examples the schema accepts, all together', () => {
    const frontMatter = Object.fromEntries(POST_FIELDS.map((f) => [f.key, f.example]));
    const result = schema.safeParse(frontMatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('gives enum fields their values and number fields their range', () => {
    for (const f of POST_FIELDS) {
      if (f.kind === 'enum') expect(f.values, f.key).toContain(f.example);
      if (f.kind === 'number') expect(f.example as number).toBeGreaterThanOrEqual(f.min!);
    }
  });
});

describe('the editors’ guide', () => {
  const guide = readFileSync(new URL('../../docs/huong-dan-bien-tap.md', import.meta.url), 'utf-8');

  it('lists every key with its example, as the fields table has them (npm run docs:fields rewrites it)', () => {
    expect(guide).toContain(`<!-- fields:start -->\n${fieldsMarkdownTable()}\n<!-- fields:end -->`);
  });

  it('shows examples that the schema reads back as written', () => {
    const frontMatter = readFrontMatter(`---\n${POST_FIELDS.map(exampleLine).join('\n')}\n---\n`);
    expect(frontMatter.problems).toEqual([]);
    expect(schema.safeParse(frontMatter.data).error?.issues ?? []).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf-8')).toContain('](docs/huong-dan-bien-tap.md)');
  });
});
