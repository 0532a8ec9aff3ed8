// Draws the site's own images (the stand-in header photo, the link-preview
// image) from SVG with the Debian Chromium. Run by hand when the art changes:
//   npx node scripts/draw-images.mjs
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const skyline = (w, h) => {
  // A stylised street of tube houses under a morning sky: original art, no photo.
  let houses = '';
  let x = 0;
  let seed = 7;
  const rnd = () => ((seed = (seed * 9301 + 49297) % 233280) / 233280);
  while (x < w) {
    const bw = 60 + rnd() * 90;
    const bh = h * (0.25 + rnd() * 0.4);
    const shade = ['#1f5f4a', '#24705a', '#2c7d63', '#1a4d3d', '#317a5f'][Math.floor(rnd() * 5)];
    houses += `<rect x="${x}" y="${h - bh}" width="${bw - 4}" height="${bh}" fill="${shade}"/>`;
    for (let wy = h - bh + 18; wy < h - 30; wy += 34) {
      for (let wx = x + 10; wx < x + bw - 24; wx += 26) {
        if (rnd() > 0.35) houses += `<rect x="${wx}" y="${wy}" width="12" height="16" fill="#f6d98b" opacity="${0.5 + rnd() * 0.5}"/>`;
      }
    }
    x += bw;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f3a65a"/><stop offset="0.55" stop-color="#f7d9a0"/><stop offset="1" stop-color="#cfe8dc"/>
    </linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#sky)"/>
    <circle cx="${w * 0.72}" cy="${h * 0.32}" r="${h * 0.11}" fill="#fff3d6" opacity="0.9"/>
    <path d="M0 ${h * 0.62} Q ${w * 0.25} ${h * 0.52} ${w * 0.5} ${h * 0.6} T ${w} ${h * 0.58} V ${h} H 0 Z" fill="#9cc9b4" opacity="0.6"/>
    ${houses}
    <rect y="${h - 24}" width="${w}" height="24" fill="#123a2e"/>
  </svg>`;
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
async function draw(svg, w, h, path, type) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await writeFile(path, await page.screenshot({ type, ...(type === 'jpeg' ? { quality: 78 } : {}) }));
  await page.close();
}
await draw(skyline(1600, 700), 1600, 700, 'public/img/post/post_chinh_quyen_1.jpg', 'jpeg');
const og = `<div style="position:relative;width:1200px;height:630px;font-family:sans-serif">${skyline(1200, 630)}
  <div style="position:absolute;inset:0;background:rgba(10,40,30,.45)"></div>
  <div style="position:absolute;left:72px;bottom:96px;color:#fff">
    <div style="font-size:84px;font-weight:700">Phường Tương Mai</div>
    <div style="font-size:36px;margin-top:12px">Tin tức và thông báo · Hà Nội</div></div></div>`;
await draw(og, 1200, 630, 'public/img/og-default.png', 'png');
await browser.close();
