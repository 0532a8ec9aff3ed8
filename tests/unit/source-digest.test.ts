/** The Markdown pipeline's source digest, which makes Astro clear its cache of rendered posts when a plugin changes. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceDigest } from '../../src/lib/source-digest.ts';
import { markdownProcessor } from '../../src/markdown/index.ts';

const dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'digest-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = {
  'index.ts': "import { a } from './a.ts';\nimport type { T } from './types.ts';\nexport const x = a;\n",
  'a.ts': "import {\n  b,\n} from './b.ts';\nexport const a = () => import('./lazy.ts').then(() => b);\n",
  'b.ts': 'export const b = 1;\n',
  'lazy.ts': 'export {};\n',
  'types.ts': 'export type T = string;\n',
};

describe('sourceDigest', () => {
  it('changes when any module the entry reaches changes, multi-line and dynamic imports included', () => {
    const before = sourceDigest(join(project(files), 'index.ts'));
    for (const name of ['index.ts', 'a.ts', 'b.ts', 'lazy.ts']) {
      const after = sourceDigest(join(project({ ...files, [name]: `${files[name as keyof typeof files]}// changed\n` }), 'index.ts'));
      expect(after, name).not.toBe(before);
    }
  });

  it('changes when a package the modules import is installed in another version', () => {
    const withPackage = (version: string) => {
      const dir = project({ ...files, 'b.ts': "import { md } from 'md-lib/sub';\nexport const b = md;\n" });
      const pkg = join(dir, 'node_modules', 'md-lib');
      mkdirSync(pkg, { recursive: true });
      writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'md-lib', version }));
      return sourceDigest(join(dir, 'index.ts'));
    };
    expect(withPackage('1.0.0')).toBe(withPackage('1.0.0'));
    expect(withPackage('1.0.1')).not.toBe(withPackage('1.0.0'));
  });

  it('ignores what only types are imported from, and where the project lives', () => {
    const dir = project(files);
    const before = sourceDigest(join(dir, 'index.ts'));
    expect(sourceDigest(join(project({ ...files, 'types.ts': 'export type T = number;\n' }), 'index.ts'))).toBe(before);
    const copy = mkdtempSync(join(tmpdir(), 'digest-copy-'));
    dirs.push(copy);
    cpSync(dir, copy, { recursive: true });
    expect(sourceDigest(join(copy, 'index.ts'))).toBe(before);
  });

  it('is in the Markdown processor’s options, which Astro hashes to decide whether its content cache is still good', () => {
    const source: unknown = Reflect.get(markdownProcessor('/').options, 'source');
    expect(source).toBe(sourceDigest(fileURLToPath(new URL('../../src/markdown/index.ts', import.meta.url))));
    expect(source).toMatch(/^[0-9a-f]{16}$/);
  });
});
