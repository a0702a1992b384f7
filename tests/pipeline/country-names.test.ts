/**
 * One source of country names: the app (through the built bundle), the exports and the command line print the same
 * name for every country, and none of them asks the runtime's ICU, whose CLDR names differ between Node and
 * Chromium (Node says "Palestinian Territories", CICA says Palestine).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlasBundle } from '../../src/pipeline/build/atlasBundle.ts';
import { loadCountryNameTable } from '../../src/pipeline/data/loadCountryNames.ts';
import { createCountryNames } from '../../src/core/i18n/countryNames.ts';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';
import { DataError } from '../../src/core/model/DataError.ts';
import { names as exportNames } from '../fixtures/export/atlas.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = resolve(ROOT, 'data');
const { countries } = decodeCountries(
  JSON.parse(readFileSync(resolve(ROOT, 'geo/countries.topo.json'), 'utf8')) as Topology,
);
const features = countries.features.map((f) => f.properties);
const bundle = buildAtlasBundle(DATA_DIR);
const appNames = createCountryNames(features, bundle.countryNames);
const cliTable = loadCountryNameTable(DATA_DIR);

function roles(...args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile('npx', ['tsx', 'src/pipeline/cli/roles.ts', ...args], { cwd: ROOT }, (error, stdout) =>
      error ? fail(error) : done(stdout),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('country names', () => {
  it('the app’s bundle carries exactly the table the command line uses', () => {
    expect(bundle.countryNames).toEqual(cliTable);
  });

  it.each(['en', 'ar'] as const)(
    'app, export and command line give the same %s name for every country',
    (lang) => {
      for (const { id, disputed } of features) {
        if (disputed) continue;
        expect(appNames[lang].get(id), id).toBe(cliTable[lang][id]);
        expect(exportNames[lang].get(id), id).toBe(cliTable[lang][id]);
      }
    },
  );

  it('names every state on the map from the table, and no two alike', () => {
    for (const lang of ['en', 'ar'] as const) {
      const seen = new Map<string, string>();
      for (const { id, disputed } of features) {
        if (disputed) continue;
        const name = cliTable[lang][id];
        expect(name, `${lang} ${id}`).toBeTruthy();
        expect(seen.get(name!), `${lang} "${name}" for ${id}`).toBeUndefined();
        seen.set(name!, id);
      }
    }
  });

  it('uses SCO/CICA usage where the data overrides the library', () => {
    expect(appNames.en.get('PSE')).toBe('Palestine');
    expect(appNames.ar.get('PSE')).toBe('فلسطين');
    expect(appNames.en.get('TUR')).toBe('Türkiye');
    expect(appNames.ar.get('BLR')).toBe('بيلاروسيا');
    expect(appNames.en.get('RUS')).toBe('Russia');
    expect(appNames.en.get('KOR')).toBe('South Korea');
    expect(appNames.en.get('COD')).not.toBe(appNames.en.get('COG'));
  });

  it('does not depend on the runtime’s Intl.DisplayNames', () => {
    vi.stubGlobal(
      'Intl',
      new Proxy(Intl, {
        get: (target, key) => {
          if (key === 'DisplayNames') throw new Error('Intl.DisplayNames must not be used for country names');
          return Reflect.get(target, key);
        },
      }),
    );
    const names = createCountryNames(features, loadCountryNameTable(DATA_DIR));
    expect(names.en.get('PSE')).toBe('Palestine');
    expect(names.en).toEqual(appNames.en);
  });

  it('the roles command prints each country with the app’s English name', { timeout: 30_000 }, async () => {
    const stdout = await roles('--as-of', '2024-02-01');
    const byOrg = bundle.data.memberships.filter((m) =>
      m.history.some((p) => p.from <= '2024-02-01' && (!p.until || '2024-02-01' < p.until)),
    );
    for (const { country } of byOrg) expect(stdout, country).toContain(appNames.en.get(country));
  });
});

describe('a bad countryNames.json names the file, the record and the field', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function tableAfter(edit: (json: { overrides: Record<string, unknown>[] }) => void): DataError {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-names-'));
    dirs.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, 'countryNames.json'), 'utf8'));
    edit(json);
    writeFileSync(join(dir, 'countryNames.json'), JSON.stringify(json));
    try {
      loadCountryNameTable(dir);
    } catch (error) {
      if (error instanceof DataError) return error;
      throw error;
    }
    throw new Error('the broken file was accepted');
  }

  it('an unknown id', () => {
    const error = tableAfter((json) => (json.overrides[0]!.id = 'PAL'));
    expect(error.message).toMatch(
      /countryNames\.json: record override PAL: field id: is neither an ISO 3166-1/,
    );
  });

  it('an Arabic name not in Arabic', () => {
    const error = tableAfter((json) => (json.overrides[0]!.ar = 'Palestine'));
    expect(error.message).toMatch(/record override PSE: field ar: is not written in Arabic/);
  });

  it('the same country twice', () => {
    const error = tableAfter((json) => json.overrides.push({ ...json.overrides[0] }));
    expect(error.message).toMatch(/record override PSE: field id: listed twice/);
  });

  it('an override with no name', () => {
    const error = tableAfter((json) => {
      delete json.overrides[0]!.en;
      delete json.overrides[0]!.ar;
    });
    expect(error.message).toMatch(/record override PSE: needs "en" or "ar"/);
  });
});
