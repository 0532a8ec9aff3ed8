/** npm run docs:fields: rewrite the table of front-matter keys in the editors' guide from src/lib/post-fields.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldsMarkdownTable } from '../lib/post-fields.ts';

const guide = 'docs/huong-dan-bien-tap.md';
const text = readFileSync(guide, 'utf-8');
const next = text.replace(/(<!-- fields:start -->)[\s\S]*?(<!-- fields:end -->)/, (_, start, end) => `${start}\n${fieldsMarkdownTable()}\n${end}`);
writeFileSync(guide, next);
console.log(next === text ? `${guide}: đã đúng (up to date)` : `${guide}: đã cập nhật bảng khoá (table updated)`);
