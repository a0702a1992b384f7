/**
 * Reads data/countryNames.json (the editors' overrides) and builds the one country-name table from
 * i18n-iso-countries' English and Arabic data. Node only; a bad override names the file, the record and the field.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  buildCountryNameTable,
  type CountryCodes,
  type CountryLocale,
  type CountryNameOverride,
  type CountryNameTable,
} from '../../core/i18n/countryNameTable.ts';
import { DataError, type DataProblem } from '../../core/model/DataError.ts';
import { InputError, MAX_DATA_BYTES, readTextFile } from '../readInput.ts';
import { displayName } from '../displayName.ts';
import { isIso3 } from './schema.ts';

export const COUNTRY_NAMES_FILE = 'countryNames.json';

const require = createRequire(import.meta.url);
const codes = require('i18n-iso-countries/codes.json') as CountryCodes;
const locales = {
  en: require('i18n-iso-countries/langs/en.json') as CountryLocale,
  ar: require('i18n-iso-countries/langs/ar.json') as CountryLocale,
};

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'));
const OverrideSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.check(
        (id: string) => isIso3(id) || /^X-[A-Z]{3}$/.test(id),
        'is neither an ISO 3166-1 alpha-3 code nor a geometry id like "X-KOS"',
      ),
    ),
    en: v.optional(text),
    ar: v.optional(
      v.pipe(
        text,
        v.check((name: string) => /\p{Script=Arabic}/u.test(name), 'is not written in Arabic'),
      ),
    ),
    reason: text,
  }),
  v.check((o) => o.en !== undefined || o.ar !== undefined, 'needs "en" or "ar"'),
);
const FileSchema = v.strictObject({ note: text, overrides: v.array(v.unknown()) });

export function readCountryNameOverrides(dataDir: string): CountryNameOverride[] {
  const path = join(dataDir, COUNTRY_NAMES_FILE);
  const file = displayName(path);
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(path, { maxBytes: MAX_DATA_BYTES }));
  } catch (error) {
    const message = error instanceof InputError ? error.problem : String((error as Error).message);
    throw new DataError([{ file, record: '', field: '', message }]);
  }
  const parsed = v.safeParse(FileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = (issue.path ?? []).map((item) => String(item.key)).join('.');
    throw new DataError([{ file, record: '', field, message: issue.message }]);
  }
  const problems: DataProblem[] = [];
  const overrides: CountryNameOverride[] = [];
  const seen = new Set<string>();
  parsed.output.overrides.forEach((raw, index) => {
    const result = v.safeParse(OverrideSchema, raw);
    const id =
      typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `overrides[${index}]`;
    if (!result.success) {
      for (const issue of result.issues)
        problems.push({
          file,
          record: `override ${id}`,
          field: (issue.path ?? []).map((item) => String(item.key)).join('.'),
          message: issue.message,
        });
      return;
    }
    if (seen.has(result.output.id))
      problems.push({ file, record: `override ${id}`, field: 'id', message: 'listed twice' });
    seen.add(result.output.id);
    overrides.push(result.output);
  });
  if (problems.length > 0) throw new DataError(problems);
  return overrides;
}

/** The names the app, the exports and the command line all use. */
export function loadCountryNameTable(dataDir: string): CountryNameTable {
  return buildCountryNameTable(codes, locales, readCountryNameOverrides(dataDir));
}
