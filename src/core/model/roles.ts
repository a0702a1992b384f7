/**
 * Who holds which role on a date. The index is built once from the data: every date on which any status begins
 * or ends splits time into intervals, and each interval's roles, lists and counts are computed up front, so a
 * lookup on hover or on a date change is one binary search. Returned arrays and objects are shared and frozen:
 * copy them before sorting or changing them.
 */
import {
  ORG_IDS,
  STATUSES,
  type AtlasData,
  type Chair,
  type IsoDate,
  type Iso3,
  type OrgId,
  type Role,
  type Status,
  type StatusPeriod,
} from './types.ts';

export type RolesByStatus = Partial<Record<Status, Iso3[]>>;
export type RolesByOrg = Record<OrgId, RolesByStatus>;
export type StatusCounts = Partial<Record<Status, number>>;

export interface RoleIndex {
  /** The country's role in the organisation on the date, if it has one. */
  roleOf(country: Iso3, org: OrgId, date: IsoDate): Role | undefined;
  /** Every role held on the date, by organisation then country code. */
  rolesOn(date: IsoDate): Role[];
  /** Country codes (sorted) by organisation and status on the date; statuses nobody holds are left out. */
  rolesByOrg(date: IsoDate): RolesByOrg;
  /** How many countries hold each status in the organisation on the date; zero counts are left out. */
  countsOn(org: OrgId, date: IsoDate): StatusCounts;
  /** The country's status periods in the organisation, oldest first; empty when it never had one. */
  historyOf(country: Iso3, org: OrgId): StatusPeriod[];
  /** The organisation's chair on the date. */
  chairOn(org: OrgId, date: IsoDate): Chair | undefined;
  /** Every chairmanship the country has held, in either organisation, oldest first. */
  chairsOf(country: Iso3): Chair[];
  /** Every country that has held any role or chair, sorted. */
  countries(): Iso3[];
  /** The earliest and the latest date anywhere in the data (the span a timeline should cover). */
  dateRange(): { first: IsoDate; last: IsoDate };
}

interface Interval {
  roles: Role[];
  roleByKey: Map<string, Role>;
  byOrg: RolesByOrg;
  counts: Record<OrgId, StatusCounts>;
}

const NO_HISTORY: StatusPeriod[] = Object.freeze([]) as unknown as StatusPeriod[];
const NO_CHAIRS: Chair[] = Object.freeze([]) as unknown as Chair[];

export function createRoleIndex(
  data: Pick<AtlasData, 'memberships' | 'chairs'> & Partial<AtlasData>,
): RoleIndex {
  const historyByKey = new Map<string, StatusPeriod[]>();
  const entries: { org: OrgId; country: Iso3; periods: StatusPeriod[] }[] = [];
  for (const membership of [...data.memberships].sort(byOrgThenCountry)) {
    const periods = Object.freeze([...membership.history].sort(byFrom)) as StatusPeriod[];
    historyByKey.set(key(membership.country, membership.org), periods);
    entries.push({ org: membership.org, country: membership.country, periods });
  }

  // Interval i covers [starts[i], starts[i + 1]); before starts[0] nobody holds a role.
  const starts = [
    ...new Set(entries.flatMap((e) => e.periods.flatMap((p) => (p.until ? [p.from, p.until] : [p.from])))),
  ];
  starts.sort();
  const intervals = starts.map((start) => buildInterval(entries, start));
  const empty = buildInterval([], '');
  const intervalOn = (date: IsoDate) => intervals[lastAtOrBefore(starts, date)] ?? empty;

  const chairsByOrg = new Map<OrgId, Chair[]>(
    ORG_IDS.map((org) => [org, data.chairs.filter((chair) => chair.org === org).sort(byFrom)]),
  );
  const chairStarts = new Map(
    [...chairsByOrg].map(([org, chairs]) => [org, chairs.map((chair) => chair.from)]),
  );
  const chairsByCountry = new Map<Iso3, Chair[]>();
  for (const chair of [...data.chairs].sort(byFrom)) {
    const list = chairsByCountry.get(chair.country) ?? [];
    list.push(chair);
    chairsByCountry.set(chair.country, list);
  }
  for (const list of chairsByCountry.values()) Object.freeze(list);

  const allCountries = Object.freeze(
    [...new Set([...entries.map((e) => e.country), ...data.chairs.map((c) => c.country)])].sort(),
  ) as Iso3[];
  const range = Object.freeze(dateRangeOf(data));

  return {
    roleOf: (country, org, date) => intervalOn(date).roleByKey.get(key(country, org)),
    rolesOn: (date) => intervalOn(date).roles,
    rolesByOrg: (date) => intervalOn(date).byOrg,
    countsOn: (org, date) => intervalOn(date).counts[org],
    historyOf: (country, org) => historyByKey.get(key(country, org)) ?? NO_HISTORY,
    chairOn(org, date) {
      const chairs = chairsByOrg.get(org) ?? [];
      const chair = chairs[lastAtOrBefore(chairStarts.get(org) ?? [], date)];
      return chair && covers(chair, date) ? chair : undefined;
    },
    chairsOf: (country) => chairsByCountry.get(country) ?? NO_CHAIRS,
    countries: () => allCountries,
    dateRange: () => range,
  };
}

