/**
 * One table of country names in English and Arabic, built from i18n-iso-countries' locale data and the editors'
 * overrides in data/countryNames.json, so the app, the exports and the command line name every country alike
 * whatever CLDR version the runtime carries. Pure: the caller passes the library's data in.
 */
import type { Lang } from './strings.ts';

/** A locale file of i18n-iso-countries: alpha-2 code → its name, or its names (official first, then aliases). */
export interface CountryLocale {
  countries: Record<string, string | string[]>;
}

/** i18n-iso-countries' codes.json: [alpha-2, alpha-3, numeric, …]. */
export type CountryCodes = readonly (readonly string[])[];

export interface CountryNameOverride {
  /** ISO 3166-1 alpha-3, or the geometry's own id for an area without one (`X-KOS`). */
  id: string;
  en?: string;
  ar?: string;
  reason: string;
}

/** Names by id in each interface language. */
export type CountryNameTable = Record<Lang, Record<string, string>>;

export function buildCountryNameTable(
  codes: CountryCodes,
  locales: Record<Lang, CountryLocale>,
  overrides: readonly CountryNameOverride[],
): CountryNameTable {
  const table: CountryNameTable = { en: {}, ar: {} };
  for (const lang of ['en', 'ar'] as const) {
    const chosen = new Map<string, string>();
    for (const [alpha2, alpha3] of codes) {
      const names = [locales[lang].countries[alpha2 ?? ''] ?? []].flat();
      if (alpha3 && names.length > 0) chosen.set(alpha3, commonName(names));
    }
    // Two states sharing a short name ("Congo") each keep their full one.
    const counts = new Map<string, number>();
    for (const name of chosen.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const [alpha2, alpha3] of codes) {
      const name = alpha3 ? chosen.get(alpha3) : undefined;
      if (!alpha3 || name === undefined) continue;
      const official = [locales[lang].countries[alpha2 ?? ''] ?? []].flat()[0] ?? name;
      table[lang][alpha3] = (counts.get(name) ?? 0) > 1 ? official : name;
    }
    for (const override of overrides) {
      const name = override[lang];
      if (name !== undefined) table[lang][override.id] = name;
    }
  }
  return table;
}

/**
 * The name a reader expects: the first alias ("Russia", not "Russian Federation") unless it is an abbreviation
 * ("UAE") or an inverted list form ("Korea, Republic of"), then the official name.
 */
function commonName(names: readonly string[]): string {
  const [official = '', alias] = names;
  if (alias === undefined) return official;
  const abbreviation = /^[A-Z.]+$/.test(alias);
  return abbreviation || alias.includes(',') ? official : alias;
}
