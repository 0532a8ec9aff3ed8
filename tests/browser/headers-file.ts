/**
 * Reads a `_headers` file the way Cloudflare Pages does: every rule whose
 * pattern matches applies; a header set again joins the earlier value with
 * ", " unless the rule first detaches it with `! Name`. (Netlify lets the
 * later value win instead; a file that is right under the joining rule is
 * right under both.) Independent of deploy/headers.ts on purpose: the test
 * server reads the file the build wrote, not the source it came from.
 */
import { readFileSync } from 'node:fs';

interface Line { detach?: string; name?: string; value?: string }
interface Rule { pattern: RegExp; lines: Line[] }

export type HeaderSet = Record<string, string>;

export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*(#|$)/.test(raw)) continue;
    if (!/^\s/.test(raw)) {
      const re = raw.trim().split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${re}$`), lines: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${raw}`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(raw);
    if (detach) {
      rule.lines.push({ detach: detach[1] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(raw);
    if (!header) throw new Error(`_headers: not a header line: ${raw}`);
    rule.lines.push({ name: header[1], value: header[2] });
  }
  return rules;
}

/** The headers a URL path gets, names in lower case. */
export function headersForPath(rules: Rule[], path: string): HeaderSet {
  const out: HeaderSet = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const line of rule.lines) {
      if (line.detach) delete out[line.detach.toLowerCase()];
      else {
        const key = line.name!.toLowerCase();
        out[key] = key in out ? `${out[key]}, ${line.value}` : line.value!;
      }
    }
  }
  return out;
}

export function readHeadersFile(file: string): Rule[] {
  return parseHeadersFile(readFileSync(file, 'utf-8'));
}
