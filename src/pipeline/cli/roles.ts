/**
 * Prints who holds which role in the SCO and CICA on a date, from the data files through the same model the app uses.
 *
 *   npm run --silent roles -- [--as-of YYYY-MM-DD] [--json] [--data DIR]
 *
 * Exit codes: 0 done, 1 the data is invalid (every problem is listed), 2 the command line is wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataDir } from '../data/loadDataDir.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';
import type { CountryNameTable } from '../../core/i18n/countryNameTable.ts';
import { reportFailure, UsageError } from './failure.ts';
import { isIsoDate, todayIso } from '../../core/model/dates.ts';
import { createRoleIndex, type RoleIndex } from '../../core/model/roles.ts';
import { ORG_IDS, STATUSES, type IsoDate, type Iso3 } from '../../core/model/types.ts';

const USAGE = 'usage: roles [--as-of YYYY-MM-DD] [--json] [--data DIR]';
const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../../data');
const NAMES_WIDTH = 100;

function main(argv: string[]): number {
  try {
    const options = parseOptions(argv);
    const index = createRoleIndex(loadDataDir(options.dataDir));
    process.stdout.write(
      options.json
        ? JSON.stringify(index.rolesByOrg(options.asOf)) + '\n'
        : table(index, options.asOf, loadCountryNameTable(options.dataDir)),
    );
    return 0;
  } catch (error) {
    return reportFailure('roles', error);
  }
}

function parseOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, data: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^']*)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted} (${USAGE})`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument "${quoted}" (${USAGE})`);
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (${USAGE})`);
  }
  const asOf = values['as-of'] ?? todayIso();
  if (!isIsoDate(asOf))
    throw new UsageError(`--as-of "${asOf}" is not a real date written YYYY-MM-DD, e.g. 2024-02-01`);
  return { asOf, json: values.json ?? false, dataDir: resolve(values.data ?? DEFAULT_DATA_DIR) };
}

function table(index: RoleIndex, date: IsoDate, names: CountryNameTable): string {
  const countryName = (code: Iso3) => names.en[code] ?? code;
  const header = ['Org', 'Status', 'Count', 'Countries'];
  const rows: string[][] = [];
  const byOrg = index.rolesByOrg(date);
  for (const org of ORG_IDS) {
    for (const status of STATUSES) {
      const codes = byOrg[org][status];
      if (!codes) continue;
      const names = codes.map(countryName).sort((a, b) => a.localeCompare(b, 'en'));
      rows.push([org, status.replace('_', ' '), String(codes.length), names.join(', ')]);
    }
  }
  const widths = header
    .slice(0, 3)
    .map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const indent = widths.reduce((sum, width) => sum + width + 2, 0);
  const line = (cells: string[]) =>
    [
      cells[0]!.padEnd(widths[0]!),
      cells[1]!.padEnd(widths[1]!),
      cells[2]!.padStart(widths[2]!),
      wrap(cells[3]!, NAMES_WIDTH - indent).join('\n' + ' '.repeat(indent)),
    ].join('  ');
  const chairs = ORG_IDS.map((org) => {
    const chair = index.chairOn(org, date);
    return `${org} ${chair ? countryName(chair.country) : '—'}`;
  });
  const body = rows.length > 0 ? rows.map(line) : ['(no roles on this date)'];
  return [`Roles on ${date}`, '', line(header), ...body, '', `Chairs: ${chairs.join(' · ')}`, ''].join('\n');
}

/** Splits a comma-separated list into lines no wider than `width`, breaking only after commas. */
function wrap(list: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of list.split(', ')) {
    const next = current ? `${current}, ${item}` : item;
    if (current && next.length > width) {
      lines.push(current + ',');
      current = item;
    } else current = next;
  }
  return [...lines, current];
}

process.exitCode = main(process.argv.slice(2));
