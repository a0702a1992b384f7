/**
 * Exports the map as SVG, PNG or PDF from the command line, through the same layout as the app's export dialog:
 *
 *   npm run export -- --org sco --as-of 2024-02-01 --format svg --size a4-landscape --lang ar --out map.svg
 *
 * SVG needs no browser. PNG and PDF render that SVG in a local headless Chromium.
 * Exit codes: 0 done, 1 the export failed or --out exists (without --force), 2 bad options.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Topology } from 'topojson-specification';
import { loadDataDir } from '../data/loadDataDir.ts';
import { decodeCountries } from '../../core/model/countryShapes.ts';
import { createCountryNames } from '../../core/i18n/countryNames.ts';
import { loadCountryNameTable } from '../data/loadCountryNames.ts';
import { LANGS, type Lang } from '../../core/i18n/strings.ts';
import { ORG_VIEWS, type OrgView } from '../../core/model/categories.ts';
import { isIsoDate } from '../../core/model/dates.ts';
import { createRoleIndex } from '../../core/model/roles.ts';
import { isSnapshotId, type IsoDate } from '../../core/model/types.ts';
import { EXPORT_FORMATS, exportSvg, type ExportFormat } from '../../core/export/exportMap.ts';
import { fontFaceCss, type FontFace } from '../../core/export/embeddedFonts.ts';
import { DEFAULT_OPTIONS, type ExportOptions } from '../../core/export/layout.ts';
import {
  parseSize,
  pdfPageSize,
  PRINT_DPI,
  SIZE_PRESET_IDS,
  type OutputSize,
} from '../../core/export/presets.ts';
import {
  MIN_VIEW_SPAN_DEGREES,
  parseView,
  PROJECTION_KINDS,
  type ProjectionKind,
} from '../../core/export/projection.ts';
import { withPrintDensity } from '../../core/export/pngDensity.ts';
import { withExactPageSize } from '../../core/export/pdfMediaBox.ts';
import { reportFailure, UsageError } from './failure.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** What "screen" sizes mean without a screen: a common laptop map view. */
const CLI_SCREEN = { width: 1280, height: 800 };

const USAGE = `Usage: npm run export -- --out FILE [options]

  --out FILE              where to write (its extension sets the format when --format is not given)
  --org sco|cica|both     organisation view (default: sco)
  --as-of DATE            YYYY-MM-DD, or "article" / "latest" for the snapshots (default: article)
  --format svg|png|pdf    output format
  --size SIZE             ${SIZE_PRESET_IDS.join(' | ')} | WIDTHxHEIGHT (default: a4-landscape;
                          screen sizes are ${CLI_SCREEN.width}x${CLI_SCREEN.height} px)
  --lang en|ar            language of title, legend, names and source (default: en)
  --view world|W,S,E,N    the whole world or a box in degrees, at least ${MIN_VIEW_SPAN_DEGREES}° each way (default: world)
  --projection mercator|equal-earth   (default: mercator; equal-earth needs --view world)
  --country ISO3          outline a selected country
  --no-title, --no-legend, --no-source, --no-date   leave that part out
  --force                 overwrite an existing --out file
  --data DIR              data directory (default: data/)

Exit codes: 0 done, 1 the export failed, the data is invalid or --out exists, 2 bad options.`;

interface CliRequest {
  out: string;
  force: boolean;
  format: ExportFormat;
  org: OrgView;
  asOf: string;
  lang: Lang;
  size: OutputSize;
  country: string | null;
  dataDir: string;
  options: Omit<ExportOptions, 'width' | 'height'>;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

export function parseCommandLine(argv: string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        org: { type: 'string', default: 'sco' },
        'as-of': { type: 'string', default: 'article' },
        format: { type: 'string' },
        size: { type: 'string', default: 'a4-landscape' },
        lang: { type: 'string', default: 'en' },
        view: { type: 'string', default: 'world' },
        projection: { type: 'string', default: 'mercator' },
        country: { type: 'string' },
        'no-title': { type: 'boolean', default: false },
        'no-legend': { type: 'boolean', default: false },
        'no-source': { type: 'boolean', default: false },
        'no-date': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        data: { type: 'string', default: resolve(ROOT, 'data') },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) throw new UsageError('');
  if (!values.out) throw new UsageError('--out FILE is required');

