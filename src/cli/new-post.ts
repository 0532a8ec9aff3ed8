/**
 * npm run new -- "Tiêu đề bài viết" [--tags "Hành chính,Giáo dục"] [--date "2025-09-01 08:00"]
 * Writes src/content/posts/YYYY-MM-DD-slug.md (never over an existing file) and prints its path
 * and the URL the post will have.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { site } from '../site.config.ts';
import { contentCollections } from '../lib/collections.ts';
import { MessageError, message, type Message } from '../lib/messages.ts';
import { newPost, newPostDate } from '../lib/new-post.ts';
import { absoluteUrl } from '../lib/urls.ts';

function fail(detail: Message): never {
  console.error(`${detail.vi}\n(${detail.en})`);
  process.exit(1);
}

const args = process.argv.slice(2);
let title: string | undefined;
let tags: string[] = [];
let date: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--tags' || arg === '--date') {
    const value = args[++i];
    if (value === undefined) fail(message('new.usage'));
    if (arg === '--tags') tags = value.split(',');
    else date = value;
  } else if (arg.startsWith('--')) {
    fail(message('new.unknownOption', { option: arg }));
  } else if (title === undefined) {
    title = arg;
  } else {
    fail(message('new.usage'));
  }
}
if (!title?.trim()) fail(message('new.usage'));

try {
  const post = newPost({ title, tags, date: newPostDate(date, site.timezone), timezone: site.timezone });
  const dir = resolve(contentCollections.posts.dir);
  const file = join(dir, post.fileName);
  const inside = relative(process.cwd(), file);
  const shown = inside.startsWith('..') ? file : inside;
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, post.source, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') fail(message('new.exists', { path: shown }));
    throw err;
  }
  const created = message('new.created', { path: shown, url: absoluteUrl(post.path) });
  console.log(`${created.vi}\n(${created.en})`);
} catch (err) {
  if (err instanceof MessageError) fail(err.detail);
  throw err;
}
