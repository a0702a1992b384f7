/** The standard Arabic country names of CLDR, as the i18n-iso-countries package ships them. Node only. */
import countries from 'i18n-iso-countries';

/** Codes this project uses where ISO 3166-1 has none; i18n-iso-countries calls Kosovo XKK, the geometry XKX. */
const ALPHA2: Readonly<Record<string, string>> = { XKX: 'XK' };

/** CLDR's Arabic name of a country by its alpha-3 code, or undefined when CLDR has none. */
export function cldrArabicName(iso3: string): string | undefined {
  const alpha2 = ALPHA2[iso3] ?? countries.alpha3ToAlpha2(iso3);
  return alpha2 ? countries.getName(alpha2, 'ar') : undefined;
}
