import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
