import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TAGS, generatePosts, photoPixels, random } from '../../bench/generate.ts';
import { frontMatterAsWritten } from '../../src/lib/post-loader.ts';
import { postSchema } from '../../src/lib/post-schema.ts';

const schema = postSchema({ timezone: 'Asia/Ho_Chi_Minh', defaultAuthor: 'Phường Tương Mai' });

describe('the benchmark generator', () => {
  const posts = generatePosts(2000);
  const bodies = posts.map((p) => p.source.split('\n---\n')[1]);
  const data = posts.map((p) => schema.parse(frontMatterAsWritten(p.source)));

  it('is exact 32-bit arithmetic: 200,000 draws never repeat a long run of the sequence', () => {
    const rnd = random(42);
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(rnd());
    // A double-precision LCG falls into a cycle of ~16,000 draws; this one has 2^32.
    expect(seen.size).toBeGreaterThan(199_000);
  });

  it('gives the same posts for the same seed, and others for another seed', () => {
    expect(generatePosts(50).map((p) => p.source)).toEqual(posts.slice(0, 50).map((p) => p.source));
    expect(generatePosts(50, { seed: 7 })[0].source).not.toBe(posts[0].source);
  });

  it('writes N distinct posts with distinct file names and bodies', () => {
    expect(new Set(posts.map((p) => p.file)).size).toBe(2000);
    expect(new Set(bodies).size).toBe(2000);
  });

  it('spreads 2,000 posts over ten years on about 1,500 days, as real posting does', () => {
    const days = new Set(posts.map((p) => p.file.slice(0, 10)));
    expect(days.size).toBeGreaterThan(1400);
    expect(days.size).toBeLessThan(1650);
    const years = new Set(posts.map((p) => p.file.slice(0, 4)));
    expect(years.size).toBe(10);
  });

  it('writes 400–800 words per post, with headings, 2–4 of 40 tags, a third with a table of contents', () => {
    for (const body of bodies) {
      const words = body.replace(/^##.*$/gm, '').split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(400);
      expect(words).toBeLessThan(1000);
      expect(body).toMatch(/^## /m);
    }
    for (const d of data) {
      expect(d.tags.length).toBeGreaterThanOrEqual(2);
      expect(d.tags.length).toBeLessThanOrEqual(4);
      for (const t of d.tags) expect(TAGS).toContain(t);
    }
    expect(new Set(data.flatMap((d) => d.tags)).size).toBe(40);
    expect(data.filter((d) => d.catalog).length).toBe(667);
  });

  it('gives some posts the shared photo and some their own', () => {
    const shared = posts.filter((p) => p.images.includes('/img/bench/chung.jpg')).length;
    const own = new Set(posts.flatMap((p) => p.images.filter((i) => i !== '/img/bench/chung.jpg'))).size;
    expect(shared).toBeGreaterThan(100);
    expect(own).toBeGreaterThan(50);
  });
});

describe('the benchmark photos', () => {
  it('are the same pixels for the same seed on every run and machine, other pixels for another seed', () => {
    const a = photoPixels(7, 240, 160);
    expect(a.length).toBe(240 * 160 * 3);
    // Pinned: another machine, or a later run, makes these very bytes.
    expect(createHash('sha256').update(a).digest('hex')).toBe('748a5b640eb9163bd2a0aa4b7f695ddd88672a09720868a3cc890ef9e71b88a3');
    expect(photoPixels(7, 240, 160).equals(a)).toBe(true);
    expect(photoPixels(8, 240, 160).equals(a)).toBe(false);
  });

  it('are gaussian noise around 120, 40 either side: the worst case for an encoder', () => {
    const pixels = photoPixels(3, 400, 300);
    const mean = pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
    const sd = Math.sqrt(pixels.reduce((sum, v) => sum + (v - mean) ** 2, 0) / pixels.length);
    expect(mean).toBeCloseTo(120, 0);
    expect(sd).toBeGreaterThan(39);
    expect(sd).toBeLessThan(41);
  });
});
