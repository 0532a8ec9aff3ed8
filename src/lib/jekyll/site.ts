/**
 * Reading a Jekyll site from disk: its config, its posts (`_posts/` at any
 * depth, the folders above becoming categories), its drafts and `_data/`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { parseJekyllConfig, type JekyllConfig } from './config.ts';

export interface SourceFile {
  /** Path from the site root, with forward slashes. */
  relPath: string;
  absPath: string;
  draft: boolean;
  /** Folders above `_posts/`: Jekyll's categories from the path. */
  pathCategories: string[];
  mtime: Date;
}

export interface JekyllSite {
  dir: string;
  config: JekyllConfig;
  files: SourceFile[];
  data: Record<string, unknown>;
}

// Never posts: build output, tool folders.
const SKIP_DIRS = new Set(['_site', '.git', 'node_modules', 'vendor', '.jekyll-cache', '.sass-cache', '.bundle']);

/** Jekyll's EntryFilter: names starting with . _ # or ending with ~ are not content (inside _posts/ too). */
const special = (name: string) => /^[._#]/.test(name) || name.endsWith('~');

function walk(dir: string, visit: (path: string, isDir: boolean, name: string) => boolean | void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (visit(path, true, entry.name) !== false) walk(path, visit);
    } else if (entry.isFile()) visit(path, false, entry.name);
  }
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  walk(dir, (path, isDir, name) => {
    if (special(name)) return false;
    if (!isDir) out.push(path);
  });
  return out;
}

export function isJekyllSite(dir: string): boolean {
  return existsSync(join(dir, '_config.yml')) || existsSync(join(dir, '_posts'));
}

export function readJekyllSite(dir: string): JekyllSite {
  const configPath = join(dir, '_config.yml');
  const config = parseJekyllConfig(existsSync(configPath) ? readFileSync(configPath, 'utf-8') : undefined);
  const exclude = new Set((Array.isArray(config.raw.exclude) ? config.raw.exclude : []).map((e) => String(e).replace(/\/+$/, '')));
  const files: SourceFile[] = [];
  const collect = (magic: string, draft: boolean) => (folder: string) => {
    const above = relative(dir, folder).split(sep).slice(0, -1).filter(Boolean);
    for (const abs of filesUnder(folder)) {
      files.push({ relPath: relative(dir, abs).split(sep).join('/'), absPath: abs, draft, pathCategories: above, mtime: statSync(abs).mtime });
    }
    void magic;
  };
  const posts = collect('_posts', false);
  const drafts = collect('_drafts', true);
  const visitDir = (folder: string) => {
    walk(folder, (path, isDir, name) => {
      if (!isDir) return;
      const rel = relative(dir, path).split(sep).join('/');
      if (SKIP_DIRS.has(name) || exclude.has(rel)) return false;
      if (name === '_posts') {
        posts(path);
        return false;
      }
      if (name === '_drafts') {
        drafts(path);
        return false;
      }
      if (special(name)) return false;
    });
  };
  visitDir(dir);
  return { dir, config, files, data: readData(join(dir, config.raw.data_dir ? String(config.raw.data_dir) : '_data')) };
}

/** `_data/`: each YAML or JSON file under its name, folders nested (`site.data.authors`, `site.data.vi.menu`). */
function readData(dir: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (!existsSync(dir)) return data;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const key = basename(entry.name, extname(entry.name));
    if (entry.isDirectory()) data[entry.name] = readData(path);
    else if (/\.(ya?ml)$/i.test(entry.name)) data[key] = yaml.load(readFileSync(path, 'utf-8'), { schema: yaml.CORE_SCHEMA });
    else if (/\.json$/i.test(entry.name)) data[key] = JSON.parse(readFileSync(path, 'utf-8'));
  }
  return data;
}
