/** Calendar dates as `YYYY-MM-DD` strings: they compare correctly as plain strings, so the model never parses them. */
import type { DatePrecision, IsoDate } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2024-02-30` and `2024-13-01` are not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in the reader's own time zone. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day after `date` (or `days` days later; negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const result = new Date(0);
  result.setUTCFullYear(year, month - 1, day + days);
  return result.toISOString().slice(0, 10);
}

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as readers write it, only as exact as it is known: `4 July 2024`, `May 2023`, `2009`. */
export function formatDate(date: IsoDate, precision: DatePrecision = 'day', locale = 'en-GB'): string {
  const key = `${locale}|${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // UTC on both sides, so the calendar day never shifts with the reader's time zone.
    formatter = new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS[precision], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return formatter.format(utc);
}
