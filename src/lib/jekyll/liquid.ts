/**
 * Liquid rendered once, at import time, the way Jekyll rendered it when it
 * built the old site: liquidjs (the maintained JavaScript Liquid) with
 * Jekyll's context (site.*, page.*), its tags (highlight, post_url, link,
 * include with parameters) and its filters (markdownify, relative_url, …).
 * A tag Jekyll's plugins knew and we do not is removed and reported, and
 * the post is still imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { posix, resolve, sep } from 'node:path';
import { Liquid, Tag, TagToken, type Context, type Emitter, type FS, type Parser, type Template, type TopLevelToken } from 'liquidjs';
import { markdownToHtml } from 'satteri';
import { withoutBlankLines } from './content.ts';
import type { Problem } from './front-matter.ts';
import { jekyllSlugify } from './permalinks.ts';

/** A post as other posts' Liquid can name it. */
export interface LiquidPost {
  /** Path from the site root: `vi/news/_posts/2019-01-01-a.md`. */
  relPath: string;
  /** The URL the post has on the new site: `/2019/01/01/a/`. */
  newUrl: string;
  /** Jekyll's page object: front matter plus url, date, id… (url is the old URL, as Jekyll gave it). */
  page: Record<string, unknown>;
}

export interface LiquidSite {
  /** The Jekyll site's folder. */
  dir: string;
  /** `_config.yml` as read. */
  config: Record<string, unknown>;
  /** `_data/` as one object (`site.data.authors`, …). */
  data: Record<string, unknown>;
  baseurl: string;
  url: string;
  timezone: string;
  posts: LiquidPost[];
}

export interface RenderResult {
  text: string;
  problems: Problem[];
}

/** The smallest code fence that cannot be closed by the code it holds. */
export function codeFence(lang: string, code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = code.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return `\n\n${fence}${lang}\n${body}\n${fence}\n\n`;
}

/**
 * HTML from markdownify goes back into Markdown: a blank line would end the
 * raw HTML block and turn the rest into Markdown, so blank lines become a
 * newline entity (the same text inside <pre>, nothing elsewhere).
 */
export function markdownify(md: unknown): string {
  const { html } = markdownToHtml(String(md ?? ''));
  return withoutBlankLines(html.trim());
}

class HighlightTag extends Tag {
  private lang: string;
  private templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    this.lang = token.args.trim().split(/\s+/)[0] ?? '';
    while (remain.length > 0) {
      const next = remain.shift()!;
      if (next instanceof TagToken && next.name === 'endhighlight') return;
      this.templates.push(parser.parseToken(next, remain));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const code = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    emitter.write(codeFence(this.lang, code));
  }
}

/** A tag we do not know, with an end tag: its content is kept, the tag itself goes. */
class UnknownBlock extends Tag {
  private templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    while (remain.length > 0) {
      const next = remain.shift()!;
      if (next instanceof TagToken && next.name === `end${token.name}`) return;
      this.templates.push(parser.parseToken(next, remain));
    }
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    emitter.write((yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string);
  }
}

class UnknownInline extends Tag {
  render(): void {}
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every `{% name … %}` in a source, with its line (inside `{% raw %}` too: the caller filters). */
export function liquidTags(source: string): { name: string; args: string; line: number }[] {
  const out: { name: string; args: string; line: number }[] = [];
  let inRaw = false;
  for (const m of source.matchAll(/\{%-?\s*([A-Za-z_][\w-]*)([\s\S]*?)-?%\}/g)) {
    const name = m[1];
    if (inRaw) {
      if (name === 'endraw') inRaw = false;
      continue;
    }
    if (name === 'raw') inRaw = true;
    out.push({ name, args: m[2].trim(), line: lineAt(source, m.index) });
  }
  return out;
}

export class JekyllLiquid {
  private engine: Liquid;
  private site: LiquidSite;
  private siteDrop: Record<string, unknown>;
  private missingIncludes: string[] = [];
  private postUrlMisses: { tag: string; name: string }[] = [];
  private known: Set<string>;

  constructor(site: LiquidSite) {
    this.site = site;
    const includes = resolve(site.dir, '_includes');
    const self = this;
    // Includes are read from _includes/; one that is missing renders as nothing and is reported.
    const fs: FS = {
      exists: async () => true,
      existsSync: () => true,
      readFile: async (file) => self.readInclude(file),
      readFileSync: (file) => self.readInclude(file),
      resolve: (dir, file) => resolve(dir, file),
      contains: async (root, file) => resolve(file).startsWith(resolve(root) + sep),
      containsSync: (root, file) => resolve(file).startsWith(resolve(root) + sep),
      dirname: posix.dirname,
      sep,
    };
    this.engine = new Liquid({
      root: [includes],
      partials: [includes],
      fs,
      jekyllInclude: true,
      jekyllWhere: true,
      dynamicPartials: false,
      timezoneOffset: site.timezone,
      dateFormat: '%Y-%m-%d %H:%M:%S %z',
    });
    this.registerJekyll();
    this.known = new Set(Object.keys(this.engine.tags));
    const posts = site.posts.map((p) => p.page);
    this.siteDrop = {
      ...site.config,
      data: site.data,
      posts,
      related_posts: [],
      time: new Date(),
      baseurl: site.baseurl,
      url: site.url,
      tags: groupBy(posts, 'tags'),
      categories: groupBy(posts, 'categories'),
    };
  }

  private readInclude(file: string): string {
    if (existsSync(file)) return readFileSync(file, 'utf-8');
    this.missingIncludes.push(posix.relative(resolve(this.site.dir, '_includes'), file) || file);
    return '';
  }

