/**
 * The interface languages and what every strings table shares: `defineStrings` makes a feature's table (read as
 * `t`), `fill` and `plural` put values into its phrases.
 */

export type Lang = 'en' | 'ar';

/** A phrase in each plural form a language needs (CLDR: Arabic has six, English two); `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export const LANGS: readonly Lang[] = ['en', 'ar'];

/**
 * A feature's strings in every interface language. The English table sets the shape: the Arabic one must have
 * exactly its keys (the compiler says which is missing or extra), and `tests/core/strings.test.ts` checks that
 * every key is read somewhere and that no key is in two tables.
 */
export function defineStrings<T extends object>(tables: {
  en: T;
  ar: NoInfer<T>;
}): Readonly<Record<Lang, T>> {
  return Object.freeze({ en: tables.en, ar: tables.ar });
}

/** The shape of a table made by `defineStrings`. */
export type StringsOf<Table extends Readonly<Record<Lang, object>>> = Table['en'];

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

const NUMBER_LOCALES: Record<Lang, string> = { en: 'en-GB', ar: 'ar' };
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A count as the interface language writes it (Arabic-Indic digits in Arabic). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** The plural form of `forms` that `count` takes in `lang`, with `{n}` filled in as the language writes numbers. */
export function plural(
  forms: PluralForms,
  count: number,
  lang: Lang,
  values: Record<string, string | number> = {},
) {
  const form = forms[new Intl.PluralRules(NUMBER_LOCALES[lang]).select(count)] ?? forms.other;
  return fill(form, { ...values, n: formatNumber(count, lang) });
}
