/**
 * Starts the browser editor on /admin/: loads Decap's own bundle (copied from the npm package
 * into dist/admin/, never from a CDN), gives its preview pane the site's stylesheet and a post
 * template shaped like the real post page, then starts it with the configuration the page
 * carries (generated from the fields table by src/lib/cms-config.ts).
 *
 * `?decap_server_port=N` points the local backend (decap-server, used only when /admin/ is
 * opened on localhost or 127.0.0.1) at another port than the configured one: the tests run
 * their own decap-server on a free port against a built site.
 */
import { formatDateVi, vi } from '../lib/vi.ts';
import { localDate, parsePostDate } from '../lib/dates.ts';
import { site } from '../site.config.ts';
import { decapViExtra, mergePhrases } from '../lib/decap-vi.ts';
import { CMS_FORMAT } from '../lib/cms-config.ts';
import { readPostFile, writePostFile } from '../lib/front-matter-writer.ts';

/** The few parts of Decap's global API this page uses. */
interface Entry {
  getIn(path: string[]): unknown;
}
interface PreviewProps {
  entry: Entry;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}
interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>, order?: string[]): string }): void;
  getLocale(locale: string): Parameters<typeof mergePhrases>[0] | undefined;
  registerLocale(locale: string, phrases: Parameters<typeof mergePhrases>[0]): void;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: H;
    createClass?: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function displayDate(raw: unknown): string {
  try {
    return typeof raw === 'string' && raw ? formatDateVi(localDate(parsePostDate(raw, site.timezone), site.timezone)) : '';
  } catch {
    return raw as string;
  }
}

/** The preview: the post's header and text with the classes of src/layouts/Post.astro, styled by the site's CSS. */
function postPreview(h: H, createClass: NonNullable<Window['createClass']>): unknown {
  return createClass({
    render() {
      const { entry, widgetFor, getAsset } = this.props;
      const data = (key: string) => entry.getIn(['data', key]);
      const image = text(data('header-img'));
      const imageUrl = image ? (getAsset(image)?.toString() ?? image) : '';
      const mask = typeof data('header-mask') === 'number' ? (data('header-mask') as number) : imageUrl ? 0.4 : 0;
      const tags = (data('tags') as { toJS?: () => unknown } | undefined)?.toJS?.();
      const tagList = Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string' && t !== '') : [];
      return h(
        'article',
        { className: 'post' },
        h(
          'header',
          {
            className: imageUrl ? 'post-header post-header--image' : 'post-header',
            style: imageUrl ? { '--header-img': `url(${JSON.stringify(imageUrl)})`, '--header-mask': String(mask) } : undefined,
          },
          h(
            'div',
            { className: 'post-header__inner' },
            tagList.length > 0 &&
              h('ul', { className: 'tag-list' }, ...tagList.map((t) => h('li', { key: t }, h('span', { className: 'tag' }, t)))),
            h('h1', { className: 'post-header__title' }, text(data('title'))),
            text(data('subtitle')) && h('p', { className: 'post-header__subtitle' }, text(data('subtitle'))),
            h(
              'p',
              { className: 'post-header__meta' },
              `${vi.admin.previewBy} ${text(data('author')) || site.author} · ${displayDate(data('date'))}`,
            ),
          ),
        ),
        h('div', { className: 'post-layout' }, h('div', { className: 'post-body prose' }, widgetFor('body'))),
      );
    },
  });
}

export async function startEditor(): Promise<void> {
  const boot = document.getElementById('cms-boot')!;
  window.CMS_MANUAL_INIT = true;
  try {
    await loadScript(boot.dataset.decap!);
  } catch {
    document.body.append(Object.assign(document.createElement('p'), { textContent: vi.admin.loadFailed }));
    return;
  }
  const cms = window.CMS!;
  cms.registerCustomFormat(CMS_FORMAT, 'md', { fromFile: readPostFile, toFile: writePostFile });
  cms.registerLocale('vi', mergePhrases(cms.getLocale('vi') ?? {}, decapViExtra));
  if (boot.dataset.previewCss) cms.registerPreviewStyle(boot.dataset.previewCss);
  if (window.h && window.createClass) cms.registerPreviewTemplate('posts', postPreview(window.h, window.createClass));

  const port = new URLSearchParams(location.search).get('decap_server_port');
  const config = { ...JSON.parse(boot.dataset.config!), load_config_file: false };
  if (port && /^\d{2,5}$/.test(port)) config.local_backend = { url: `http://127.0.0.1:${port}/api/v1` };
  cms.init({ config });
}
