/** Dates as the model and the reader see them: strict `YYYY-MM-DD`, printed only as exactly as they are known. */
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, isIsoDate, todayIso } from '../../src/core/model/dates.ts';

describe('isIsoDate', () => {
  it.each(['2024-07-04', '2024-02-29', '1999-01-01'])('accepts the real date %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    '2024-13-01',
    '2023-02-29',
    '2024-04-31',
    'yesterday',
    '2024-7-4',
    '2024-07-04T00:00',
    '',
    20240704,
  ])('rejects %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('formatDate', () => {
  it('prints a date only as exactly as it is known', () => {
    expect(formatDate('2024-07-04', 'day', 'en-GB')).toBe('4 July 2024');
    expect(formatDate('2023-05-06', 'month', 'en-GB')).toBe('May 2023');
    expect(formatDate('2009-06-16', 'year', 'en-GB')).toBe('2009');
  });

  it('never shifts the day with the time zone', () => {
    expect(formatDate('2025-01-01', 'day', 'en-GB')).toBe('1 January 2025');
    expect(formatDate('2024-12-31', 'year', 'en-GB')).toBe('2024');
  });

  it('prints Arabic month names for Arabic', () => {
    expect(formatDate('2024-07-04', 'day', 'ar')).toMatch(/يوليو/);
  });
});

describe('todayIso and addDays', () => {
  it("gives the reader's calendar date", () => {
    expect(todayIso(new Date(2024, 6, 5, 23, 59))).toBe('2024-07-05');
    expect(isIsoDate(todayIso())).toBe(true);
  });

  it('steps across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2017-06-09', -1)).toBe('2017-06-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
