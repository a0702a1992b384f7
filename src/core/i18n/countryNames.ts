/**
 * Country names in each interface language, from the browser's own `Intl.DisplayNames` (CLDR), keyed by ISO3.
 * The geometry carries each country's alpha-2 code; areas without one keep their Natural Earth name.
 */
import type { Iso3 } from '../model/types.ts';
import type { Lang } from './strings.ts';

export interface CountryNameSource {
  id: Iso3;
  name: string;
  a2?: string;
}

export type CountryNames = Record<Lang, Map<Iso3, string>>;

export function createCountryNames(countries: readonly CountryNameSource[]): CountryNames {
  const names: CountryNames = { en: new Map(), ar: new Map() };
  for (const lang of ['en', 'ar'] as const) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const country of countries) {
      let name: string | undefined;
      try {
        name = country.a2 ? display.of(country.a2) : undefined;
      } catch {
        name = undefined;
      }
      names[lang].set(country.id, name ?? country.name);
    }
  }
  return names;
}

export function nameOf(names: CountryNames, lang: Lang, code: Iso3): string {
  return names[lang].get(code) ?? code;
}
