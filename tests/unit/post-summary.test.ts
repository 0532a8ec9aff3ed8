import { describe, expect, it } from 'vitest';
import { buildPostIndex } from '../../src/lib/post-index.ts';
import { postDateHtml, postSummaryHtml, tagListHtml } from '../../src/lib/post-summary.ts';
import { site } from '../../src/site.config.ts';
import { makePost } from '../support/make-post.ts';

const now = new Date('2026-02-10T01:00:00Z');

function onlyPost(...args: Parameters<typeof makePost>) {
  return buildPostIndex([makePost(...args)], { timezone: site.timezone, now }).posts[0];
}

describe('a post in a listing', () => {
  it('escapes its text as Astro escapes an expression, and its links as an attribute', () => {
    const post = onlyPost('2025-07-01-a', '2025-07-01 08:00', {
      title: 'Điện & nước <tạm ngừng> "khu A" \'B\'',
      description: 'Từ 8 giờ đến 17 giờ: <b>&</b>',
      tags: ['Điện & nước'],
    });
    expect(postSummaryHtml(post)).toBe(
      '<article class="post-summary"><h2 class="post-summary__title"><a href="/2025/07/01/a/">' +
        'Điện &amp; nước &lt;tạm ngừng&gt; &quot;khu A&quot; &#39;B&#39;</a></h2>' +
        '<p class="post-summary__meta"><time datetime="2025-07-01T08:00:00+07:00">1 tháng 7, 2025</time></p>' +
        '<p class="post-summary__excerpt">Từ 8 giờ đến 17 giờ: &lt;b&gt;&amp;&lt;/b&gt;</p>' +
        '<ul class="tag-list" aria-label="Thẻ"><li><a class="tag" href="/tags/dien-va-nuoc/">Điện &amp; nước</a></li></ul></article>',
    );
  });

  it('marks a pinned post where it is pinned only, and an expired notice wherever it is listed', () => {
    const post = onlyPost('2026-02-01-mat-dien', '2026-02-01 08:00', {
      subtitle: 'Khu tập thể',
      description: 'Lịch cắt điện.',
      urgent: true,
      expires: new Date('2026-02-05T10:00:00Z'),
      tags: [],
    });
    const meta = '<time datetime="2026-02-01T08:00:00+07:00">1 tháng 2, 2026</time>';
    expect(postSummaryHtml(post, true)).toContain(
      `<p class="post-summary__subtitle">Khu tập thể</p><p class="post-summary__meta"><span class="badge badge--pinned">Tin ghim</span><span class="badge badge--expired">Đã hết hạn</span>${meta}</p>`,
    );
    expect(postSummaryHtml(post)).toContain(`<p class="post-summary__meta"><span class="badge badge--expired">Đã hết hạn</span>${meta}</p>`);
    expect(postSummaryHtml(post)).not.toContain('tag-list');
  });

  it('writes the date and the tag list as a post page does', () => {
    expect(postDateHtml(new Date('2025-06-30T17:30:00Z'), 'archive-list__date')).toBe(
      '<time class="archive-list__date" datetime="2025-07-01T00:30:00+07:00">1 tháng 7, 2025</time>',
    );
    expect(tagListHtml([])).toBe('');
  });
});
