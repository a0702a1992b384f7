/**
 * The export command as a user runs it: options map onto the same export as the dialog's, bad options stop with
 * a message and exit code 2, and an existing file is kept unless --force is given. (PNG and PDF, which need
 * Chromium, are covered by the end-to-end tests.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedFonts, main } from '../../src/pipeline/cli/export.ts';
import { exportSvg } from '../../src/core/export/exportMap.ts';
import { ARTICLE_DATE, LATEST_DATE, request } from '../fixtures/export/atlas.ts';

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('npm run export', () => {
  it('writes the same SVG as the dialog builds for the same state and options', async () => {
    const out = join(dir, 'map.svg');
    const code = await main([
      '--org',
      'sco',
      '--as-of',
      ARTICLE_DATE,
      '--format',
      'svg',
      '--size',
      'a4-landscape',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(exportSvg(request(), embeddedFonts));
  });

  it('passes every option through: org, snapshot, language, size, view, country and the parts left out', async () => {
    const out = join(dir, 'cica.svg');
    const code = await main([
      ...[
        '--org',
        'CICA',
        '--as-of',
        'latest',
        '--lang',
        'ar',
        '--size',
        '1600x900',
        '--view',
        '40,20,100,60',
      ],
      ...['--country', 'kaz', '--no-legend', '--no-date', '--out', out],
    ]);
    expect(code).toBe(0);
    const expected = exportSvg(
      request(
        { org: 'CICA', date: LATEST_DATE, lang: 'ar', selected: 'KAZ' },
        {
          width: 1600,
          height: 900,
          view: { west: 40, south: 20, east: 100, north: 60 },
          legend: false,
          date: false,
        },
      ),
      embeddedFonts,
    );
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('takes the format from the file name and offers Equal Earth for the world', async () => {
    const out = join(dir, 'world.svg');
    expect(await main(['--org', 'both', '--projection', 'equal-earth', '--out', out])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      exportSvg(request({ org: 'both' }, { projection: 'equal-earth' }), embeddedFonts),
    );
  });

  it.each([
    [['--org', 'nato'], /--org must be one of/],
    [['--as-of', '2024-02-30'], /--as-of must be a date/],
    [['--as-of', '1980-01-01'], /before the first date in the data/],
    [['--format', 'gif'], /--format must be one of/],
    [['--size', 'a5'], /--size must be one of/],
    [['--lang', 'fr'], /--lang must be one of/],
    [['--view', '10,60,20,50'], /--view must be/],
    [['--view', '40,20,100,60', '--projection', 'equal-earth'], /only for --view world/],
    [['--country', 'Kazakhstan'], /--country must be an ISO 3166-1 alpha-3 code/],
    [['--country', 'XYZ'], /XYZ is not a country on the map/],
    [['--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const out = join(dir, 'bad.svg');
    expect(await main([...args, '--out', out])).toBe(2);
    expect(errors.join('\n')).toMatch(message);
  });

  it('needs --out, and a format when the file name does not give one', async () => {
    expect(await main(['--org', 'sco'])).toBe(2);
    expect(errors.join('\n')).toMatch(/--out FILE is required/);
    expect(await main(['--out', join(dir, 'map.tiff')])).toBe(2);
    expect(errors.join('\n')).toMatch(/--format is required/);
  });

  it('keeps an existing file (exit 1) unless --force is given', async () => {
    const out = join(dir, 'exists.svg');
    writeFileSync(out, 'keep me');
    expect(await main(['--out', out])).toBe(1);
    expect(errors.join('\n')).toMatch(/already exists; add --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(await main(['--out', out, '--force'])).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
  });
});
