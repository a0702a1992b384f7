/**
 * The shape of each file in `data/`: strict objects (an unknown field is an error), real `YYYY-MM-DD` dates,
 * known statuses and ISO 3166-1 alpha-3 codes. Rules that need more than one record (overlaps, duplicates,
 * source ids, statuses an organisation allows) live in validate.ts.
 */
import countries from 'i18n-iso-countries';
import * as v from 'valibot';
import { isIsoDate } from '../../core/model/dates.ts';
import {
  ORG_IDS,
  SNAPSHOT_IDS,
  STATUSES,
  type Chair,
  type Iso3,
  type Membership,
  type Organisation,
  type Snapshot,
  type Source,
  type StatusPeriod,
  type Summit,
} from '../../core/model/types.ts';

const quote = (input: unknown) => JSON.stringify(input) ?? String(input);

export function isIso3(value: unknown): value is Iso3 {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && countries.isValid(value);
}

const text = v.pipe(
  v.string(),
  v.check((value: string) => value.trim().length > 0, 'must not be empty or blank'),
);
const arabicText = v.pipe(
  text,
  v.check(
    (value: string) => /\p{Script=Arabic}/u.test(value),
    (issue) => `${quote(issue.input)} is not written in Arabic`,
  ),
);
const isoDate = v.pipe(
  v.string(),
  v.check(
    (value: string) => isIsoDate(value),
    (issue) => `${quote(issue.input)} is not a real date written YYYY-MM-DD`,
  ),
);
const iso3 = v.pipe(
  v.string(),
  v.check(
    (value: string) => isIso3(value),
    (issue) => `${quote(issue.input)} is not an ISO 3166-1 alpha-3 country code`,
  ),
);
const orgId = v.picklist(
  ORG_IDS,
  (issue) => `${quote(issue.input)} is not an organisation (${ORG_IDS.join(', ')})`,
);
const status = v.picklist(
  STATUSES,
  (issue) => `${quote(issue.input)} is not a status (${STATUSES.join(', ')})`,
);
const precision = v.picklist(
  ['day', 'month', 'year'],
  (issue) => `${quote(issue.input)} is not a date precision (day, month, year)`,
);
const localisedText = v.strictObject({ en: text, ar: arabicText });
const sourceId = v.pipe(
  v.string(),
  v.regex(/^[A-Z]+\d+$/, (issue) => `${quote(issue.input)} is not a source id like "S13" or "C2"`),
);
const sourceIds = v.array(sourceId);
const atLeastOneSource = v.pipe(sourceIds, v.minLength(1, 'needs at least one source'));
const webUrl = v.pipe(
  v.string(),
  v.check(
    (url) => URL.canParse(url) && (url.startsWith('https://') || url.startsWith('http://')),
    (issue) => `${quote(issue.input)} is not the address of a web page`,
  ),
);

export const OrganisationSchema = v.strictObject({
  id: orgId,
  name: localisedText,
  short: localisedText,
  founded: isoDate,
  foundedNote: v.optional(text),
  statuses: v.pipe(v.array(status), v.minLength(1, 'needs at least one status')),
});

export const StatusPeriodSchema = v.strictObject({
  status,
  from: isoDate,
  fromPrecision: v.optional(precision),
  until: v.optional(isoDate),
  untilPrecision: v.optional(precision),
  note: v.optional(text),
  sources: atLeastOneSource,
});

export const MembershipSchema = v.strictObject({
  org: orgId,
  country: iso3,
  history: v.pipe(v.array(StatusPeriodSchema), v.minLength(1, 'needs at least one status period')),
});

export const ChairSchema = v.strictObject({
  org: orgId,
  country: iso3,
  from: isoDate,
  fromPrecision: v.optional(precision),
  until: v.optional(isoDate),
  untilPrecision: v.optional(precision),
  note: v.optional(text),
  notAtSummit: v.optional(
    v.pipe(
      v.strictObject({ from: v.optional(text), until: v.optional(text) }),
      v.check((value) => value.from !== undefined || value.until !== undefined, 'needs "from" or "until"'),
    ),
  ),
  sources: atLeastOneSource,
});

export const SourceSchema = v.strictObject({
  id: sourceId,
  url: webUrl,
  title: text,
  date: isoDate,
  datePrecision: v.optional(precision),
  note: v.optional(text),
  httpOnly: v.optional(v.literal(true, 'must be true when given')),
});

export const SnapshotSchema = v.strictObject({
  id: v.picklist(
    SNAPSHOT_IDS,
    (issue) => `${quote(issue.input)} is not a snapshot id (${SNAPSHOT_IDS.join(', ')})`,
  ),
  date: isoDate,
  label: localisedText,
});

export const SummitSchema = v.strictObject({
  org: orgId,
  date: isoDate,
  datePrecision: v.optional(precision),
  place: localisedText,
  country: iso3,
  note: v.optional(text),
  sources: atLeastOneSource,
});

/** Each data file: its name, the one key it holds and the schema of one record under that key. */
export const DATA_FILES = {
  organisations: { file: 'organisations.json', record: OrganisationSchema },
  memberships: { file: 'memberships.json', record: MembershipSchema },
  chairs: { file: 'chairs.json', record: ChairSchema },
  sources: { file: 'sources.json', record: SourceSchema },
  snapshots: { file: 'snapshots.json', record: SnapshotSchema },
  summits: { file: 'summits.json', record: SummitSchema },
} as const;

export type DataKey = keyof typeof DATA_FILES;
export const DATA_KEYS = Object.keys(DATA_FILES) as DataKey[];

/** The schema of a whole file: `{"<key>": [record, …]}` and nothing else. */
export function fileSchema(key: DataKey) {
  return v.strictObject({ [key]: v.array(DATA_FILES[key].record) });
}

// The schemas must produce exactly the shared model types.
type Assert<T extends true> = T;
type Produces<S extends v.GenericSchema, T> = v.InferOutput<S> extends T ? true : false;
export type _SchemasMatchModel = [
  Assert<Produces<typeof OrganisationSchema, Organisation>>,
  Assert<Produces<typeof MembershipSchema, Membership>>,
  Assert<Produces<typeof StatusPeriodSchema, StatusPeriod>>,
  Assert<Produces<typeof ChairSchema, Chair>>,
  Assert<Produces<typeof SourceSchema, Source>>,
  Assert<Produces<typeof SnapshotSchema, Snapshot>>,
  Assert<Produces<typeof SummitSchema, Summit>>,
];
