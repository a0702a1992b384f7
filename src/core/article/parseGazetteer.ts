/**
 * Reads the gazetteer file: checks its shape and refuses a name listed twice or for two owners, since the matcher
 * could then not say which country a text means. Every problem is collected before the parse fails.
 */
import * as v from 'valibot';
import { formatPath, ProblemList } from '../model/DataError.ts';
import { ORG_IDS, type OrgId } from '../model/types.ts';
import { compileGazetteer, findNamesInLine } from './findMentions.ts';
import type { Gazetteer } from './gazetteer.ts';
import { gazetteerPhrases, phraseForms, sameOwner, type Phrase } from './phrases.ts';

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
  formerCapitals: v.optional(NameList, []),
  cities: NameList,
  origin: v.optional(
    v.strictObject({
      cldr: ListedName,
      cldrNotCounted: v.optional(v.pipe(v.string(), v.nonEmpty('is empty'))),
      adjectives: v.picklist(['rule', 'reviewed']),
    }),
  ),
});

const GazetteerSchema = v.strictObject({
  generated: v.optional(v.string()),
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

function checkUnique(problems: ProblemList, phrases: readonly Phrase[]): void {
  const seen = new Map<string, Phrase>();
  for (const phrase of phrases) {
    for (const form of phraseForms(phrase)) {
      const earlier = seen.get(form);
      if (!earlier) {
        seen.set(form, phrase);
        continue;
      }
      // One problem per listed phrase is enough: its other forms would repeat it.
      if (!sameOwner(earlier.owner, phrase.owner)) {
        problems.add(
          phrase.record,
          phrase.field,
          `"${phrase.listed}" is ambiguous: ${describe(earlier)} reads the same once normalised`,
        );
        break;
      }
      if (
        earlier.article === phrase.article &&
        phraseForms(earlier).join('|') === phraseForms(phrase).join('|')
      ) {
        problems.add(
          phrase.record,
          phrase.field,
          `"${phrase.listed}" duplicates ${describe(earlier)} once normalised`,
        );
        break;
      }
    }
  }
}

function checkNotPlaces(problems: ProblemList, gazetteer: Gazetteer): void {
  const placesOnly = compileGazetteer(gazetteer, { notPlaces: false });
  gazetteer.notPlaces.forEach((phrase, i) => {
    if (!findNamesInLine(phrase, placesOnly).some((found) => found.owner.kind === 'country')) {
      problems.add('notPlaces', `[${i}]`, `"${phrase}" contains no listed place name, so it hides nothing`);
    }
  });
}

/** Checks a parsed gazetteer file; a DataError names the file, the record and the field of every problem. */
export function parseGazetteer(json: unknown, file = 'data/gazetteer.json'): Gazetteer {
  const problems = new ProblemList(file);
  const result = v.safeParse(GazetteerSchema, json);
  if (!result.success) {
    problems.addIssues(result.issues, locate);
    problems.throwIfAny();
  }
  const gazetteer = result.output as Gazetteer;
  checkUnique(problems, gazetteerPhrases(gazetteer));
  if (problems.problems.length === 0) checkNotPlaces(problems, gazetteer);
  problems.throwIfAny();
  return gazetteer;
}
