/**
 * npm run --silent nginx-redirects [dist] > /etc/nginx/tuongmai/redirects/site.conf
 * Prints nginx `return 301` lines for every redirect page in a built site.
 */
import { resolve } from 'node:path';
import { findRedirects, nginxRedirects } from '../lib/nginx-redirects.ts';

process.stdout.write(nginxRedirects(findRedirects(resolve(process.argv[2] ?? 'dist'))));
