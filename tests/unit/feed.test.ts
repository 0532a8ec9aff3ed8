import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from '../../src/lib/feed.ts';

const PAGE = 'https://tuongmai.com/2025/07/01/a/';

describe('absolutizeHtml: absolute URLs for feed readers, in real tags only', () => {
  it('makes src, href and srcset of tags absolute, in-page anchors included', () => {
    const html = '<a href="/about/">a</a><img src="img/x.jpg" srcset="/a.jpg 1x, /b.jpg 2x"><a href="#phan-mot">b</a>';
    expect(absolutizeHtml(html, PAGE)).toBe(
      '<a href="https://tuongmai.com/about/">a</a>' +
        '<img src="https://tuongmai.com/2025/07/01/a/img/x.jpg" srcset="https://tuongmai.com/a.jpg 1x, https://tuongmai.com/b.jpg 2x">' +
        '<a href="https://tuongmai.com/2025/07/01/a/#phan-mot">b</a>',
    );
  });

  it('leaves href="/…" written as text inside <code> as the post wrote it', () => {
    const html = '<p>Mẫu: <code>&lt;img src="/img/a.jpg"&gt;</code> và <code>&lt;a href="/lien-he/"&gt;</code></p>';
    expect(absolutizeHtml(html, PAGE)).toBe(html);
  });

  it('reads attribute values whole, even when they hold > or the other quote', () => {
    const html = `<img alt="a > b 'c'" src="/i.jpg"><a title='x > "y"' href='/z/'>z</a>`;
    expect(absolutizeHtml(html, PAGE)).toBe(
      `<img alt="a > b 'c'" src="https://tuongmai.com/i.jpg"><a title='x > "y"' href="https://tuongmai.com/z/">z</a>`,
    );
  });
});
