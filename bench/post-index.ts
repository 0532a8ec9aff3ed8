/**
 * The post index at scale: filter, sort and group N posts once, then cut
 * every listing into pages, as a build does. Prints the median of several
 * runs; asserts nothing (the machines are noisy). Run: npm run bench:index
 */
import { performance } from 'node:perf_hooks';
import { dateListings, paginate } from '../src/lib/listing.ts';
import { buildPostIndex, type PostSource } from '../src/lib/post-index.ts';

const TAGS = ['Hành chính', 'Đường phố', 'Giáo dục', 'Y tế', 'An ninh – Trật tự', 'hành chính', 'Hanh chinh'];

function sources(n: number): PostSource[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `2020-01-01-bai-${i}`,
    filePath: `posts/2020-01-01-bai-${i}.md`,
    body: `Đoạn đầu của bài ${i}.\n\n## Phần một\n\nNội dung.`,
    data: {
      title: `Bài ${i}`,
      author: 'Phường Tương Mai',
      date: new Date(Date.UTC(2020, 0, 1) + i * 1_800_000),
      tags: [TAGS[i % TAGS.length], TAGS[(i * 7) % TAGS.length]],
      catalog: false,
      draft: i % 97 === 0,
      published: true,
      hidden: i % 89 === 0,
    } as PostSource['data'],
  }));
}

for (const n of [1_000, 10_000, 100_000]) {
  const input = sources(n);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    const index = buildPostIndex(input, { timezone: 'Asia/Ho_Chi_Minh', now: new Date() });
    let pages = 0;
    for (const l of dateListings(index)) pages += paginate(l.path, l.group.posts, 10).length;
    for (const t of index.tags) pages += paginate(`tags/${t.slug}/`, t.posts, 10).length;
    times.push(performance.now() - t0);
    if (run === 0) console.log(`${n} posts -> ${index.posts.length} public, ${index.tags.length} tags, ${pages} listing pages`);
  }
  times.sort((a, b) => a - b);
  console.log(`  median ${times[3].toFixed(1)} ms, ${((times[3] * 1000) / n).toFixed(1)} µs per post`);
}
