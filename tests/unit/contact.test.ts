import { describe, expect, it } from 'vitest';
import { emergencyLines, portalLines, telHref, wardContactLines } from '../../src/lib/contact.ts';
import { localDateTime, parsePostDate } from '../../src/lib/dates.ts';
import { vi } from '../../src/lib/vi.ts';
import { site } from '../../src/site.config.ts';

describe('contact points', () => {
  it('the ward’s own are empty in the config until the ward supplies them, and then nothing is shown', () => {
    expect(site.contact.ward).toEqual({ address: '', phone: '', email: '', hours: '' });
    expect(wardContactLines(site.contact.ward)).toEqual([]);
  });

  it('shows only the ward fields that are set, the phone and email as links', () => {
    expect(wardContactLines({ address: '', phone: ' 024 0000 0000 ', email: 'x@example.org', hours: '' })).toEqual([
      { label: 'Điện thoại', text: '024\u00a00000\u00a00000', href: 'tel:02400000000' },
      { label: 'Thư điện tử', text: 'x@example.org', href: 'mailto:x@example.org' },
    ]);
  });

  it('gives the national emergency numbers as tel: links, 113, 114, 115', () => {
    expect(emergencyLines(site.contact.emergency)).toEqual([
      { label: 'Công an', text: '113', href: 'tel:113' },
      { label: 'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', text: '114', href: 'tel:114' },
      { label: 'Cấp cứu y tế', text: '115', href: 'tel:115' },
    ]);
    expect(telHref('+84 24 1')).toBe('tel:+84241');
  });

  it('links the national public service portal and the Hà Nội portal', () => {
    expect(portalLines(site.contact.portals)).toEqual([
      { label: 'Cổng Dịch vụ công quốc gia', text: 'dichvucong.gov.vn', href: 'https://dichvucong.gov.vn/' },
      { label: 'Cổng thông tin thành phố Hà Nội', text: 'hanoi.gov.vn', href: 'https://hanoi.gov.vn/' },
    ]);
  });
});

describe('notice times', () => {
  it('the banner says until when in Hà Nội time, whatever the offset written', () => {
    const end = parsePostDate('2025-08-21T11:05:00Z', 'UTC');
    expect(vi.notices.until(localDateTime(end, site.timezone))).toBe('đến 18:05 ngày 21/8/2025');
    expect(vi.notices.endedAt(localDateTime(parsePostDate('2026-01-01 00:00', site.timezone), site.timezone))).toBe(
      'Thông báo này hết hiệu lực lúc 00:00 ngày 1/1/2026.',
    );
  });
});
