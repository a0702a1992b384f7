/**
 * The hand-reviewed half of the gazetteer (data/gazetteer.reviewed.json): the states it must cover, the editorial
 * notes, organisation names, notPlaces, and per country the spellings, official forms, capitals and cities CLDR
 * lacks. A country without `adjectives` gets the regular nisba of its CLDR name.
 */
import * as v from 'valibot';
import { formatPath, ProblemList } from '../../core/model/DataError.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';

const Name = v.pipe(v.string(), v.nonEmpty('is empty'));
const Names = v.array(Name);
const Code = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'is not an ISO 3166-1 alpha-3 code'));

const ReviewedCountry = v.strictObject({
  names: Names,
  adjectives: v.optional(Names),
  capitals: Names,
  formerCapitals: Names,
  cities: Names,
  cldrNotCounted: v.optional(Name),
});

const ReviewedSchema = v.strictObject({
  notes: v.array(v.string()),
  states: v.strictObject({ unMembers: v.array(Code), observers: v.array(Code), others: v.array(Code) }),
  organisations: v.record(v.string(), v.array(Name)),
  notPlaces: Names,
  countries: v.record(Code, ReviewedCountry),
});

export type ReviewedGazetteer = v.InferOutput<typeof ReviewedSchema> & {
  organisations: Gazetteer['organisations'];
};

export function parseReviewedGazetteer(json: unknown, file: string): ReviewedGazetteer {
  const problems = new ProblemList(file);
  const result = v.safeParse(ReviewedSchema, json);
  if (!result.success) {
    problems.addIssues(result.issues, (keys) =>
      keys[0] === 'countries' && keys[1] !== undefined
        ? { record: `countries/${keys[1]}`, field: formatPath(keys.slice(2)) }
        : { record: String(keys[0] ?? '(file)'), field: formatPath(keys.slice(1)) },
    );
    problems.throwIfAny();
  }
  const reviewed = result.output as ReviewedGazetteer;
  const states = [...reviewed.states.unMembers, ...reviewed.states.observers, ...reviewed.states.others];
  for (const code of states) {
    if (!Object.hasOwn(reviewed.countries, code))
      problems.add(`countries/${code}`, '', 'missing: every state listed in "states" needs an entry');
  }
  for (const code of Object.keys(reviewed.countries)) {
    if (!states.includes(code)) problems.add(`countries/${code}`, '', 'is not listed in "states"');
  }
  problems.throwIfAny();
  return reviewed;
}
