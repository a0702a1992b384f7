/**
 * Writes the gazetteer the matcher reads from its two sources: the CLDR Arabic name of every state (a maintained
 * source, not a hand-typed list) and the hand-reviewed file. Each country records in `origin` which name came from
 * CLDR and whether its adjectives came from the regular nisba rule or from the reviewed list. Node only.
 */
import { ProblemList } from '../../core/model/DataError.ts';
import type { CountryEntry, Gazetteer } from '../../core/article/gazetteer.ts';
import { normalizeArabic } from '../../core/article/normalize.ts';
import { parseGazetteer } from '../../core/article/parseGazetteer.ts';
import { cldrArabicName } from './cldrNames.ts';
import { nisbaByRule } from './nisba.ts';
import type { ReviewedGazetteer } from './reviewedGazetteer.ts';

export const GENERATED_NOTE =
  'Written by `npm run gazetteer` from data/gazetteer.reviewed.json and the CLDR Arabic country names (i18n-iso-countries): edit the reviewed file, then run the command.';

const fold = (text: string) => normalizeArabic(text).normalized;

export function generateGazetteer(
  reviewed: ReviewedGazetteer,
  reviewedFile: string,
  cldrName: (iso3: string) => string | undefined = cldrArabicName,
): Gazetteer {
  const problems = new ProblemList(reviewedFile);
  const countries: Gazetteer['countries'] = {};
  for (const [code, entry] of Object.entries(reviewed.countries)) {
    const cldr = cldrName(code);
    if (cldr === undefined) {
      problems.add(`countries/${code}`, '', 'CLDR has no Arabic name for this code');
      continue;
    }
    const listed = new Set(entry.names.map(fold));
    const names = entry.cldrNotCounted || listed.has(fold(cldr)) ? [...entry.names] : [...entry.names, cldr];
    const generated: CountryEntry = {
      names,
      adjectives: entry.adjectives ?? nisbaByRule(cldr),
      capitals: entry.capitals,
      formerCapitals: entry.formerCapitals,
      cities: entry.cities,
      origin: {
        cldr,
        ...(entry.cldrNotCounted ? { cldrNotCounted: entry.cldrNotCounted } : {}),
        adjectives: entry.adjectives ? 'reviewed' : 'rule',
      },
    };
    countries[code] = generated;
  }
  problems.throwIfAny();
  const gazetteer: Gazetteer = {
    generated: GENERATED_NOTE,
    notes: reviewed.notes,
    organisations: reviewed.organisations,
    notPlaces: reviewed.notPlaces,
    countries,
  };
  // The matcher's own checks (no name for two owners, no notPlace that hides nothing) run before anything is written.
  return parseGazetteer(structuredClone(gazetteer), 'data/gazetteer.json (as generated)');
}

/** The file as committed: two-space JSON, one name list per line kept readable by prettier. */
export function gazetteerJson(gazetteer: Gazetteer): string {
  return JSON.stringify(gazetteer, null, 2) + '\n';
}
