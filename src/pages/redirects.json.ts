/** The old addresses and where they lead, as JSON; the redirects integration writes their pages from it. */
import type { APIRoute } from 'astro';
import { getPostIndex } from '../lib/posts.ts';
import { redirectRules, redirectsJson } from '../lib/redirects.ts';

export const GET: APIRoute = async () =>
  new Response(redirectsJson(redirectRules(await getPostIndex())), { headers: { 'Content-Type': 'application/json' } });
