/** Every Vietnamese string residents read, and the Vietnamese date formats. */
import type { LocalDate } from './dates.ts';
import type { NavKey } from '../site.config.ts';

export const vi = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    home: 'Trang chủ',
    archive: 'Lưu trữ',
    tags: 'Thẻ',
    search: 'Tìm kiếm',
    about: 'Giới thiệu',
  } satisfies Record<NavKey, string>,
  mainNav: 'Điều hướng chính',
  menu: 'Danh mục',
  searchLabel: 'Tìm trong trang',
  searchPlaceholder: 'Tìm tin, thông báo…',
  searchButton: 'Tìm',
  noPosts: 'Chưa có bài viết',
  noPostsHint: 'Các tin tức và thông báo của phường sẽ được đăng tại đây.',
  latestPosts: 'Tin mới',
  by: 'Đăng bởi',
  postedOn: 'Đăng ngày',
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
  yearTitle: (year: number) => `Năm ${year}`,
  monthTitle: (month: number, year: number) => `Tháng ${month}, ${year}`,
  monthShort: (month: number) => `Tháng ${month}`,
  dayTitle: (d: LocalDate) => `Ngày ${d.day} tháng ${d.month}, ${d.year}`,
  postsIn: (what: string) => `Bài viết ${what}`,
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
  notFoundHome: 'Về trang chủ',
  notFoundSearch: 'hoặc tìm kiếm',
  rss: 'RSS',
  rssFeed: 'Theo dõi qua RSS',
  footerNote: 'Trang thông tin của phường Tương Mai, thành phố Hà Nội.',
  imageCaption: 'Ảnh',
  source: 'Nguồn',
} as const;

/** "1 tháng 7, 2025": the date format shown with posts. */
export function formatDateVi(d: LocalDate): string {
  return `${d.day} tháng ${d.month}, ${d.year}`;
}