  private registerJekyll(): void {
    const site = this.site;
    const e = this.engine;
    const self = this;
    e.registerTag('highlight', HighlightTag);
    e.registerTag('post_url', {
      render(this: Tag & { args?: string }) {
        const name = this.token.args.trim().replace(/^\/+/, '');
        const post = site.posts.find((p) => {
          const noExt = p.relPath.replace(/\.[^.\/]+$/, '');
          return noExt.endsWith('/' + name) || noExt.replace(/^.*\//, '') === name;
        });
        if (!post) self.postUrlMisses.push({ tag: 'post_url', name });
        return post?.newUrl ?? '';
      },
    });
    e.registerTag('link', {
      render(this: Tag) {
        const path = this.token.args.trim().replace(/^\/+/, '');
        const post = site.posts.find((p) => p.relPath === path);
        if (post) return post.newUrl;
        if (!existsSync(resolve(site.dir, path))) self.postUrlMisses.push({ tag: 'link', name: path });
        return site.baseurl + '/' + path.replace(/\.(md|markdown|mkd|mkdn|mkdown|textile)$/i, '.html');
      },
    });
    // {% include_relative file.md key="value" %}: a file next to the post, with the same parameters as include.
    e.registerTag('include_relative', {
      parse(token: TagToken) {
        const [file = '', ...rest] = token.args.trim().split(/\s+/);
        this.file = file;
        this.params = rest.join(' ');
      },
      *render(ctx: Context): Generator<unknown, string, unknown> {
        const page = ctx.getSync(['page']) as Record<string, unknown> | undefined;
        const file = String(this.file);
        const path = resolve(site.dir, posix.dirname(String(page?.path ?? '')), file);
        if (!path.startsWith(resolve(site.dir) + sep) || !existsSync(path)) {
          self.missingIncludes.push(file);
          return '';
        }
        const include: Record<string, unknown> = {};
        for (const m of String(this.params).matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|([\w.[\]-]+))/g)) {
          include[m[1]] = m[2] ?? m[3] ?? (ctx.getSync(m[4].split('.')) as unknown);
        }
        const template = self.engine.parse(readFileSync(path, 'utf-8'));
        ctx.push({ include });
        try {
          return (yield self.engine.renderer.renderTemplates(template, ctx)) as string;
        } finally {
          ctx.pop();
        }
      },
    });
    e.registerFilter('markdownify', markdownify);
    // Jekyll's URL filters: the old site's addresses (the importer then maps them to the new ones).
    const relative = (input: unknown) => {
      const s = String(input ?? '');
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(s)) return s;
      return (site.baseurl + '/' + s.replace(/^\/+/, '')).replace(/\/{2,}/g, '/') || '/';
    };
    e.registerFilter('relative_url', relative);
    e.registerFilter('absolute_url', (input: unknown) => {
      const s = String(input ?? '');
      return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(s) ? s : site.url + relative(s);
    });
    e.registerFilter('smartify', (s: unknown) => String(s ?? ''));
    e.registerFilter('slugify', (s: unknown, mode?: string) => jekyllSlugify(String(s ?? ''), mode === 'pretty' ? 'pretty' : 'default'));
  }

  /**
   * Render a post's body. `source` is the whole file (for line numbers of
   * problems); `body` starts on `bodyLine`.
   */
  async render(body: string, bodyLine: number, page: Record<string, unknown>): Promise<RenderResult> {
    const problems: Problem[] = [];
    this.missingIncludes = [];
    this.postUrlMisses = [];
    for (const tag of liquidTags(body)) {
      if (this.known.has(tag.name) || tag.name.startsWith('end') || ['else', 'elsif', 'when', 'endraw'].includes(tag.name)) continue;
      problems.push({ key: 'unknownTag', values: { tag: `${tag.name} ${tag.args}`.trim() }, line: bodyLine + tag.line - 1 });
      const isBlock = new RegExp(`\\{%-?\\s*end${tag.name}\\s*-?%\\}`).test(body);
      this.engine.registerTag(tag.name, isBlock ? UnknownBlock : UnknownInline);
      this.known.add(tag.name);
    }
    let text: string;
    try {
      text = await this.engine.parseAndRender(body, { site: this.siteDrop, page, paginator: {}, jekyll: { environment: 'production', version: '4.3.4' } });
    } catch (err) {
      const error = err instanceof Error ? err.message.split('\n')[0] : String(err);
      const line = /line:(\d+)/.exec(String(err instanceof Error ? err.message : err));
      problems.push({ key: 'liquidError', values: { error }, line: line ? bodyLine + Number(line[1]) - 1 : bodyLine });
      text = stripLiquid(body);
    }
    for (const name of new Set(this.missingIncludes)) {
      problems.push({ key: 'missingInclude', values: { name }, line: lineOfLiquid(body, 'include', name, bodyLine) });
    }
    for (const miss of this.postUrlMisses) {
      problems.push({ key: 'unknownPostUrl', values: miss, line: lineOfLiquid(body, miss.tag, miss.name, bodyLine) });
    }
    return { text, problems };
  }
}

function lineOfLiquid(body: string, tag: string, arg: string, bodyLine: number): number {
  const found = liquidTags(body).find((t) => t.name === tag && t.args.includes(arg));
  return found ? bodyLine + found.line - 1 : bodyLine;
}

/** When a post's Liquid cannot run at all: tags and outputs go, raw blocks keep their text. */
export function stripLiquid(body: string): string {
  return body
    .replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_m, inner: string) => inner.replace(/\{/g, '\uE002'))
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/\uE002/g, '{');
}

function groupBy(posts: Record<string, unknown>[], key: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const p of posts) {
    for (const v of (p[key] as unknown[]) ?? []) (out[String(v)] ??= []).push(p);
  }
  return out;
}
