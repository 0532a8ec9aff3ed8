// The bare Astro blog the benchmark compares this site against: post pages and
// a paginated index from plain Markdown, nothing else (no tags, archives, feeds,
// sitemap or images). Pagefind runs after it as `pagefind --site dist`.
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://example.org', build: { format: 'directory' } });
