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
  note?: string;
  sources: string[];
}

export interface Source {
  id: string;
  url: string;
  title: string;
  date: IsoDate;
}

export interface Snapshot {
  id: 'article' | 'latest';
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
