/**
 * Generated posts for the benchmark (and only for it): realistic Vietnamese
 * notices of 400–800 words with headings, 2–4 of 40 tags, ten years of
 * dates, a third with a table of contents, some with photos. The same seed
 * gives the same posts on every machine.
 */

/**
 * A 32-bit generator (mulberry32) in exact integer arithmetic: Math.imul and
 * unsigned shifts never leave the range where numbers are exact, so the
 * sequence does not collapse into a short cycle as a double-precision LCG does.
 */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A benchmark photo's pixels (RGB, 3 bytes a pixel): gaussian noise around 120 with a standard
 * deviation of 40 in each channel, the worst case for an encoder, from this module's generator,
 * so the same seed gives the same photo on every machine. (libvips' own noise, which the photos
 * were first made with, draws a new pattern each time: two machines measured different photos.)
 */
export function photoPixels(seed: number, width: number, height: number): Buffer {
  const rnd = random(seed);
  const pixels = Buffer.alloc(width * height * 3);
  // Box–Muller: two uniform draws give two independent normal ones.
  for (let i = 0; i < pixels.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rnd()));
    const angle = 2 * Math.PI * rnd();
    pixels[i] = Math.min(255, Math.max(0, Math.round(120 + 40 * r * Math.cos(angle))));
    if (i + 1 < pixels.length) pixels[i + 1] = Math.min(255, Math.max(0, Math.round(120 + 40 * r * Math.sin(angle))));
  }
  return pixels;
}

export const TAGS = [
  'Hành chính', 'Thông báo', 'Đường phố', 'Giáo dục', 'Y tế', 'An ninh – Trật tự', 'Văn hóa', 'Môi trường',
  'Giao thông', 'Xây dựng', 'Đất đai', 'Tài chính', 'Thuế', 'Lao động', 'Việc làm', 'Bảo hiểm xã hội',
  'Người cao tuổi', 'Trẻ em', 'Phụ nữ', 'Thanh niên', 'Thể thao', 'Lễ hội', 'Du lịch', 'Chợ',
  'Điện nước', 'Phòng cháy', 'Thiên tai', 'Dịch bệnh', 'Tiêm chủng', 'Hộ tịch', 'Cư trú', 'Đảng bộ',
  'Mặt trận', 'Hội nghị', 'Tiếp dân', 'Chuyển đổi số', 'Dịch vụ công', 'Khen thưởng', 'Quốc phòng', 'Từ thiện',
] as const;

// Common words of ward news, to make sentences with the length and letters of real ones.
const WORDS = (
  'phường tương mai người dân cán bộ công chức ủy ban nhân dân thủ tục hành chính đăng ký tạm trú thường trú ' +
  'hộ khẩu căn cước công dân giấy tờ hồ sơ tiếp nhận giải quyết kết quả bộ phận một cửa dịch vụ công trực tuyến ' +
  'thông báo kế hoạch triển khai thực hiện nhiệm vụ năm tháng tuần ngày giờ sáng chiều tối tổ dân phố khu dân cư ' +
  'đường phố ngõ ngách vỉa hè cây xanh chiếu sáng thoát nước vệ sinh môi trường rác thải phân loại thu gom ' +
  'an ninh trật tự phòng cháy chữa cháy cứu nạn cứu hộ công an phường dân quân tự vệ tuần tra bảo vệ ' +
  'giáo dục trường học mầm non tiểu học trung học cơ sở học sinh giáo viên phụ huynh tuyển sinh khai giảng ' +
  'y tế trạm khám bệnh tiêm chủng phòng chống dịch sốt xuất huyết người cao tuổi trẻ em chăm sóc sức khỏe ' +
  'văn hóa thể thao lễ hội truyền thống câu lạc bộ văn nghệ quần chúng đoàn thanh niên hội phụ nữ cựu chiến binh ' +
  'mặt trận tổ quốc đảng ủy chi bộ hội nghị tổng kết sơ kết đánh giá khen thưởng biểu dương tập thể cá nhân ' +
  'chính quyền địa phương hai cấp sắp xếp tổ chức bộ máy tinh gọn hiệu lực hiệu quả gần dân sát dân phục vụ ' +
  'đề nghị yêu cầu hướng dẫn tuyên truyền vận động nâng cao ý thức trách nhiệm chấp hành quy định pháp luật ' +
  'đầu tư xây dựng công trình cải tạo nâng cấp sửa chữa hoàn thành đưa vào sử dụng bàn giao nghiệm thu ' +
  'kinh phí ngân sách nguồn vốn xã hội hóa đóng góp ủng hộ quỹ vì người nghèo an sinh xã hội hỗ trợ ' +
  'điện nước mất điện cắt nước lịch tạm ngừng cung cấp khắc phục sự cố mưa bão ngập úng thiên tai ứng phó'
).split(' ');

