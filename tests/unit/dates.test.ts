import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DateFormatError,
  dateKey,
  datePath,
  isoWithOffset,
  localDate,
  parsePostDate,
} from '../../src/lib/dates.ts';

const HANOI = 'Asia/Ho_Chi_Minh';

/** Parse in Hà Nội time and describe the result the way the site uses it. */
function read(raw: string) {
  const instant = parsePostDate(raw, HANOI);
  return { utc: instant.toISOString(), local: localDate(instant, HANOI), iso: isoWithOffset(instant, HANOI) };
}

describe('a front-matter date without an offset is wall-clock time in Hà Nội', () => {
  it('reads the seed post date as one second past midnight on 1 July, Hà Nội time', () => {
    expect(parsePostDate('2025-07-01 00:00:01', HANOI).toISOString()).toBe('2025-06-30T17:00:01.000Z');
    expect(read('2025-07-01 00:00:01')).toEqual({
      utc: '2025-06-30T17:00:01.000Z',
      local: { year: 2025, month: 7, day: 1 },
      iso: '2025-07-01T00:00:01+07:00',
    });
  });

  it('keeps a late-evening post on the day the editor wrote (31 July stays 31 July)', () => {
    expect(read('2025-07-31 23:30:00')).toEqual({
      utc: '2025-07-31T16:30:00.000Z',
      local: { year: 2025, month: 7, day: 31 },
      iso: '2025-07-31T23:30:00+07:00',
    });
  });

  it('keeps a New Year’s Eve post in the old year', () => {
    expect(read('2025-12-31 23:30').local).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it('reads a date-only value as midnight in Hà Nội', () => {
    expect(read('2025-07-01')).toEqual({
      utc: '2025-06-30T17:00:00.000Z',
      local: { year: 2025, month: 7, day: 1 },
      iso: '2025-07-01T00:00:00+07:00',
    });
  });

  it('accepts the ISO "T" separator', () => {
    expect(read('2025-07-01T08:30:00').utc).toBe('2025-07-01T01:30:00.000Z');
  });

  it('accepts hours and minutes without seconds', () => {
    expect(read('2025-07-01 08:30').utc).toBe('2025-07-01T01:30:00.000Z');
  });

  it('keeps fractional seconds to the millisecond', () => {
    expect(read('2025-07-01T08:30:00.5').utc).toBe('2025-07-01T01:30:00.500Z');
    expect(read('2025-07-01 08:30:00.123456').utc).toBe('2025-07-01T01:30:00.123Z');
  });

  it('ignores surrounding white space', () => {
    expect(read('  2025-07-01 08:30:00  ').utc).toBe('2025-07-01T01:30:00.000Z');
  });
});

describe('an explicit offset is honoured', () => {
  it('reads 23:30 UTC on 31 July as 06:30 on 1 August in Hà Nội', () => {
    expect(read('2025-07-31 23:30:00 +0000')).toEqual({
      utc: '2025-07-31T23:30:00.000Z',
      local: { year: 2025, month: 8, day: 1 },
      iso: '2025-08-01T06:30:00+07:00',
    });
  });

  it.each([
    ['2025-07-01T08:00:00Z', '2025-07-01T08:00:00.000Z'],
    ['2025-07-01 08:00:00z', '2025-07-01T08:00:00.000Z'],
    ['2025-07-01 08:00:00 +07:00', '2025-07-01T01:00:00.000Z'],
    ['2025-07-01T08:00:00+07:00', '2025-07-01T01:00:00.000Z'],
    ['2025-07-01 08:00:00 +0700', '2025-07-01T01:00:00.000Z'],
    ['2025-07-01 08:00:00 -05:00', '2025-07-01T13:00:00.000Z'],
    ['2025-07-01 08:00:00 +05:30', '2025-07-01T02:30:00.000Z'],
  ])('%s is the instant %s', (raw, utc) => {
    expect(parsePostDate(raw, HANOI).toISOString()).toBe(utc);
  });

  it('shows an instant written with another offset in Hà Nội time', () => {
    expect(read('2025-07-01 08:00:00 -05:00').iso).toBe('2025-07-01T20:00:00+07:00');
  });
});

describe('a Date that YAML already parsed', () => {
  it('is taken as the instant it is', () => {
    const d = new Date('2025-07-01T01:00:00Z');
    expect(parsePostDate(d, HANOI).toISOString()).toBe('2025-07-01T01:00:00.000Z');
  });

  it('is rejected when invalid', () => {
    expect(() => parsePostDate(new Date('nonsense'), HANOI)).toThrow(DateFormatError);
  });
});

describe('what is not a date is refused, naming what the editor wrote', () => {
  it.each([
    ['2025-13-01', 'no 13th month'],
    ['2025-02-30', 'no 30 February'],
    ['2025-02-29', '2025 is not a leap year'],
    ['2025-07-01 25:00', 'no 25th hour'],
    ['2025-07-01 08:60', 'no 60th minute'],
    ['hôm qua', 'words'],
    ['01/07/2025', 'day-first format'],
    ['', 'nothing'],
  ])('%s (%s)', (raw) => {
    let error: unknown;
    try {
      parsePostDate(raw, HANOI);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DateFormatError);
    expect((error as Error).message).toContain(`"${raw}"`);
  });

  it('accepts 29 February in a leap year', () => {
    expect(read('2024-02-29').local).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('date path segments and keys', () => {
  it('pads month and day to two digits for URLs', () => {
    expect(datePath({ year: 2025, month: 7, day: 1 })).toEqual({ yyyy: '2025', mm: '07', dd: '01' });
    expect(datePath({ year: 2025, month: 12, day: 31 })).toEqual({ yyyy: '2025', mm: '12', dd: '31' });
  });

  it('gives a sortable YYYYMMDD key', () => {
    expect(dateKey({ year: 2025, month: 7, day: 1 })).toBe('20250701');
    const keys = [
      { year: 2025, month: 12, day: 1 },
      { year: 2025, month: 2, day: 10 },
      { year: 2024, month: 12, day: 31 },
    ].map(dateKey);
    expect([...keys].sort()).toEqual(['20241231', '20250210', '20251201']);
  });
});

describe('the machine timezone makes no difference', () => {
  // Node reads TZ once per process, so changing process.env.TZ here would prove
  // nothing: each timezone gets a fresh Node process.
  const datesModule = fileURLToPath(new URL('../../src/lib/dates.ts', import.meta.url));
  const script = `
    const { parsePostDate, localDate, isoWithOffset } = await import(${JSON.stringify(datesModule)});
    const tz = 'Asia/Ho_Chi_Minh';
    const out = { machineOffset: new Date(Date.UTC(2025, 6, 1)).getTimezoneOffset() };
    for (const raw of ['2025-07-01 00:00:01', '2025-07-31 23:30:00', '2025-12-31 23:30', '2025-07-31 23:30:00 +0000']) {
      const d = parsePostDate(raw, tz);
      out[raw] = { utc: d.toISOString(), local: localDate(d, tz), iso: isoWithOffset(d, tz) };
    }
    console.log(JSON.stringify(out));
  `;

  it('gives the same instants and calendar dates under TZ=America/New_York, UTC and Asia/Tokyo', () => {
    const expected = {
      '2025-07-01 00:00:01': read('2025-07-01 00:00:01'),
      '2025-07-31 23:30:00': read('2025-07-31 23:30:00'),
      '2025-12-31 23:30': read('2025-12-31 23:30'),
      '2025-07-31 23:30:00 +0000': read('2025-07-31 23:30:00 +0000'),
    };
    const machineOffsets: Record<string, number> = { 'America/New_York': 240, UTC: 0, 'Asia/Tokyo': -540 };

    for (const [tz, machineOffset] of Object.entries(machineOffsets)) {
      const stdout = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      const { machineOffset: seen, ...results } = JSON.parse(stdout);
      // The child really ran in that timezone...
      expect(seen, `machine offset under TZ=${tz}`).toBe(machineOffset);
      // ...and the post dates did not notice.
      expect(results, `dates under TZ=${tz}`).toEqual(expected);
    }
    expect(expected['2025-07-01 00:00:01'].utc).toBe('2025-06-30T17:00:01.000Z');
  });
});

describe('parsePostDate refuses what cannot be a date', () => {
  it.each(['2025-07-01 08:00 +99:99', '2025-07-01 08:00 +07:60', '2025-07-01 08:00 +24:00'])(
    'refuses the impossible offset in %s',
    (raw) => {
      expect(() => parsePostDate(raw, HANOI)).toThrow(DateFormatError);
    },
  );

  it('refuses a year before 1900 as a typo rather than silently reading 0025 as 1925', () => {
    expect(() => parsePostDate('0025-07-01 08:00 +07:00', HANOI)).toThrow(/0025-07-01.*check the year/);
    expect(() => parsePostDate('0099-07-01', HANOI)).toThrow(DateFormatError);
  });
});
