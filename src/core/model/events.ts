/**
 * The data as a dated list of changes, for timelines: who joined, changed status or left, when the chair passed on,
 * and the summits. Changes of the same kind on the same day are one event (the 2025 reform made 16 states
 * partners at once), so a timeline reads "16 states became SCO partners", not sixteen lines.
 */
import {
  ORG_IDS,
  type AtlasData,
  type DatePrecision,
  type IsoDate,
  type Iso3,
  type LocalisedText,
  type OrgId,
  type Status,
} from './types.ts';

export const EVENT_KINDS = [
  'summit',
  'joined',
  'status_changed',
  'left',
  'chair_handover',
  'chair_renewed',
] as const;
export type AtlasEventKind = (typeof EVENT_KINDS)[number];

export interface AtlasEvent {
  date: IsoDate;
  /** How exactly the date is known. */
  precision: DatePrecision;
  org: OrgId;
  kind: AtlasEventKind;
  /**
   * The countries concerned, sorted: those that joined, changed or left; the new chair (or the chair whose term was
   * renewed: `chair_renewed` is a country following itself); the host of a summit.
   */
  countries: Iso3[];
  /** The status taken (joined, status_changed) or given up (left). */
  status?: Status;
  /** The status held before a change. */
  previousStatus?: Status;
  /** The chair before a handover; absent for the first chair. */
  previousChair?: Iso3;
  /** Where a summit took place. */
  place?: LocalisedText;
  /** The chair's or the summit's note (membership notes stay with their periods, see `historyOf`). */
  note?: string;
  /** Source ids behind the event, sorted. */
  sources: string[];
}

type EventData = Pick<AtlasData, 'memberships' | 'chairs'> & Partial<Pick<AtlasData, 'summits'>>;

/** Every change in the data as a dated event, oldest first. */
export function membershipEvents(data: EventData): AtlasEvent[] {
  const grouped = new Map<string, AtlasEvent>();
  const addMembershipEvent = (
    event: Omit<AtlasEvent, 'countries' | 'sources'>,
    country: Iso3,
    sources: string[],
  ) => {
    const groupKey = [
      event.date,
      event.precision,
      event.org,
      event.kind,
      event.previousStatus,
      event.status,
    ].join('|');
    const group = grouped.get(groupKey) ?? { ...event, countries: [], sources: [] };
    group.countries.push(country);
    group.sources.push(...sources);
    grouped.set(groupKey, group);
  };

  for (const { org, country, history } of data.memberships) {
    const periods = [...history].sort(byFrom);
    periods.forEach((period, i) => {
      const previous = periods[i - 1];
      const next = periods[i + 1];
      const continues = previous?.until === period.from;
      addMembershipEvent(
        {
          date: period.from,
          precision: period.fromPrecision ?? 'day',
          org,
          kind: continues ? 'status_changed' : 'joined',
          status: period.status,
          ...(continues && previous ? { previousStatus: previous.status } : {}),
        },
        country,
        period.sources,
      );
      if (period.until !== undefined && next?.from !== period.until) {
        addMembershipEvent(
          {
            date: period.until,
            precision: period.untilPrecision ?? 'day',
            org,
            kind: 'left',
            status: period.status,
          },
          country,
          period.sources,
        );
      }
    });
  }

  const events = [...grouped.values()].map((event) => ({
    ...event,
    countries: [...new Set(event.countries)].sort(),
    sources: sortSourceIds(event.sources),
  }));

  for (const org of ORG_IDS) {
    const chairs = data.chairs.filter((chair) => chair.org === org).sort(byFrom);
    chairs.forEach((chair, i) => {
      const previous = chairs[i - 1];
      const follows = previous?.until === chair.from ? previous : undefined;
      const renewed = follows?.country === chair.country;
      events.push({
        date: chair.from,
        precision: chair.fromPrecision ?? 'day',
        org,
        kind: renewed ? 'chair_renewed' : 'chair_handover',
        countries: [chair.country],
        ...(follows && !renewed ? { previousChair: follows.country } : {}),
        ...(chair.note ? { note: chair.note } : {}),
        sources: sortSourceIds(chair.sources),
      });
    });
  }

  for (const summit of data.summits ?? []) {
    events.push({
      date: summit.date,
      precision: summit.datePrecision ?? 'day',
      org: summit.org,
      kind: 'summit',
      countries: [summit.country],
      place: summit.place,
      ...(summit.note ? { note: summit.note } : {}),
      sources: sortSourceIds(summit.sources),
    });
  }

  return events.sort(
    (a, b) =>
      compare(sortDate(a), sortDate(b)) ||
      ORG_IDS.indexOf(a.org) - ORG_IDS.indexOf(b.org) ||
      EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind) ||
      compare(a.status ?? '', b.status ?? '') ||
      compare(a.countries[0] ?? '', b.countries[0] ?? ''),
  );
}

/** S2 before S10, and the SCO's S… before CICA's C… as the data lists them. */
function sortSourceIds(ids: string[]): string[] {
  const parse = (id: string) => /^([A-Z]+)(\d+)$/.exec(id);
  return [...new Set(ids)].sort((a, b) => {
    const [pa, pb] = [parse(a), parse(b)];
    if (!pa || !pb || pa[1] !== pb[1]) return compare(b, a);
    return Number(pa[2]) - Number(pb[2]);
  });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where an event sorts: a date known only to the month or the year comes after every dated event of that month or
 * year (`2010-04-99`, `2009-99-99`), not on its placeholder day among them.
 */
function sortDate({ date, precision }: Pick<AtlasEvent, 'date' | 'precision'>): string {
  if (precision === 'month') return `${date.slice(0, 7)}-99`;
  if (precision === 'year') return `${date.slice(0, 4)}-99-99`;
  return date;
}
const byFrom = (a: { from: IsoDate }, b: { from: IsoDate }) => compare(a.from, b.from);
