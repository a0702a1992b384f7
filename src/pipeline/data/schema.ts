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
  STATUSES,
  type AtlasData,
  type Chair,
  type DatePrecision,
  type Iso3,
  type IsoDate,
  type LocalisedText,
  type Membership,
  type Organisation,
  type OrgId,
  type Snapshot,
  type Source,
  type StatusPeriod,
} from '../../core/model/types.ts';

/** A summit of one organisation, shown on the timeline. */
export interface Summit {
  org: OrgId;
  date: IsoDate;
  datePrecision?: DatePrecision;
  place: LocalisedText;
  /** The host country. */
  country: Iso3;
  note?: string;
  sources: string[];
}

/** A status period as the data file may write it: a few periods end on a date known only to the year. */
export interface StatusPeriodRecord extends StatusPeriod {
  untilPrecision?: DatePrecision;
}

/** A source as the data file may write it: some pages are undated, a few are served over plain http only. */
export interface SourceRecord extends Source {
  datePrecision?: DatePrecision;
  note?: string;
  /** The page exists only at an `http://` address (checkSources.ts accepts that only when this says so). */
  httpOnly?: true;
}

/**
 * A chair's term as the data file writes it. Terms start and end at summits of the organisation; where one does not
 * (a hand-over at a ministerial meeting), `notAtSummit` says what happened instead (checkChairTerms.ts).
 */
export interface ChairRecord extends Chair {
  notAtSummit?: { from?: string; until?: string };
}

/** Everything in `data/`, validated. */
export interface ValidatedData extends AtlasData {
  summits: Summit[];
}

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
    ['article', 'latest'],
    (issue) => `${quote(issue.input)} is not a snapshot id (article, latest)`,
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
  Assert<Produces<typeof StatusPeriodSchema, StatusPeriodRecord>>,
  Assert<Produces<typeof ChairSchema, ChairRecord>>,
  Assert<Produces<typeof SourceSchema, SourceRecord>>,
  Assert<Produces<typeof SnapshotSchema, Snapshot>>,
  Assert<Produces<typeof SummitSchema, Summit>>,
];
