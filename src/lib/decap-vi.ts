/**
 * Vietnamese for the parts of Decap CMS's interface that its own `vi` locale (decap-cms-locales
 * 3.8) leaves in English: the rich-text toolbar, the image and list widgets, the preview
 * toggles, the media library. Merged over Decap's `vi` phrases when /admin/ starts
 * (src/scripts/admin.ts); a unit test checks every key here is one Decap's English locale has.
 */
export const decapViExtra = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: {
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: { unpublishedHeader: 'Bài chưa đăng' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorInterface: {
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng nhau',
      toggleI18n: 'Bật/tắt bản dịch',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn thành phần',
        toggleMode: {
          rich: 'Chuyển sang soạn thảo định dạng',
          markdown: 'Chuyển sang soạn thảo Markdown',
        },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Gỡ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Gỡ tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là lúc này' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: 'Sao chép',
      copyUrl: 'Sao chép địa chỉ',
      copyPath: 'Sao chép đường dẫn',
      copyName: 'Sao chép tên',
      copied: 'Đã sao chép',
    },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: { settingsDropdown: { account: 'Tài khoản' } },
} as const;

type Phrases = { [key: string]: string | Phrases };

/** `extra` laid over `phrases`, key by key. */
export function mergePhrases(phrases: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...phrases };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return out;
}