  const org = oneOf(
    values.org.toUpperCase() === 'BOTH' ? 'both' : values.org.toUpperCase(),
    ORG_VIEWS,
    'org',
  );
  const formatText = values.format ?? extname(values.out).slice(1).toLowerCase();
  if (!values.format && !(EXPORT_FORMATS as readonly string[]).includes(formatText)) {
    throw new UsageError(`--format is required when --out does not end in .svg, .png or .pdf`);
  }
  const format = oneOf(formatText, EXPORT_FORMATS, 'format');
  const lang = oneOf(values.lang, LANGS, 'lang');
  const size = parseSize(values.size, CLI_SCREEN);
  if (!size) {
    throw new UsageError(
      `--size must be one of ${SIZE_PRESET_IDS.join(', ')} or WIDTHxHEIGHT in pixels, each 200–8000 (got "${values.size}")`,
    );
  }
  const view = parseView(values.view);
  if (!view)
    throw new UsageError(`--view must be "world" or W,S,E,N in degrees with S < N (got "${values.view}")`);
  if (view !== 'world' && Math.min(view.east - view.west, view.north - view.south) < MIN_VIEW_SPAN_DEGREES)
    throw new UsageError(
      `--view must span at least ${MIN_VIEW_SPAN_DEGREES}° each way (got "${values.view}")`,
    );
  const projection = oneOf<ProjectionKind>(values.projection, PROJECTION_KINDS, 'projection');
  if (projection === 'equal-earth' && view !== 'world') {
    throw new UsageError('--projection equal-earth is only for --view world');
  }
  const asOf = values['as-of'];
  if (!isSnapshotId(asOf) && !isIsoDate(asOf)) {
    throw new UsageError(`--as-of must be a date written YYYY-MM-DD, "article" or "latest" (got "${asOf}")`);
  }
  const country = values.country?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{3}$/.test(country)) {
    throw new UsageError(
      `--country must be an ISO 3166-1 alpha-3 code such as KAZ (got "${values.country}")`,
    );
  }
  return {
    out: resolve(values.out),
    force: values.force,
    format,
    org,
    asOf,
    lang,
    size,
    country,
    dataDir: resolve(values.data),
    options: {
      ...DEFAULT_OPTIONS,
      view,
      projection,
      title: !values['no-title'],
      legend: !values['no-legend'],
      source: !values['no-source'],
      date: !values['no-date'],
    },
  };
}

function loadGeometry() {
  const topology = JSON.parse(readFileSync(resolve(ROOT, 'geo/countries.topo.json'), 'utf8')) as Topology;
  return decodeCountries(topology);
}

/** The export's SVG for a parsed request; throws a UsageError for a date or country the data does not know. */
const FONT_FILES = resolve(import.meta.dirname, '../../../node_modules/@fontsource/noto-sans-arabic/files');

/** The font files a downloaded SVG embeds, as the app embeds them (see `embeddedFonts.ts`). */
export function embeddedFonts(faces: FontFace[]): string {
  return fontFaceCss(
    faces.map((face) => ({
      ...face,
      woff2Base64: readFileSync(
        resolve(FONT_FILES, `noto-sans-arabic-${face.subset}-${face.weight}-normal.woff2`),
      ).toString('base64'),
    })),
  );
}

export function svgFor(request: CliRequest): string {
  const data = loadDataDir(request.dataDir);
  const index = createRoleIndex(data);
  const geometry = loadGeometry();
  const names = createCountryNames(
    geometry.countries.features.map((f) => f.properties),
    loadCountryNameTable(request.dataDir),
  );

  let date: IsoDate = request.asOf;
  if (isSnapshotId(date)) {
    const snapshot = data.snapshots.find((s) => s.id === request.asOf);
    if (!snapshot) throw new Error(`the data has no "${request.asOf}" snapshot`);
    date = snapshot.date;
  }
  const { first } = index.dateRange();
  if (date < first) throw new UsageError(`--as-of ${date} is before the first date in the data (${first})`);
  if (request.country) {
    const known = geometry.countries.features.some(
      (f) => f.properties.id === request.country && !f.properties.disputed,
    );
    if (!known) throw new UsageError(`--country ${request.country} is not a country on the map`);
  }
  return exportSvg(
    {
      model: { organisations: data.organisations, index, names },
      geometry,
      scene: { org: request.org, date, selected: request.country, lang: request.lang },
      options: { ...request.options, width: request.size.width, height: request.size.height },
    },
    // PNG and PDF are drawn by a browser that has the fonts already.
    request.format === 'svg' ? embeddedFonts : undefined,
  );
}

async function render(request: CliRequest, svg: string): Promise<Uint8Array | string> {
  if (request.format === 'svg') return svg;
  const { launchChromium, svgToPdf, svgToPng } = await import('./browser.ts');
  const browser = await launchChromium();
  try {
    if (request.format === 'pdf') {
      const pdf = await svgToPdf(browser, svg, pdfPageSize(request.size));
      return request.size.paperMm ? withExactPageSize(pdf, request.size.paperMm) : pdf;
    }
    const png = await svgToPng(browser, svg, request.size);
    return request.size.paperMm ? withPrintDensity(png, PRINT_DPI) : png;
  } finally {
    await browser.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  let request: CliRequest;
  try {
    request = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (!error.message) {
      console.log(USAGE);
      return 0;
    }
    return reportFailure('export', new UsageError(`${error.message} (see --help)`));
  }
  if (existsSync(request.out) && !request.force) {
    return reportFailure('export', new Error(`${request.out} already exists; add --force to overwrite it`));
  }
  const started = performance.now();
  try {
    const svg = svgFor(request);
    const output = await render(request, svg);
    // `wx` refuses to replace a file that appeared while the export was running.
    writeFileSync(request.out, output, { flag: request.force ? 'w' : 'wx' });
    const bytes = typeof output === 'string' ? Buffer.byteLength(output) : output.length;
    console.log(
      `Wrote ${request.out} (${request.format.toUpperCase()}, ${request.size.width}×${request.size.height} px, ` +
        `${Math.round(bytes / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    return reportFailure('export', error);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
