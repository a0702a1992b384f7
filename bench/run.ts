/**
 * `npm run bench`: builds the atlas, serves it the way a host would (brotli/gzip, its CSP) beside a bare MapLibre
 * page drawing the same countries, measures both in turn in fresh headless Chromium, times matching a reader's own
 * article of 200 KB (as `npm run bench:own-article` does), reports medians (with min and max) and checks the
 * budgets.
 *
 *   --runs N        visits of each page (default 5)
 *   --json          print one JSON object on stdout (the table goes to stderr)
 *   --no-budgets    report only; do not fail on a missed budget
 *   --dist DIR      measure an existing build instead of building one
 *   --no-export     skip the export timings
 *   --network NAME  the connection pages load over: phone (default) or none (see network.ts)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readHeaderRules, startStaticServer } from '../tests/support/staticServer.ts';
import { buildBaseline } from './baseline/build.ts';
import { checkBudgets, type BudgetResult } from './budgets.ts';
import {
  measureApp,
  measureBaseline,
  pageGeometryBytes,
  type AppFigures,
  type LoadFigures,
} from './measure.ts';
import { networkProfile } from './network.ts';
import { column, summarise, type Summary } from './stats.ts';
import { meterTransfers } from './transferMeter.ts';
import { measureOwnArticle, type OwnArticleFigures } from './ownArticleMeasure.ts';
import { launchChromium } from '../tests/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    'no-budgets': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-export': { type: 'boolean', default: false },
    network: { type: 'string', default: 'phone' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not "${args.runs}"`);
const network = networkProfile(args.network);
const log = (line: string) => process.stderr.write(`${line}\n`);

function buildApp(outDir: string) {
  log('building the atlas…');
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 2, 2] },
  );
}

const APP_FIELDS = [
  'transferBytes',
  'requests',
  'firstIdleMs',
  'mapVisibleMs',
  'clickToPanelMs',
  'clickToPaintMs',
  'clickToPaintEmptyMs',
  'hoverToPaintMs',
  'orgSwitchToPaintMs',
  'svgExportMs',
  'pngExportMs',
  'heapBytes',
  'geometryBytes',
  'longestTaskAfterIdleMs',
  'cpuMs',
] as const;
const BASELINE_FIELDS = ['transferBytes', 'requests', 'firstIdleMs', 'mapVisibleMs', 'cpuMs'] as const;

type Summaries<K extends string> = Record<K, Summary | null>;

function summariseFields<T, K extends keyof T & string>(results: T[], fields: readonly K[]): Summaries<K> {
  return Object.fromEntries(
    fields.map((field) => [field, summarise(column(results, (r) => r[field] as number | null))]),
  ) as Summaries<K>;
}

/** Whole bytes and counts; times to a tenth of a millisecond (the clock's precision in the page is coarser). */
const round = (value: number) => Math.round(value * 10) / 10;
const median = (summary: Summary | null) => (summary ? round(summary.median) : null);
const ratioOf = (a: Summary | null, b: Summary | null) =>
  a && b && b.median > 0 ? Math.round((a.median / b.median) * 1000) / 1000 : null;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const FORMAT: Record<string, (value: number) => string> = {
  transferBytes: kB,
  geometryBytes: kB,
  heapBytes: (bytes) => `${(bytes / 1e6).toFixed(1)} MB`,
  requests: (n) => String(n),
};
const formatField = (field: string, value: number) => (FORMAT[field] ?? ms)(value);

