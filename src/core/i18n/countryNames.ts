/**
 * Country names in each interface language, keyed by the geometry's id, from the one name table the build makes
 * (countryNameTable.ts): the app, the exports and the command line agree whatever the runtime's ICU. Areas the table
 * does not know (disputed areas) keep their Natural Earth name.
 */
import type { Iso3 } from '../model/types.ts';
import type { CountryNameTable } from './countryNameTable.ts';
import type { Lang } from './strings.ts';

export interface CountryNameSource {
  id: Iso3;
  name: string;
  a2?: string;
}

export type CountryNames = Record<Lang, Map<Iso3, string>>;

export function createCountryNames(
  countries: readonly CountryNameSource[],
  table: CountryNameTable,
): CountryNames {
  const names: CountryNames = { en: new Map(), ar: new Map() };
  for (const lang of ['en', 'ar'] as const)
    for (const country of countries) names[lang].set(country.id, table[lang][country.id] ?? country.name);
  return names;
}

export function nameOf(names: CountryNames, lang: Lang, code: Iso3): string {
  return names[lang].get(code) ?? code;
}