const HEADINGS = [
  'Nội dung chính', 'Thời gian và địa điểm', 'Đối tượng áp dụng', 'Hồ sơ cần chuẩn bị', 'Trình tự thực hiện',
  'Kết quả đạt được', 'Nhiệm vụ thời gian tới', 'Lưu ý của người dân', 'Liên hệ và hỗ trợ', 'Ý kiến của người dân',
];

export interface GeneratedPost {
  /** Jekyll file name: YYYY-MM-DD-slug.md */
  file: string;
  source: string;
  /** Local images the post names, as paths under public/. */
  images: string[];
}

export interface GenerateOptions {
  seed?: number;
  /** First year of the ten. */
  fromYear?: number;
}

const DAY = 86_400_000;
const YEARS = 10;
/** The one photo many posts share (a ward's stock picture). */
export const SHARED_PHOTO = '/img/bench/chung.jpg';

/** N posts: same seed, same posts. */
export function generatePosts(n: number, { seed = 2025, fromYear = 2016 }: GenerateOptions = {}): GeneratedPost[] {
  const rnd = random(seed);
  const int = (max: number) => Math.floor(rnd() * max);
  const pick = <T>(list: readonly T[]) => list[int(list.length)];
  const start = Date.UTC(fromYear, 0, 1);
  const span = Date.UTC(fromYear + YEARS, 0, 1) - start;

  const sentence = () => {
    const words = Array.from({ length: 8 + int(14) }, () => pick(WORDS));
    words[0] = words[0][0].toLocaleUpperCase('vi') + words[0].slice(1);
    return words.join(' ') + (rnd() < 0.15 ? ', ' + pick(WORDS) + ' ' + pick(WORDS) : '') + '.';
  };
  const paragraph = () => Array.from({ length: 3 + int(4) }, sentence).join(' ');
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;

  const posts: GeneratedPost[] = [];
  for (let i = 0; i < n; i++) {
    // Posting hours of an office day, on days spread over ten years.
    const day = start + Math.floor((rnd() * span) / DAY) * DAY;
    const at = new Date(day + (7 + int(11)) * 3_600_000 + int(60) * 60_000);
    const ymd = at.toISOString().slice(0, 10);
    const time = at.toISOString().slice(11, 16);
    const tags = new Set<string>();
    const tagCount = 2 + int(3);
    while (tags.size < tagCount) tags.add(TAGS[Math.min(TAGS.length - 1, Math.floor(TAGS.length * rnd() * rnd()))]);

    const target = 400 + int(401);
    const parts: string[] = [];
    let words = 0;
    let sections = 0;
    while (words < target) {
      if (parts.length > 0 && parts.length % 3 === 0) {
        parts.push(`## ${HEADINGS[(i + sections++) % HEADINGS.length]} ${sections}`);
      }
      const p = paragraph();
      parts.push(p);
      words += count(p);
    }

    const images: string[] = [];
    let header = '';
    const r = rnd();
    if (r < 0.1) header = SHARED_PHOTO;
    else if (r < 0.15) header = `/img/bench/anh-${i}.jpg`;
    if (header) {
      images.push(header);
      parts.splice(1, 0, `![Ảnh minh họa bài ${i + 1}](${header})`);
    }

    const front = [
      '---',
      'layout: post',
      `title: "${sentence().slice(0, 60).replace(/[.,\s]+$/, '')} (${i + 1})"`,
      `date: ${ymd} ${time}:00`,
      `tags: [${[...tags].join(', ')}]`,
      ...(i % 3 === 0 ? ['catalog: true'] : []),
      ...(header ? [`header-img: ${header}`] : []),
      '---',
    ];
    posts.push({ file: `${ymd}-bai-${i + 1}.md`, source: `${front.join('\n')}\n\n${parts.join('\n\n')}\n`, images });
  }
  return posts;
}