function cell(field: string, summary: Summary | null, missing = 'not available'): string {
  if (!summary) return missing;
  const spread =
    summary.runs > 1 && summary.min !== summary.max
      ? ` (${formatField(field, summary.min)}–${formatField(field, summary.max)})`
      : '';
  return `${formatField(field, summary.median)}${spread}`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((text, i) => text.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function formatBudget(budget: BudgetResult): string[] {
  const show = (value: number) =>
    budget.unit === 'B'
      ? kB(value)
      : budget.unit === 'ms'
        ? `${Math.round(value)} ms`
        : `${value.toFixed(2)}×`;
  return [
    budget.name,
    `≤ ${show(budget.limit)}`,
    budget.value === null ? '—' : show(budget.value),
    budget.status === 'pass' ? 'ok' : budget.status === 'fail' ? 'MISSED' : 'not measured',
  ];
}

const withoutHash = (path: string) => path.replace(/-[\w-]{8}(\.\w+)$/, '$1');

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const appDir = args.dist ? resolve(args.dist) : join(work, 'app');
  if (!args.dist) buildApp(appDir);
  buildBaseline(join(work, 'baseline'));

  const app = await startStaticServer({
    root: appDir,
    headerRules: readHeaderRules(appDir),
  });
  const baseline = await startStaticServer({ root: join(work, 'baseline') });
  const appMeter = meterTransfers(app.server);
  const baselineMeter = meterTransfers(baseline.server);

  const geometryInPage = pageGeometryBytes(appDir);
  const appRuns: AppFigures[] = [];
  const baselineRuns: LoadFigures[] = [];
  const ownRuns: OwnArticleFigures[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      // Alternate which page goes first so a slow spell on the machine does not always hit the same one.
      const order = run % 2 === 1 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      for (const which of order) {
        if (which === 'app') {
          const figures = await measureApp(app.url, appMeter, network, {
            exports: !args['no-export'],
            geometryInPage,
          });
          appRuns.push(figures);
          log(
            `run ${run}/${runs} atlas:    first idle ${ms(figures.firstIdleMs)}, ${kB(figures.transferBytes)} in ` +
              `${figures.requests} requests, map visible ${figures.mapVisibleMs === null ? '—' : ms(figures.mapVisibleMs)}, ` +
              `click → paint ${ms(figures.clickToPaintMs)}`,
          );
        } else {
          const figures = await measureBaseline(baseline.url, baselineMeter, network);
          baselineRuns.push(figures);
          log(
            `run ${run}/${runs} baseline: first idle ${ms(figures.firstIdleMs)}, ${kB(figures.transferBytes)} in ` +
              `${figures.requests} requests, map visible ${figures.mapVisibleMs === null ? '—' : ms(figures.mapVisibleMs)}`,
          );
        }
      }
    }
    const browser = await launchChromium();
    try {
      for (let run = 1; run <= runs; run++) {
        const figures = await measureOwnArticle(browser, app.url, appDir);
        ownRuns.push(figures);
        log(
          `run ${run}/${runs} own article: first match ${ms(figures.firstMatchMs)}, unprepared ` +
            `${ms(figures.coldCompileMs + figures.coldFirstMatchMs)}`,
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await Promise.all([app.close(), baseline.close()]);
    rmSync(work, { recursive: true, force: true });
  }

  const a = summariseFields(appRuns, APP_FIELDS);
  const b = summariseFields(baselineRuns, BASELINE_FIELDS);
  const own = {
    ownArticleFirstMatchMs: summarise(column(ownRuns, (r) => r.firstMatchMs)),
    ownArticleRepeatMatchMs: summarise(ownRuns.flatMap((r) => r.repeatMatchMs)),
    ownArticleUnpreparedMs: summarise(column(ownRuns, (r) => r.coldCompileMs + r.coldFirstMatchMs)),
  };
  const ratio = {
    firstIdle: ratioOf(a.firstIdleMs, b.firstIdleMs),
    mapVisible: ratioOf(a.mapVisibleMs, b.mapVisibleMs),
    transfer: ratioOf(a.transferBytes, b.transferBytes),
    cpu: ratioOf(a.cpuMs, b.cpuMs),
  };
  const budgets = checkBudgets({
    transferBytes: median(a.transferBytes)!,
    geometryBytes: median(a.geometryBytes)!,
    firstIdleRatio: ratio.firstIdle!,
    mapVisibleRatio: ratio.mapVisible,
    clickToPanelMs: median(a.clickToPanelMs)!,
    clickToPaintMs: median(a.clickToPaintMs)!,
    clickToPaintEmptyMs: median(a.clickToPaintEmptyMs)!,
    hoverToPaintMs: median(a.hoverToPaintMs)!,
    orgSwitchToPaintMs: median(a.orgSwitchToPaintMs)!,
    svgExportMs: median(a.svgExportMs),
    longestTaskAfterIdleMs: median(a.longestTaskAfterIdleMs)!,
    ownArticleFirstMatchMs: median(own.ownArticleFirstMatchMs),
  });
  const notes: string[] = [];
  if (!a.svgExportMs)
    notes.push('export timings not available: the atlas has no Export button (or --no-export)');

  const report = {
    app: {
      ...Object.fromEntries(APP_FIELDS.map((field) => [field, median(a[field])])),
      ...Object.fromEntries(Object.entries(own).map(([field, summary]) => [field, median(summary)])),
      ownArticleChunkBytes: ownRuns[0]?.chunkBytes ?? null,
    },
    baseline: Object.fromEntries(BASELINE_FIELDS.map((field) => [field, median(b[field])])),
    ratio,
    runs,
    network: { name: network.name, ...network.limits },
    spread: {
      app: Object.fromEntries(
        [...APP_FIELDS.map((f) => [f, a[f]] as const), ...Object.entries(own)].map(([f, summary]) => [
          f,
          summary && { min: round(summary.min), max: round(summary.max) },
        ]),
      ),
      baseline: Object.fromEntries(
        BASELINE_FIELDS.map((f) => [f, b[f] && { min: round(b[f].min), max: round(b[f].max) }]),
      ),
    },
    budgets,
    notes,
  };

  const lastRun = appRuns.at(-1)!;
  const text = [
    `Atlas vs bare MapLibre (world-atlas 50m, one fill layer): median of ${runs} cold visit(s) each, (min–max)`,
    `Connection: ${network.description}.`,
    '',
    table([
      ['', 'atlas', 'baseline', 'atlas / baseline'],
      [
        'transfer to first idle',
        cell('transferBytes', a.transferBytes),
        cell('transferBytes', b.transferBytes),
        `${ratio.transfer ?? '—'}`,
      ],
      ['requests', cell('requests', a.requests), cell('requests', b.requests), ''],
      [
        'navigation → first idle',
        cell('firstIdleMs', a.firstIdleMs),
        cell('firstIdleMs', b.firstIdleMs),
        `${ratio.firstIdle ?? '—'}`,
      ],
      [
        'navigation → map visible (frames)',
        cell('mapVisibleMs', a.mapVisibleMs),
        cell('mapVisibleMs', b.mapVisibleMs),
        `${ratio.mapVisible ?? '—'}`,
      ],
      [
        'browser CPU time to first idle',
        cell('cpuMs', a.cpuMs),
        cell('cpuMs', b.cpuMs),
        `${ratio.cpu ?? '—'}`,
      ],
      ['geometry transfer', cell('geometryBytes', a.geometryBytes), '', ''],
      ['click → panel (app mark)', cell('clickToPanelMs', a.clickToPanelMs), '', ''],
      ['click Kazakhstan → next paint', cell('clickToPaintMs', a.clickToPaintMs), '', ''],
      ['click Germany (no passage) → paint', cell('clickToPaintEmptyMs', a.clickToPaintEmptyMs), '', ''],
      ['hover → tooltip painted', cell('hoverToPaintMs', a.hoverToPaintMs), '', ''],
      ['organisation switch → paint', cell('orgSwitchToPaintMs', a.orgSwitchToPaintMs), '', ''],
      ['SVG export (A4)', cell('svgExportMs', a.svgExportMs), '', ''],
      ['PNG export (A4, 300 dpi)', cell('pngExportMs', a.pngExportMs), '', ''],
      ['JS heap after load', cell('heapBytes', a.heapBytes), '', ''],
      ['longest task after idle', cell('longestTaskAfterIdleMs', a.longestTaskAfterIdleMs), '', ''],
      [
        'own article, 200 KB: first match',
        cell('ownArticleFirstMatchMs', own.ownArticleFirstMatchMs),
        '',
        '',
      ],
      ['own article: later matches', cell('ownArticleRepeatMatchMs', own.ownArticleRepeatMatchMs), '', ''],
      [
        'own article: unprepared first match',
        cell('ownArticleUnpreparedMs', own.ownArticleUnpreparedMs),
        '',
        '',
      ],
    ]),
    '',
    `Requests before first idle (last atlas visit):`,
    table(lastRun.served.map((r) => [`  ${withoutHash(r.path)}`, kB(r.bytes)])),
    '',
    'Budgets (medians):',
    table(budgets.map(formatBudget)),
    ...notes.map((note) => `note: ${note}`),
  ].join('\n');

  if (args.json) {
    log(text);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(`${text}\n`);
  }
  if (!args['no-budgets'] && budgets.some((budget) => budget.status === 'fail')) process.exitCode = 1;
}

await main();
