/**
 * Bad input stops the build with a message that names the file and the
 * field, so an editor can fix it; nothing is silently dropped.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputRoot, root, runBuild } from './sites.ts';

const GOOD = 'title: Bài đúng\ndate: 2025-07-02 08:00:00\n';

/** Build a site of the given posts (file name -> front matter) and return what the build said. */
/** Each post: its front matter (the body is a line of text), or its front matter and body. */
async function buildPosts(name: string, posts: Record<string, string | { frontMatter: string; body: string }>, options: { warm?: boolean } = {}) {
  const dir = join(outputRoot, `errors-${name}-posts`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, post] of Object.entries(posts)) {
    const { frontMatter, body } = typeof post === 'string' ? { frontMatter: post, body: 'Nội dung bài thử.\n' } : post;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `---\n${frontMatter}---\n\n${body}`);
  }
  const result = await runBuild(`errors-${name}`, { postsDir: dir }, options);
  // Strip colours and bold markers: the message is checked as an editor reads it in the terminal.
  return { ...result, output: result.output.replace(/\u001b\[[0-9;]*m/g, '').replace(/\*\*/g, '') };
}

describe('a build with bad front matter', () => {
  it('fails on an old address (redirect_from) that is a page of the site, naming the post and the page', async () => {
    const { code, output } = await buildPosts('redirect-clash', {
      '2025-07-02-dia-chi-cu.md': `${GOOD}redirect_from: /about/\n`,
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-dia-chi-cu.md: redirect_from "/about/" trùng với trang about/index.html của trang web / ' +
        "is the address of the site's page about/index.html; remove it from redirect_from",
    );
  });

  it('fails on an unknown key, naming the file and the key', async () => {
    const { code, output } = await buildPosts('unknown-key', {
      '2025-07-01-dung.md': GOOD,
      '2025-07-02-sai-chinh-ta.md': `${GOOD}heder-img: /img/og-default.png\n`,
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-sai-chinh-ta.md, dòng 4 — heder-img\n' +
        '    Lỗi: Trang web không biết khoá “heder-img”. Có phải ý bạn là “Ảnh đầu bài” (header-img)? Hãy đổi “heder-img:” thành “header-img:”.\n' +
        '    (unknown front matter key "heder-img"; did you mean "header-img"?)',
    );
  });

  it('fails on a local header image that is not in public/, naming the file and the path', async () => {
    const { code, output } = await buildPosts('missing-image', {
      '2025-07-02-thieu-anh.md': `${GOOD}header-img: /img/post/khong-co.jpg\n`,
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-thieu-anh.md, dòng 4 — header-img\n' +
        '    Lỗi: Không có ảnh đầu bài “/img/post/khong-co.jpg”: không thấy tệp public/img/post/khong-co.jpg. Hãy chép ảnh vào đúng chỗ đó, hoặc sửa đường dẫn (chữ hoa, chữ thường và đuôi .jpg/.png phải khớp).',
    );
  });

  it('fails on an image in the text that is not next to the post, naming the post', async () => {
    const dir = join(outputRoot, 'errors-body-image-posts');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '2025-07-02-anh-tuong-doi.md'), `---\n${GOOD}---\n\nẢnh: ![](img/khong-co.png)\n`);
    const { code, output } = await runBuild('errors-body-image', { postsDir: dir });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-anh-tuong-doi.md\n' +
        '    Lỗi: Không có ảnh “img/khong-co.png” nằm cạnh tệp bài viết. Nếu ảnh ở trong thư mục public/, hãy viết đường dẫn từ gốc trang: “/img/khong-co.png”.',
    );
  });

  it('notices a header image deleted since the last build, though the post did not change', async () => {
    const image = join(root, 'public/img/post/tam-thoi-cho-kiem-thu.jpg');
    const post = { '2025-07-02-anh-bi-xoa.md': `${GOOD}header-img: /img/post/tam-thoi-cho-kiem-thu.jpg\n` };
    copyFileSync(join(root, 'public/img/post/post_chinh_quyen_1.jpg'), image);
    try {
      expect((await buildPosts('deleted-image', post)).code).toBe(0);
    } finally {
      rmSync(image, { force: true });
    }
    const { code, output } = await buildPosts('deleted-image', post, { warm: true });
    expect(code).not.toBe(0);
    expect(output).toContain('2025-07-02-anh-bi-xoa.md, dòng 4 — header-img\n    Lỗi: Không có ảnh đầu bài “/img/post/tam-thoi-cho-kiem-thu.jpg”');
  });

  it('notices an image in the text deleted since the last build, though the post did not change (the store keeps no bodies)', async () => {
    const dir = join(outputRoot, 'errors-deleted-body-image-posts');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'anh'), { recursive: true });
    writeFileSync(join(dir, '2025-07-02-anh-trong-bai.md'), `---\n${GOOD}---\n\nẢnh buổi họp: ![Buổi họp](anh/buoi-hop.png)\n`);
    copyFileSync(join(root, 'public/img/og-default.png'), join(dir, 'anh/buoi-hop.png'));
    expect((await runBuild('errors-deleted-body-image', { postsDir: dir })).code).toBe(0);
    rmSync(join(dir, 'anh'), { recursive: true });
    const { code, output } = await runBuild('errors-deleted-body-image', { postsDir: dir }, { warm: true });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-anh-trong-bai.md\n' +
        '    Lỗi: Không có ảnh “anh/buoi-hop.png” nằm cạnh tệp bài viết. Nếu ảnh ở trong thư mục public/, hãy viết đường dẫn từ gốc trang: “/anh/buoi-hop.png”.',
    );
  });

  it('fails on a date that is not a date, and on a missing title, naming each field', async () => {
    const { code, output } = await buildPosts('bad-fields', {
      '2025-07-02-ngay-sai.md': 'title: Ngày sai\ndate: hôm qua\n',
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-ngay-sai.md, dòng 3 — date\n' +
        '    Lỗi: “Ngày đăng” (date) “hôm qua” không phải là ngày. Hãy viết dạng năm-tháng-ngày: 2025-07-01, hoặc có giờ: 2025-07-01 08:30:00 (giờ Hà Nội).',
    );
    const untitled = await buildPosts('no-title', { '2025-07-02-khong-tieu-de.md': 'date: 2025-07-02\n' });
    expect(untitled.code).not.toBe(0);
    expect(untitled.output).toContain(
      '2025-07-02-khong-tieu-de.md — title\n' +
        '    Lỗi: Thiếu “Tiêu đề” (title): bài nào cũng phải có. Thêm một dòng “title: …” vào phần đầu bài, ví dụ “title: Thông báo lịch tiếp dân định kỳ”.',
    );
  });

  it('fails when two posts would have the same URL, naming both files', async () => {
    const { code, output } = await buildPosts('duplicate-url', {
      '2025-07-02-trung.md': GOOD,
      // Another file, the same slug and the same local date: 2025-07-01 18:00 UTC is 2 July in Hà Nội.
      'cu/2025-07-01-trung.md': 'title: Bài trùng\ndate: 2025-07-01 18:00:00 +00:00\n',
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /cu\/2025-07-01-trung\.md\n    Lỗi: Bài này có cùng địa chỉ \/2025\/07\/02\/trung\/ với bài “tests\/\.output\/errors-duplicate-url-posts\/2025-07-02-trung\.md”\. Hãy đổi tên một trong hai tệp, hoặc đổi ngày đăng của một bài\./,
    );
  });

  it('fails on MDX it cannot read with the file, line and a Vietnamese reason, not Astro’s English error', async () => {
    const { code, output } = await buildPosts('mdx-syntax', {
      '2025-07-01-dung.mdx': { frontMatter: GOOD, body: 'Đoạn đầu.<br />\n\n<div class="hop">Hộp</div>\n' },
      '2025-07-02-the-mo.mdx': { frontMatter: GOOD, body: 'Đoạn đầu.\n\n<div class="hop">\nHộp chưa đóng\n' },
      '2025-07-03-anh.mdx': { frontMatter: GOOD, body: 'Ảnh:\n\n<img src="/img/og-default.png" alt="Ảnh">\n' },
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Nội dung có 2 lỗi nên trang web chưa được dựng.');
    expect(output).toContain(
      'errors-mdx-syntax-posts/2025-07-02-the-mo.mdx, dòng 8\n' +
        '    Lỗi: Lỗi cú pháp MDX ở dòng 8, cột 1: thẻ <div> chưa được đóng: thêm </div> sau nội dung của nó, hoặc viết <div … /> nếu thẻ không có nội dung. Trong bài .mdx, thẻ HTML phải được đóng (<br />, <img … />), dấu { } là mã lệnh; nếu bài không cần thành phần MDX, hãy đổi đuôi tệp thành .md.',
    );
    expect(output).toContain(
      'errors-mdx-syntax-posts/2025-07-03-anh.mdx, dòng 8\n' +
        '    Lỗi: Lỗi cú pháp MDX ở dòng 8, cột 1: thẻ <img> phải tự đóng: viết <img … /> (có dấu / trước dấu >).',
    );
    expect(output).not.toContain('2025-07-01-dung.mdx');
    // The content check stops the build before Astro's own MDX compiler meets the file.
    expect(output).not.toContain('MDXError');
  });

  it('fails when a .md and a .mdx post share a name, rather than keeping one of them', async () => {
    const { code, output } = await buildPosts('md-and-mdx', {
      '2025-07-02-trung.md': GOOD,
      '2025-07-02-trung.mdx': GOOD,
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Lỗi: Bài này có cùng địa chỉ /2025/07/02/trung/ với bài');
  });

  it('fails on a post with an extension the site does not read (.markdown, .mkd, .html), rather than dropping it', async () => {
    const { code, output } = await buildPosts('jekyll-extensions', {
      '2025-07-01-dung.md': GOOD,
      '2025-07-02-jekyll.markdown': GOOD,
      'tin/2025-07-03-cu.mkd': GOOD,
      '2025-07-05-trang.html': GOOD,
      '_drafts/2025-07-04-nhap.markdown': GOOD,
    });
    expect(code).not.toBe(0);
    expect(output).toContain('Nội dung có 3 lỗi nên trang web chưa được dựng.');
    expect(output).toContain(
      'errors-jekyll-extensions-posts/2025-07-02-jekyll.markdown\n' +
        '    Lỗi: Tệp “2025-07-02-jekyll.markdown” có đuôi “.markdown”, nên không được đăng. Bài viết phải có đuôi .md (hoặc .mdx), viết thường: hãy đổi tên thành “2025-07-02-jekyll.md”.',
    );
    expect(output).toContain(
      'errors-jekyll-extensions-posts/tin/2025-07-03-cu.mkd\n    Lỗi: Tệp “2025-07-03-cu.mkd” có đuôi “.mkd”, nên không được đăng.',
    );
    expect(output).toContain(
      'errors-jekyll-extensions-posts/2025-07-05-trang.html\n    Lỗi: Tệp “2025-07-05-trang.html” có đuôi “.html”, nên không được đăng.',
    );
    // Folders starting with _ are not posts, as in Jekyll.
    expect(output).not.toContain('2025-07-04-nhap.markdown');
  });

  it('fails on a tag that makes no URL, naming the file', async () => {
    const { code, output } = await buildPosts('empty-tag', {
      '2025-07-02-the-rong.md': `${GOOD}tags: ["!!!"]\n`,
    });
    expect(code).not.toBe(0);
    expect(output).toContain(
      '2025-07-02-the-rong.md, dòng 4 — tags\n' +
        '    Lỗi: Thẻ “!!!” không có chữ cái hay chữ số nào nên không làm thành địa chỉ trang được. Hãy sửa lại hoặc xoá thẻ này.',
    );
  });

  it('fails on file names that are not posts and on YAML it cannot read, listing every problem at once', async () => {
    const body = `---\n${GOOD}---\n\nNội dung.\n`;
    const dir = join(outputRoot, 'errors-file-names-posts');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of ['2025-07-02-dung.md', '2025-07-02-duoi-dai.markdown', '2025-07-02-chu-hoa.MD', '2025-07-02bai.md', 'khong-ngay.md']) {
      writeFileSync(join(dir, name), body);
    }
    writeFileSync(join(dir, '2025-07-03-yaml-hong.md'), '---\ntitle: "Thiếu ngoặc\ndate: 2025-07-03\n---\n\nNội dung.\n');
    const { code, output: raw } = await runBuild('errors-file-names', { postsDir: dir });
    const output = raw.replace(/\u001b\[[0-9;]*m/g, '');
    expect(code).not.toBe(0);
    expect(output).toContain('Nội dung có 5 lỗi nên trang web chưa được dựng.');
    for (const line of [
      '    Lỗi: Tệp “2025-07-02-duoi-dai.markdown” có đuôi “.markdown”, nên không được đăng. Bài viết phải có đuôi .md (hoặc .mdx), viết thường: hãy đổi tên thành “2025-07-02-duoi-dai.md”.',
      '    Lỗi: Tệp “2025-07-02-chu-hoa.MD” có đuôi “.MD”, nên không được đăng. Bài viết phải có đuôi .md (hoặc .mdx), viết thường: hãy đổi tên thành “2025-07-02-chu-hoa.md”.',
      '    Lỗi: Tên tệp “2025-07-02bai.md” gần đúng nhưng chưa đúng dạng năm-tháng-ngày-ten-bai.md (ngày viết đủ 2 chữ số, có dấu gạch ngang sau ngày). Hãy đổi tên thành “2025-07-02-bai.md”.',
      '    Lỗi: Tên tệp “khong-ngay.md” không bắt đầu bằng ngày đăng. Tên bài viết phải có dạng năm-tháng-ngày-ten-bai.md, ví dụ “2025-07-02-khong-ngay.md”.',
      '2025-07-03-yaml-hong.md, dòng 2\n    Lỗi: Lỗi cú pháp ở phần đầu bài, dòng 2: thiếu dấu ngoặc kép đóng.',
    ]) {
      expect(output).toContain(line);
    }
  });
});
