/**
 * The Arabic gazetteer: the names, adjectives, capitals and cities by which a text can name each country, the names
 * of the two organisations, and phrases in which a place name names no place. Parsing checks the shape and refuses
 * a name listed twice or for two owners, since the matcher could then not say which country a text means.
 */
import * as v from 'valibot';
import type { Iso3, OrgId } from '../model/types.ts';
import { ORG_IDS } from '../model/types.ts';
import { dataError, formatPath, issueError } from './dataError.ts';
import { compileGazetteer, findNamesInLine } from './findMentions.ts';
import { gazetteerPhrases, phraseForms, sameOwner, type Phrase } from './phrases.ts';

export const COUNTRY_FIELDS = ['names', 'adjectives', 'capitals', 'cities'] as const;
export type CountryField = (typeof COUNTRY_FIELDS)[number];

export interface CountryEntry {
  /** The country's names and their spellings; a name listed with ال always takes it. */
  names: string[];
  /** Nisba forms (masculine, feminine, plurals), listed without ال unless they always take it. */
  adjectives: string[];
  capitals: string[];
  cities: string[];
}

export interface Gazetteer {
  /** Editorial rules, for the people who change this file. */
  notes?: string[];
  organisations: Record<OrgId, string[]>;
  /** Phrases in which a listed place name does not name that place (a person, a sea, a document). */
  notPlaces: string[];
  countries: Record<Iso3, CountryEntry>;
}

const ListedName = v.pipe(
  v.string(),
  v.nonEmpty('is empty'),
  v.check((text) => text === text.trim() && !/\s{2}/u.test(text), 'has stray spaces'),
  v.regex(/[\p{L}]/u, 'contains no letter'),
);
const NameList = v.array(ListedName);
const NonEmptyNameList = v.pipe(NameList, v.minLength(1, 'lists no name'));

const CountrySchema = v.strictObject({
  names: NonEmptyNameList,
  adjectives: NameList,
  capitals: NameList,
  cities: NameList,
});

const GazetteerSchema = v.strictObject({
  notes: v.optional(v.array(v.string())),
  organisations: v.strictObject(
    Object.fromEntries(ORG_IDS.map((org) => [org, NonEmptyNameList])) as Record<
      OrgId,
      typeof NonEmptyNameList
    >,
  ),
  notPlaces: NameList,
  countries: v.record(
    v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'is not an ISO 3166-1 alpha-3 code')),
    CountrySchema,
  ),
});

function locate(keys: (string | number)[]): { record: string; field: string } {
  const [top, second, ...rest] = keys;
  if (top === 'countries' && second !== undefined)
    return { record: `countries/${second}`, field: formatPath(rest) };
  if (top === 'organisations') return { record: 'organisations', field: formatPath(keys.slice(1)) };
  return { record: String(top ?? '(file)'), field: formatPath(keys.slice(1)) };
}

function describe(phrase: Phrase): string {
  return `${phrase.record} ${phrase.field} ("${phrase.listed}")`;
}

function checkUnique(file: string, phrases: readonly Phrase[]): void {
  const seen = new Map<string, Phrase>();
  for (const phrase of phrases) {
    for (const form of phraseForms(phrase)) {
      const earlier = seen.get(form);
      if (!earlier) {
        seen.set(form, phrase);
        continue;
      }
      if (!sameOwner(earlier.owner, phrase.owner)) {
        throw dataError(
          file,
          phrase.record,
          phrase.field,
          `"${phrase.listed}" is ambiguous: ${describe(earlier)} reads the same once normalised`,
        );
      }
      const identical =
        earlier.article === phrase.article &&
        phraseForms(earlier).join('|') === phraseForms(phrase).join('|');
      if (identical) {
        throw dataError(
          file,
          phrase.record,
          phrase.field,
          `"${phrase.listed}" duplicates ${describe(earlier)} once normalised`,
        );
      }
    }
  }
}

function checkNotPlaces(file: string, gazetteer: Gazetteer): void {
  const placesOnly = compileGazetteer(gazetteer, { notPlaces: false });
  gazetteer.notPlaces.forEach((phrase, i) => {
    if (!findNamesInLine(phrase, placesOnly).some((found) => found.owner.kind === 'country')) {
      throw dataError(
        file,
        'notPlaces',
        `[${i}]`,
        `"${phrase}" contains no listed place name, so it hides nothing`,
      );
    }
  });
}

/** Checks a parsed gazetteer file; errors name the file, the record and the field. */
export function parseGazetteer(json: unknown, file = 'data/gazetteer.json'): Gazetteer {
  const result = v.safeParse(GazetteerSchema, json);
  if (!result.success) throw issueError(file, result.issues[0], locate);
  const gazetteer = result.output as Gazetteer;
  checkUnique(file, gazetteerPhrases(gazetteer));
  checkNotPlaces(file, gazetteer);
  return gazetteer;
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
