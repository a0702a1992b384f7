/**
 * The Arabic gazetteer: the names, adjectives, capitals and cities by which a text can name each country, the names
 * of the two organisations, and phrases in which a place name names no place (parsed by parseGazetteer.ts).
 */
import type { Iso3, OrgId } from '../model/types.ts';

/**
 * Each field of a country's entry, and whether its words may stand without the article ال when listed without it:
 * `none` for a bare name (روسيا, never الروسيا), `optional` for an adjective (روسي and الروسي).
 */
export const COUNTRY_FIELD_ARTICLES = {
  names: 'none',
  adjectives: 'optional',
  capitals: 'none',
  formerCapitals: 'none',
  cities: 'none',
} as const satisfies Record<string, 'none' | 'optional'>;
export type CountryField = keyof typeof COUNTRY_FIELD_ARTICLES;
export const COUNTRY_FIELDS = Object.keys(COUNTRY_FIELD_ARTICLES) as CountryField[];

export interface CountryEntry {
  /** The country's names and their spellings; a name listed with ال always takes it. */
  names: string[];
  /** Nisba forms (masculine, feminine, plurals), listed without ال unless they always take it. */
  adjectives: string[];
  capitals: string[];
  /** Former capitals the press still uses for the country (ألماتي). */
  formerCapitals: string[];
  cities: string[];
  /** Where the generated file's names came from (data/gazetteer.json is written by `npm run gazetteer`). */
  origin?: CountryOrigin;
}

export interface CountryOrigin {
  /** The country's standard Arabic name in CLDR, as CLDR spells it; listed in `names` unless `cldrNotCounted`. */
  cldr: string;
  /** Why the CLDR name alone is not a mention of the country (it is also a common word). */
  cldrNotCounted?: string;
  /** `rule`: the nisba adjectives were made from the CLDR name by the regular rule; `reviewed`: listed by hand. */
  adjectives: 'rule' | 'reviewed';
}

export interface Gazetteer {
  /** How the file was made, when a script wrote it. */
  generated?: string;
  /** Editorial rules, for the people who change this file. */
  notes?: string[];
  organisations: Record<OrgId, string[]>;
  /** Phrases in which a listed place name does not name that place (a person, a sea, a document). */
  notPlaces: string[];
  countries: Record<Iso3, CountryEntry>;
}

/** Every Arabic name, adjective, capital and city listed for each country, for search. */
export function gazetteerAliases(gazetteer: Gazetteer): Record<Iso3, string[]> {
  return Object.fromEntries(
    Object.entries(gazetteer.countries).map(([code, entry]) => [
      code,
      COUNTRY_FIELDS.flatMap((field) => entry[field]),
    ]),
  );
}
