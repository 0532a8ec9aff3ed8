/**
 * The one source for site-wide settings. Imported by astro.config.mjs, the
 * content schema, src/lib and the pages: nothing else repeats these values.
 */

/** Normalise a base path to the form Astro expects: leading slash, trailing slash. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function normaliseSiteUrl(raw: string | undefined): string {
  const url = new URL(raw?.trim() || 'https://tuongmai.com');
  return url.origin;
}

/** The ward's own contact points: each shown only when set. */
export interface WardContact {
  /** Street address of the ward's People's Committee. */
  address: string;
  /** The ward's phone line, as residents dial it. */
  phone: string;
  email: string;
  /** Office hours for residents, in words. */
  hours: string;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const site = {
  title: 'Phường Tương Mai',
  description: 'Tin tức và thông báo của phường Tương Mai, Hà Nội, trong mô hình chính quyền địa phương hai cấp.',
  /** Default `author` for posts that name none. */
  author: 'Phường Tương Mai',
  /**
   * Who publishes this site: a community site, not the ward's People's Committee, whose official
   * page lives inside the Hà Nội city portal (contact.portals). The site links to the official
   * portals and never speaks as them: footer, JSON-LD publisher and the site card say so.
   */
  publisher: 'Trang tin cộng đồng phường Tương Mai',
  lang: 'vi',
  locale: 'vi-VN',
  ogLocale: 'vi_VN',
  /** Post dates without an offset are wall-clock time here, whatever the build machine's TZ. */
  timezone: 'Asia/Ho_Chi_Minh',
  /** Origin of the public site, from SITE_URL. */
  url: normaliseSiteUrl(env.SITE_URL),
  /** Sub-path the site lives under (`/` or `/staging/`), from BASE_PATH. */
  base: normaliseBase(env.BASE_PATH),
  postsPerPage: 10,
  /** Items in /feed.xml and each tag feed. */
  feedSize: 20,
  /** Image used for link previews when a page has none of its own. */
  defaultImage: '/img/og-default.png',
  /**
   * The browser editor at /admin/ (Decap CMS). In production it signs editors in to the git host
   * through an OAuth proxy (README, "Soạn bài trên trình duyệt"); nothing here is a secret.
   */
  cms: {
    /** github, gitlab or gitea, from DECAP_BACKEND. */
    backend: env.DECAP_BACKEND?.trim() || 'github',
    /** owner/name of the site's repository on that host, from DECAP_REPO. */
    repo: env.DECAP_REPO?.trim() || '',
    branch: env.DECAP_BRANCH?.trim() || 'main',
    /** GitHub: origin of the OAuth proxy. GitLab/Gitea: the server's origin (DECAP_AUTH_URL). */
    authUrl: env.DECAP_AUTH_URL?.trim() || undefined,
    /** GitLab or Gitea OAuth application id (DECAP_APP_ID): sign-in with PKCE, no proxy. Not a secret. */
    appId: env.DECAP_APP_ID?.trim() || undefined,
    /** API root for a self-hosted GitLab or Gitea (DECAP_API_ROOT). */
    apiRoot: env.DECAP_API_ROOT?.trim() || undefined,
    /** Port of `decap-server` for `npm run cms` (DECAP_SERVER_PORT); the editor finds it on 127.0.0.1. */
    localPort: Number(env.DECAP_SERVER_PORT?.trim() || 8081),
  },
  /** The header's fixed links, in order (paths from src/lib/urls.ts, navPath); standalone pages with a `nav` order follow them. */
  nav: [{ key: 'home' }, { key: 'archive' }, { key: 'tags' }, { key: 'search' }],
  /** Urgent notices shown in the banner at once; the rest are behind a link. */
  bannerSize: 3,
  /**
   * Contact points shown on pages with `contacts: true` (Liên hệ). Only verifiable facts go
   * here. The ward's own address, phone, email and hours stay empty until the ward supplies
   * them; what is empty is not shown at all.
   */
  contact: {
    ward: {
      address: '',
      phone: '',
      email: '',
      hours: '',
    } as WardContact,
    /** National emergency numbers, free from any phone in Việt Nam. */
    emergency: [
      { key: 'police', number: '113' },
      { key: 'fire', number: '114' },
      { key: 'ambulance', number: '115' },
    ],
    /** Official portals: the national public service portal (also linked from every footer) and the city's. */
    portals: [
      { key: 'publicServices', url: 'https://dichvucong.gov.vn/' },
      { key: 'hanoi', url: 'https://hanoi.gov.vn/' },
    ],
  },
} as const;

export type NavKey = (typeof site.nav)[number]['key'];
export type EmergencyKey = (typeof site.contact.emergency)[number]['key'];
export type PortalKey = (typeof site.contact.portals)[number]['key'];
