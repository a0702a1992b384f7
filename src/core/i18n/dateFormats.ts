import { formatDate } from '../model/dates.ts';
import type { DatePrecision } from '../model/types.ts';
import type { Lang } from './strings.ts';

/** The locale each interface language writes dates in. */
export const DATE_LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar' };

const PRECISIONS: DatePrecision[] = ['day', 'month', 'year'];

/**
 * Makes the formats of a language's dates before they are needed. A page's first date format loads the language's
 * calendar data: 20–30 ms, otherwise spent in the middle of drawing the first view. `formatDate` keeps them.
 */
export function prepareDateFormats(lang: Lang): void {
  for (const precision of PRECISIONS) formatDate('2024-01-01', precision, DATE_LOCALES[lang]);
}
