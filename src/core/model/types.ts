/** The plain-data shapes every layer of the atlas shares: data files → model → UI, CLI and exports. */

export const ORG_IDS = ['SCO', 'CICA'] as const;
export type OrgId = (typeof ORG_IDS)[number];

export const STATUSES = ['member', 'observer', 'dialogue_partner', 'partner'] as const;
export type Status = (typeof STATUSES)[number];

/** ISO 3166-1 alpha-3 code, upper case. */
export type Iso3 = string;

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** How exactly a date is known: a period that began "in 2009" is stored as its first source's day. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface LocalisedText {
  en: string;
  ar: string;
}

export interface Organisation {
  id: OrgId;
  name: LocalisedText;
  short: LocalisedText;
  founded: IsoDate;
  foundedNote?: string;
  /** Statuses this organisation has had, in the order its legend lists them. */
  statuses: Status[];
}

/** One spell of one status: it applies from `from` (inclusive) until `until` (exclusive) or open-ended. */
export interface StatusPeriod {
  status: Status;
  from: IsoDate;
  fromPrecision?: DatePrecision;
  until?: IsoDate;
  /** A few periods end on a date known only to the month or year. */
  untilPrecision?: DatePrecision;
  /** A recorded doubt or nuance, shown to readers as it is. */
  note?: string;
  sources: string[];
}

export interface Membership {
  org: OrgId;
  country: Iso3;
  history: StatusPeriod[];
}

export interface Chair {
  org: OrgId;
  country: Iso3;
  from: IsoDate;
  fromPrecision?: DatePrecision;
  until?: IsoDate;
  untilPrecision?: DatePrecision;
  /**
   * Terms start and end at summits of the organisation; where one does not (a hand-over at a ministerial meeting),
   * what happened instead.
   */
  notAtSummit?: { from?: string; until?: string };
  note?: string;
  sources: string[];
}

export interface Source {
  id: string;
  url: string;
  title: string;
  date: IsoDate;
  /** Some pages are dated only to the month or year. */
  datePrecision?: DatePrecision;
  note?: string;
  /** The page exists only at an `http://` address (the validator accepts that only when this says so). */
  httpOnly?: true;
}

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

/** The two dates the interface offers by name: the article's moment and the latest data. */
export const SNAPSHOT_IDS = ['article', 'latest'] as const;
export type SnapshotId = (typeof SNAPSHOT_IDS)[number];

export function isSnapshotId(value: unknown): value is SnapshotId {
  return SNAPSHOT_IDS.includes(value as SnapshotId);
}

export interface Snapshot {
  id: SnapshotId;
  date: IsoDate;
  label: LocalisedText;
}

/** Everything the app reads, validated, in one object. */
export interface AtlasData {
  organisations: Organisation[];
  memberships: Membership[];
  chairs: Chair[];
  sources: Source[];
  snapshots: Snapshot[];
  summits: Summit[];
}

/** A country's role in one organisation on one date. */
export interface Role {
  org: OrgId;
  country: Iso3;
  status: Status;
  period: StatusPeriod;
}

/** One name found in one line of a text; offsets are UTF-16 indices into that line. */
export interface MentionMatch {
  text: string;
  start: number;
  end: number;
}

export interface LineMentions {
  /** 1-based line number in the text. */
  line: number;
  matches: MentionMatch[];
  /** Set when the article's metadata says this line is not part of the article. */
  excluded?: true;
}

/** Country (ISO3) → the lines that name it, in line order. */
export type MentionIndex = Record<Iso3, LineMentions[]>;
