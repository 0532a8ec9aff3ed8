/** Every Vietnamese string residents read, and the Vietnamese date formats. */
import type { LocalDate, LocalDateTime } from './dates.ts';
import type { EmergencyKey, NavKey, PortalKey } from '../site.config.ts';

export const vi = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    home: 'Trang chủ',
    archive: 'Lưu trữ',
    tags: 'Thẻ',
    search: 'Tìm kiếm',
  } satisfies Record<NavKey, string>,
  mainNav: 'Điều hướng chính',
  searchLabel: 'Tìm trong trang',
  searchSiteLabel: 'Tìm kiếm trên trang',
  searchNotFoundLabel: 'Tìm trang bạn cần',
  searchPlaceholder: 'Tìm tin, thông báo…',
  searchButton: 'Tìm',
  noPosts: 'Chưa có bài viết',
  noPostsHint: 'Các tin tức và thông báo của phường sẽ được đăng tại đây.',
  latestPosts: 'Tin mới',
  by: 'Đăng bởi',
  updatedOn: 'Cập nhật ngày',
  tagsLabel: 'Thẻ',
  toc: 'Mục lục',
  newerPost: 'Bài mới hơn',
  olderPost: 'Bài cũ hơn',
  postNav: 'Bài khác',
  pagination: 'Phân trang',
  newerPage: '← Trang trước',
  olderPage: 'Trang sau →',
  pageOf: (n: number, total: number) => `Trang ${n}/${total}`,
  breadcrumbs: 'Đường dẫn',
  postCount: (n: number) => `${n} bài viết`,
  archiveTitle: 'Lưu trữ',
  archiveIntro: 'Tất cả bài viết, theo năm và tháng.',
  tagsTitle: 'Thẻ',
  tagsIntro: 'Các chủ đề, kèm số bài viết.',
  tagTitle: (name: string) => `Thẻ: ${name}`,
  tagFeed: (name: string) => `RSS của thẻ ${name}`,
  tagFeedDescription: (name: string) => `Các bài viết có thẻ “${name}”`,
  postsWord: 'bài viết',
  yearTitle: (year: number) => `Năm ${year}`,
  monthTitle: (month: number, year: number) => `Tháng ${month}, ${year}`,
  monthShort: (month: number) => `Tháng ${month}`,
  dayTitle: (d: LocalDate) => `Ngày ${d.day} tháng ${d.month}, ${d.year}`,
  dayShort: (day: number) => `Ngày ${day}`,
  yearDescription: (year: number) => `Các bài viết năm ${year} của phường Tương Mai.`,
  monthDescription: (month: number, year: number) => `Các bài viết tháng ${month} năm ${year} của phường Tương Mai.`,
  dayDescription: (d: LocalDate) => `Các bài viết ngày ${d.day} tháng ${d.month} năm ${d.year} của phường Tương Mai.`,
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
  notFoundHome: 'Về trang chủ',
  notFoundSearch: 'hoặc tìm kiếm',
  rssFeed: 'Theo dõi qua RSS',
  /** Link previews (og:image:alt): what the shared picture shows. */
  previewPhotoAlt: (title: string) => `Ảnh của bài “${title}”`,
  previewCardAlt: (title: string, date: string) => `${title} (${date}), Phường Tương Mai`,
  /** The link under a photo's caption to the full-size file. */
  originalPhoto: (size: string) => `Xem ảnh gốc (${size})`,
  footerNote:
    'Trang tin cộng đồng về phường Tương Mai, thành phố Hà Nội; không phải trang chính thức của chính quyền phường. Thông tin chính thức có trên các cổng thông tin dưới đây.',
  footerContact: 'Liên hệ',
  notices: {
    banner: 'Thông báo khẩn',
    /** “đến 18:00 ngày 21/8/2025”: when an urgent notice stops applying, Hà Nội time. */
    until: (t: LocalDateTime) => `đến ${timeVi(t)} ngày ${shortDateVi(t)}`,
    more: (n: number) => `Xem tất cả ${n} thông báo khẩn`,
    listTitle: 'Thông báo khẩn',
    listIntro: 'Các thông báo khẩn đang có hiệu lực, mới nhất trước.',
    listDescription: 'Các thông báo khẩn đang có hiệu lực của phường Tương Mai.',
    none: 'Hiện không có thông báo khẩn nào.',
    inForce: (t: LocalDateTime) => `Có hiệu lực đến ${timeVi(t)} ngày ${shortDateVi(t)}`,
    expired: 'Đã hết hạn',
    endedAt: (t: LocalDateTime) => `Thông báo này hết hiệu lực lúc ${timeVi(t)} ngày ${shortDateVi(t)}.`,
    pinned: 'Tin ghim',
    urgent: 'Khẩn',
  },
  printAddress: 'Xem trên mạng:',
  contact: {
    wardTitle: 'Ủy ban nhân dân phường Tương Mai',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    hours: 'Giờ tiếp dân',
    emergencyTitle: 'Số điện thoại khẩn cấp',
    emergencyNote: 'Gọi miễn phí, 24 giờ mỗi ngày, từ mọi điện thoại.',
    emergency: {
      police: 'Công an',
      fire: 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
      ambulance: 'Cấp cứu y tế',
    } satisfies Record<EmergencyKey, string>,
    portalsTitle: 'Dịch vụ công và cổng thông tin',
    portals: {
      publicServices: 'Cổng Dịch vụ công quốc gia',
      hanoi: 'Cổng thông tin thành phố Hà Nội',
    } satisfies Record<PortalKey, string>,
  },
  search: {
    title: 'Tìm kiếm',
    intro: 'Gõ có dấu hoặc không dấu đều được, ví dụ: “dang ky”, “đường”. Đặt cụm từ trong ngoặc kép để tìm đúng cụm từ đó.',
    filterTags: 'Lọc theo thẻ',
    sortLabel: 'Sắp xếp',
    sortRelevance: 'Phù hợp nhất',
    sortNewest: 'Mới nhất',
    results: 'Kết quả tìm kiếm',
    more: 'Xem thêm kết quả',
    loading: 'Đang tìm…',
    prompt: 'Nhập từ khóa để tìm tin tức, thông báo của phường.',
    found: (n: number, q: string) => (q ? `Tìm thấy ${n} kết quả cho “${q}”.` : `Có ${n} bài viết.`),
    none: (q: string) => `Không tìm thấy kết quả nào cho “${q}”.`,
    missing: (words: string[]) =>
      `Không có bài viết nào chứa ${words.length > 1 ? 'các từ' : 'từ'} ${words.map((w) => `“${w}”`).join(', ')}. Hãy thử từ khác.`,
    noIndexDev: 'Chưa có chỉ mục tìm kiếm: chạy “npm run build” một lần, rồi tải lại trang này.',
    loadFailed: 'Không tải được công cụ tìm kiếm. Vui lòng tải lại trang.',
    noScript: 'Tìm kiếm cần JavaScript. Bạn có thể xem bài viết theo thẻ hoặc trong mục Lưu trữ.',
  },
  /** The browser editor at /admin/ (Decap CMS: its own interface is in Vietnamese through its `vi` locale). */
  admin: {
    title: 'Soạn bài',
    noScript: 'Trình soạn bài cần JavaScript. Hãy bật JavaScript hoặc dùng trình duyệt khác.',
    loadFailed: 'Không tải được trình soạn bài. Vui lòng tải lại trang.',
    previewBy: 'Đăng bởi',
  },
  // Hux posts and kramdown Markdown.
  footnotes: 'Chú thích',
  /** Satteri's template: {reference} is the footnote's number. */
  footnoteBack: 'Quay lại chỗ dẫn chú thích {reference}',
  photoCredit: 'Ảnh:',
  keynoteTitle: (title: string) => `Bản trình chiếu: ${title}`,
  keynoteOpen: 'Mở bản trình chiếu trong thẻ mới',
  languageSwitch: 'Chọn ngôn ngữ của bài',
  languageNames: { vi: 'Tiếng Việt', en: 'English', zh: '中文', fr: 'Français', ja: '日本語', ko: '한국어' } as Record<string, string>,
  redirect: {
    title: 'Bài viết đã chuyển địa chỉ',
    text: 'Bài viết này đã chuyển sang địa chỉ mới:',
  },
} as const;

/**
 * Vietnamese alphabetical order, the one collator of the site (tags, filters):
 * a < ă < â, d < đ, case and tone marks compared last, numbers as numbers.
 */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** "18:00": a time of day, 24-hour clock. */
export function timeVi(t: { hour: number; minute: number }): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/** "21/8/2025": the short date on notices. */
export function shortDateVi(d: LocalDate): string {
  return [d.day, d.month, d.year].join('/');
}

/** "1 tháng 7, 2025": the date format shown with posts. */
export function formatDateVi(d: LocalDate): string {
  return `${d.day} tháng ${d.month}, ${d.year}`;
}