function buildInterval(
  entries: { org: OrgId; country: Iso3; periods: StatusPeriod[] }[],
  date: IsoDate,
): Interval {
  const roles: Role[] = [];
  const roleByKey = new Map<string, Role>();
  const lists = Object.fromEntries(ORG_IDS.map((org) => [org, new Map<Status, Iso3[]>()])) as Record<
    OrgId,
    Map<Status, Iso3[]>
  >;
  for (const { org, country, periods } of entries) {
    const period = periods.find((p) => covers(p, date));
    if (!period) continue;
    const role: Role = Object.freeze({ org, country, status: period.status, period });
    roles.push(role);
    roleByKey.set(key(country, org), role);
    const list = lists[org].get(period.status) ?? [];
    list.push(country);
    lists[org].set(period.status, list);
  }
  const byOrg = {} as RolesByOrg;
  const counts = {} as Record<OrgId, StatusCounts>;
  for (const org of ORG_IDS) {
    const byStatus: RolesByStatus = {};
    const countByStatus: StatusCounts = {};
    // Keys in STATUSES order, so JSON output and legends list member, observer, dialogue partner, partner.
    for (const status of STATUSES) {
      const list = lists[org].get(status);
      if (!list) continue;
      byStatus[status] = Object.freeze(list.sort()) as Iso3[];
      countByStatus[status] = list.length;
    }
    byOrg[org] = Object.freeze(byStatus);
    counts[org] = Object.freeze(countByStatus);
  }
  return { roles: Object.freeze(roles) as Role[], roleByKey, byOrg: Object.freeze(byOrg), counts };
}

function dateRangeOf(data: Pick<AtlasData, 'memberships' | 'chairs'> & Partial<AtlasData>) {
  const dates: IsoDate[] = [
    ...(data.organisations ?? []).map((org) => org.founded),
    ...data.memberships.flatMap((m) => m.history.flatMap((p) => [p.from, ...(p.until ? [p.until] : [])])),
    ...data.chairs.flatMap((c) => [c.from, ...(c.until ? [c.until] : [])]),
    ...(data.snapshots ?? []).map((s) => s.date),
  ].sort();
  return { first: dates[0] ?? '', last: dates[dates.length - 1] ?? '' };
}

/** Index of the last entry of the sorted list that is <= date, or -1. */
function lastAtOrBefore(sorted: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as IsoDate) <= date) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

const covers = (span: { from: IsoDate; until?: IsoDate }, date: IsoDate) =>
  span.from <= date && (span.until === undefined || date < span.until);
const key = (country: Iso3, org: OrgId) => `${org}/${country}`;
const byFrom = (a: { from: IsoDate }, b: { from: IsoDate }) =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : 0;
const byOrgThenCountry = (a: { org: OrgId; country: Iso3 }, b: { org: OrgId; country: Iso3 }) =>
  ORG_IDS.indexOf(a.org) - ORG_IDS.indexOf(b.org) ||
  (a.country < b.country ? -1 : a.country > b.country ? 1 : 0);
