/**
 * The contact points a page with `contacts: true` shows, from the site
 * config: the ward's own (only those set), the national emergency numbers,
 * the official portals. Pure, so what is shown for which config is tested
 * without a build.
 */
import type { EmergencyKey, PortalKey, WardContact } from '../site.config.ts';
import { vi } from './vi.ts';

export interface ContactLine {
  label: string;
  text: string;
  /** tel:, mailto: or https: where the line is a link. */
  href?: string;
}

/** 'tel:' link for a number as written ('024 3864 0000' -> 'tel:02438640000'). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A phone number as shown: its spaces made non-breaking, so it never wraps across lines. */
export function phoneText(number: string): string {
  return number.replace(/\s+/g, '\u00a0');
}

/** The ward's own contact points that are set, in a fixed order; empty ones are left out. */
export function wardContactLines(ward: WardContact): ContactLine[] {
  const lines: ContactLine[] = [];
  const address = ward.address.trim();
  const phone = ward.phone.trim();
  const email = ward.email.trim();
  const hours = ward.hours.trim();
  if (address) lines.push({ label: vi.contact.address, text: address });
  if (phone) lines.push({ label: vi.contact.phone, text: phoneText(phone), href: telHref(phone) });
  if (email) lines.push({ label: vi.contact.email, text: email, href: `mailto:${email}` });
  if (hours) lines.push({ label: vi.contact.hours, text: hours });
  return lines;
}

export function emergencyLines(numbers: readonly { key: EmergencyKey; number: string }[]): ContactLine[] {
  return numbers.map((n) => ({ label: vi.contact.emergency[n.key], text: phoneText(n.number), href: telHref(n.number) }));
}

export function portalLines(portals: readonly { key: PortalKey; url: string }[]): ContactLine[] {
  return portals.map((p) => ({ label: vi.contact.portals[p.key], text: new URL(p.url).hostname, href: p.url }));
}
