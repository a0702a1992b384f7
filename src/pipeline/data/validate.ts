/**
 * Checks the data files as a whole: each record against its schema, then the rules that span records and files
 * (periods that end before they start or overlap, duplicates, unknown source ids, statuses an organisation never
 * had, overlapping chairs, snapshot ids). Every problem is collected, so one run shows all that needs fixing.
 */
import * as v from 'valibot';
import {
  SNAPSHOT_IDS,
  type AtlasData,
  type Chair,
  type Organisation,
  type Snapshot,
  type Source,
  type Status,
  type Summit,
} from '../../core/model/types.ts';
import { DataError, formatPath, issueMessage, type DataProblem } from '../../core/model/DataError.ts';
import { checkChairTerms } from './checkChairTerms.ts';
import { checkSourceUrls } from './checkSources.ts';
import { DATA_FILES, DATA_KEYS, type DataKey } from './schema.ts';

type Report = (record: string, field: string, message: string) => void;

/**
 * Validates the six data files, given as file name → parsed JSON (names like `data/memberships.json`; a name
 * matches when it ends with the file's own name). Throws one DataError listing every problem.
 */
export function validateAtlasData(files: Record<string, unknown>): AtlasData {
  const problems: DataProblem[] = [];
  const fileNames = {} as Record<DataKey, string>;
  const parsed = {} as AtlasData;
  const rawIds = {} as Record<DataKey, unknown[]>;

  for (const key of DATA_KEYS) {
    const { file: name, record: schema } = DATA_FILES[key];
    const fileName = Object.keys(files).find((f) => f === name || f.endsWith(`/${name}`)) ?? `data/${name}`;
    fileNames[key] = fileName;
    const report: Report = (record, field, message) =>
      problems.push({ file: fileName, record, field, message });
    const records = recordsOf(key, files[fileName], fileName in files, report);
    rawIds[key] = records;
    const valid: unknown[] = [];
    records.forEach((raw, index) => {
      const result = v.safeParse(schema, raw);
      if (result.success) valid.push(result.output);
      else
        for (const issue of result.issues)
          report(
            recordName(key, raw, index),
            formatPath((issue.path ?? []).map((item) => item.key as string | number)),
            issueMessage(issue),
          );
    });
    (parsed as unknown as Record<DataKey, unknown[]>)[key] = valid;
  }

  const reporter =
    (key: DataKey): Report =>
    (record, field, message) =>
      problems.push({ file: fileNames[key], record, field, message });
  // Ids of sources that are present but broken still count as known, so a typo in one source is one problem.
  const sourceIds = new Set(
    rawIds.sources.map((raw) => (isRecord(raw) ? raw.id : undefined)).filter((id) => typeof id === 'string'),
  );
  const checkSources = (report: Report, record: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id))
        report(record, `${field}[${i}]`, `unknown source "${id}" (not in sources.json)`);
    });

  checkOrganisations(parsed.organisations, reporter('organisations'));
  checkSourceList(parsed.sources, reporter('sources'));
  checkSourceUrls(parsed.sources, reporter('sources'));
  checkMemberships(parsed, reporter('memberships'), checkSources);
  checkChairs(parsed.chairs, reporter('chairs'), checkSources);
  checkSummits(parsed.summits, reporter('summits'), checkSources);
  checkChairTerms(parsed.chairs, parsed.summits, reporter('chairs'));
  checkSnapshots(parsed.snapshots, reporter('snapshots'));

  if (problems.length > 0) throw new DataError(problems);
  return parsed;
}

function recordsOf(key: DataKey, value: unknown, present: boolean, report: Report): unknown[] {
  if (!present) {
    report('', '', 'file is missing');
    return [];
  }
  if (!isRecord(value)) {
    report('', '', `must be an object {"${key}": [...]}`);
    return [];
  }
  for (const field of Object.keys(value))
    if (field !== key) report('', field, `unknown field (only "${key}" belongs here)`);
  const records = value[key];
  if (!Array.isArray(records)) {
    report('', key, records === undefined ? 'missing' : 'must be a list');
    return [];
  }
  return records;
}

function checkOrganisations(organisations: Organisation[], report: Report) {
  const seen = new Set<string>();
  for (const org of organisations) {
    if (seen.has(org.id)) report(`organisation ${org.id}`, 'id', `duplicate organisation "${org.id}"`);
    seen.add(org.id);
    org.statuses.forEach((status, i) => {
      if (org.statuses.indexOf(status) !== i)
        report(`organisation ${org.id}`, `statuses[${i}]`, `"${status}" twice`);
    });
  }
}

function checkSourceList(sources: Source[], report: Report) {
  const seen = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = seen.get(source.id);
    if (first !== undefined)
      report(`source ${source.id}`, 'id', `duplicate source id (also sources[${first}])`);
    else seen.set(source.id, index);
  });
}

function checkMemberships(
  { memberships, organisations }: AtlasData,
  report: Report,
  checkSources: (report: Report, record: string, field: string, ids: string[]) => void,
) {
  const allowed = new Map(organisations.map((org) => [org.id, new Set<Status>(org.statuses)]));
  const seen = new Map<string, number>();
  memberships.forEach((membership, index) => {
    const name = `${membership.org}/${membership.country}`;
    const first = seen.get(name);
    if (first !== undefined) report(name, 'country', `duplicate record (also memberships[${first}])`);
    else seen.set(name, index);

    const statuses = allowed.get(membership.org);
    if (!statuses) report(name, 'org', `organisation "${membership.org}" is not in organisations.json`);
    const periods = membership.history;
    periods.forEach((period, i) => {
      if (statuses && !statuses.has(period.status))
        report(name, `history[${i}].status`, `"${period.status}" is not a status ${membership.org} has`);
      checkSpan(report, name, `history[${i}].`, period);
      checkSources(report, name, `history[${i}].sources`, period.sources);
    });
    for (const [earlier, later] of overlaps(periods)) {
      report(
        name,
        `history[${later.index}].from`,
        `${later.item.from} overlaps history[${earlier.index}] (${earlier.item.status} ${span(earlier.item)})`,
      );
    }
  });
}

function checkChairs(
  chairs: Chair[],
  report: Report,
  checkSources: (report: Report, record: string, field: string, ids: string[]) => void,
) {
  const seen = new Set<string>();
  for (const chair of chairs) {
    const name = `${chair.org} chair ${chair.country} ${chair.from}`;
    if (seen.has(name)) report(name, 'from', 'duplicate chair');
    seen.add(name);
    checkSpan(report, name, '', chair);
    checkSources(report, name, 'sources', chair.sources);
  }
  for (const org of new Set(chairs.map((chair) => chair.org))) {
    for (const [earlier, later] of overlaps(chairs.filter((chair) => chair.org === org))) {
      if (earlier.item.from === later.item.from && earlier.item.country === later.item.country) continue;
      report(
        `${org} chair ${later.item.country} ${later.item.from}`,
        'from',
        `${later.item.from} overlaps the chair of ${earlier.item.country} (${span(earlier.item)})`,
      );
    }
  }
}

function checkSummits(
  summits: Summit[],
  report: Report,
  checkSources: (report: Report, record: string, field: string, ids: string[]) => void,
) {
  const seen = new Set<string>();
  for (const summit of summits) {
    const name = `${summit.org} summit ${summit.date}`;
    if (seen.has(name)) report(name, 'date', 'duplicate summit');
    seen.add(name);
    checkSources(report, name, 'sources', summit.sources);
  }
}

function checkSnapshots(snapshots: Snapshot[], report: Report) {
  for (const id of SNAPSHOT_IDS) {
    const count = snapshots.filter((snapshot) => snapshot.id === id).length;
    if (count === 0) report(`snapshot ${id}`, 'id', `missing: a "${id}" snapshot is required`);
    if (count > 1) report(`snapshot ${id}`, 'id', `duplicate snapshot id "${id}"`);
  }
}

interface Span {
  from: string;
  until?: string;
  untilPrecision?: string;
}

function checkSpan(report: Report, record: string, prefix: string, { from, until, untilPrecision }: Span) {
  if (until !== undefined && until < from)
    report(record, `${prefix}until`, `"${until}" ends before it starts (${from})`);
  if (until !== undefined && until === from)
    report(record, `${prefix}until`, `"${until}" ends the day it starts, so it never applies`);
  if (until === undefined && untilPrecision !== undefined)
    report(record, `${prefix}untilPrecision`, 'given without "until"');
}

/** Pairs of spans where the later one (by start) begins before the earlier one has ended. */
function overlaps<T extends Span>(items: T[]): [{ index: number; item: T }, { index: number; item: T }][] {
  const sorted = items
    .map((item, index) => ({ index, item }))
    .sort((a, b) => (a.item.from < b.item.from ? -1 : a.item.from > b.item.from ? 1 : a.index - b.index));
  const pairs: [{ index: number; item: T }, { index: number; item: T }][] = [];
  let latest = sorted[0];
  for (const current of sorted.slice(1)) {
    if (!latest) break;
    if (latest.item.until === undefined || latest.item.until > current.item.from)
      pairs.push([latest, current]);
    if (
      latest.item.until !== undefined &&
      (current.item.until === undefined || current.item.until > latest.item.until)
    )
      latest = current;
  }
  return pairs;
}

function span({ from, until }: Span) {
  return until === undefined ? `from ${from}, open-ended` : `${from} – ${until}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a record is named in messages: `SCO/IND`, `source S13`, `SCO chair KAZ 2023-07-04`. */
export function recordName(key: DataKey, raw: unknown, index: number): string {
  const r = isRecord(raw) ? raw : {};
  const str = (field: string) => (typeof r[field] === 'string' ? (r[field] as string) : undefined);
  const fallback = `${key}[${index}]`;
  switch (key) {
    case 'memberships':
      return str('org') && str('country') ? `${str('org')}/${str('country')}` : fallback;
    case 'chairs':
      return str('org') && str('country')
        ? `${str('org')} chair ${str('country')} ${str('from') ?? ''}`.trim()
        : fallback;
    case 'sources':
      return str('id') ? `source ${str('id')}` : fallback;
    case 'snapshots':
      return str('id') ? `snapshot ${str('id')}` : fallback;
    case 'organisations':
      return str('id') ? `organisation ${str('id')}` : fallback;
    case 'summits':
      return str('org') && str('date') ? `${str('org')} summit ${str('date')}` : fallback;
  }
}
