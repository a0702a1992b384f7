/**
 * Every class of malformed data stops the build: a copy of data/ (or of the geometry) with one thing broken goes
 * through the very checks the Vite plugin runs at build start, and the error names the file, the record and the
 * field. One test runs the real `vite build` on a broken copy and checks that it exits non-zero with that message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { buildAtlasBundle } from '../../src/pipeline/build/atlasBundle.ts';
import { atlasData } from '../../src/pipeline/build/atlasDataPlugin.ts';
import { checkGeometry } from '../../src/pipeline/data/checkGeometry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = join(ROOT, 'data');
const GEOMETRY_FILE = join(ROOT, 'geo/countries.topo.json');
const scratch = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the data on purpose
type AnyJson = any;

let copies = 0;
/** A copy of data/ with `file` changed by `breakIt`; returns the copy's directory. */
function brokenData(file: string, breakIt: (json: AnyJson) => void): string {
  const dir = join(scratch, `data-${++copies}`);
  cpSync(DATA_DIR, dir, { recursive: true });
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  breakIt(json);
  writeFileSync(join(dir, file), JSON.stringify(json, null, 2));
  return dir;
}

function buildError(dir: string): string {
  try {
    buildAtlasBundle(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken data was built');
}

const membership = (json: AnyJson, org: string, country: string) =>
  json.memberships.find((m: AnyJson) => m.org === org && m.country === country);

describe('the shipped data and geometry', () => {
  it('build', () => {
    expect(buildAtlasBundle(DATA_DIR).data.memberships.length).toBeGreaterThan(40);
    const geometry = checkGeometry(
      JSON.parse(readFileSync(GEOMETRY_FILE, 'utf8')),
      'geo/countries.topo.json',
    );
    expect(geometry.countryIds.has('KAZ')).toBe(true);
  });
});

describe('the build refuses bad data, naming the file, the record and the field', () => {
  it('a bad ISO code', () => {
    const dir = brokenData('memberships.json', (json) => (membership(json, 'SCO', 'IND').country = 'IDN1'));
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: record SCO/IDN1: field country: "IDN1" is not an ISO 3166-1 alpha-3 country code`,
    );
  });

  it('an ISO code in lower case', () => {
    const dir = brokenData(
      'summits.json',
      (json) => (json.summits[0].country = json.summits[0].country.toLowerCase()),
    );
    expect(buildError(dir)).toMatch(
      new RegExp(
        `${dir}/summits\\.json: record \\w+ summit [\\d-]+: field country: "[a-z]{3}" is not an ISO`,
      ),
    );
  });

  it('an unknown status', () => {
    const dir = brokenData(
      'memberships.json',
      (json) => (membership(json, 'SCO', 'IND').history[1].status = 'associate'),
    );
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: record SCO/IND: field history[1].status: "associate" is not a status`,
    );
  });

  it('reversed dates', () => {
    const dir = brokenData(
      'memberships.json',
      (json) => (membership(json, 'SCO', 'IND').history[0].until = '2005-01-01'),
    );
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: record SCO/IND: field history[0].until: "2005-01-01" ends before it starts (2005-07-05)`,
    );
  });

  it('overlapping dates', () => {
    const dir = brokenData(
      'memberships.json',
      (json) => (membership(json, 'SCO', 'IND').history[0].until = '2018-03-01'),
    );
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: record SCO/IND: field history[1].from: 2017-06-09 overlaps history[0] (observer 2005-07-05 – 2018-03-01)`,
    );
  });

  it('an unknown source', () => {
    const dir = brokenData('memberships.json', (json) =>
      membership(json, 'SCO', 'IND').history[1].sources.push('S404'),
    );
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: record SCO/IND: field history[1].sources[2]: unknown source "S404" (not in sources.json)`,
    );
  });

  it("a missing Arabic name: an organisation's", () => {
    const dir = brokenData('organisations.json', (json) => delete json.organisations[0].name.ar);
    expect(buildError(dir)).toContain(
      `${dir}/organisations.json: record organisation SCO: field name.ar: missing`,
    );
  });

  it("an empty Arabic name: a snapshot's", () => {
    const dir = brokenData('snapshots.json', (json) => (json.snapshots[1].label.ar = ''));
    expect(buildError(dir)).toMatch(
      new RegExp(`${dir}/snapshots\\.json: record snapshot \\w+: field label\\.ar: must not be empty`),
    );
  });

  it("a missing Arabic name: a member's, which the gazetteer no longer lists", () => {
    const dir = brokenData('gazetteer.json', (json) => delete json.countries.KHM);
    expect(buildError(dir)).toContain(
      `${dir}/gazetteer.json: record countries/KHM: field names: missing: KHM has a role in the SCO (memberships.json) but no Arabic name`,
    );
  });

  it('a duplicate record', () => {
    const dir = brokenData('memberships.json', (json) =>
      json.memberships.push(structuredClone(membership(json, 'CICA', 'KAZ'))),
    );
    expect(buildError(dir)).toMatch(
      new RegExp(
        `${dir}/memberships\\.json: record CICA/KAZ: field country: duplicate record \\(also memberships\\[\\d+\\]\\)`,
      ),
    );
  });

  it('a duplicate source', () => {
    const dir = brokenData('sources.json', (json) =>
      json.sources.push({ ...json.sources[3], title: 'Copy' }),
    );
    expect(buildError(dir)).toMatch(
      new RegExp(
        `${dir}/sources\\.json: record source \\w+: field id: duplicate source id \\(also sources\\[3\\]\\)`,
      ),
    );
  });

  it('an Arabic name listed for two countries in the gazetteer', () => {
    const dir = brokenData('gazetteer.json', (json) => json.countries.MNG.names.push('كازاخستان'));
    expect(buildError(dir)).toMatch(
      new RegExp(
        `${dir}/gazetteer\\.json: record countries/(MNG|KAZ): field names\\[\\d+\\]: "كازاخستان" is ambiguous`,
      ),
    );
  });
});

const realGeometry = (): AnyJson => JSON.parse(readFileSync(GEOMETRY_FILE, 'utf8'));
const country = (json: AnyJson, id: string) =>
  json.objects.countries.geometries.find((g: AnyJson) => g.id === id);
const point = (json: AnyJson, id: string) => json.objects.points.geometries.find((g: AnyJson) => g.id === id);

function geometryError(breakIt: (json: AnyJson) => void): string {
  const json = realGeometry();
  breakIt(json);
  try {
    checkGeometry(json, 'geo/countries.topo.json');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the broken geometry was accepted');
}

describe('the build refuses invalid geometry, naming the file, the record and the field', () => {
  it('a file that is not a TopoJSON topology', () => {
    expect(geometryError((json) => (json.type = 'FeatureCollection'))).toContain(
      'geo/countries.topo.json: field type: must be "Topology", not "FeatureCollection"',
    );
  });

  it('a topology without its label points', () => {
    expect(geometryError((json) => delete json.objects.points)).toContain(
      'geo/countries.topo.json: field objects.points: must be a GeometryCollection',
    );
  });

  it('a country without an id', () => {
    const message = geometryError((json) => (country(json, 'MNG').id = ''));
    expect(message).toMatch(
      /geo\/countries\.topo\.json: record countries\[\d+\]: field id: "" is not a country id/,
    );
  });

  it('two countries with the same id', () => {
    expect(geometryError((json) => (country(json, 'MNG').id = 'KAZ'))).toMatch(
      /geo\/countries\.topo\.json: record countries KAZ: field id: duplicate id \(also countries\[\d+\]\)/,
    );
  });

  it('a country that refers to an arc that does not exist', () => {
    const message = geometryError((json) => {
      const arcs = country(json, 'KAZ').arcs;
      (country(json, 'KAZ').type === 'Polygon' ? arcs[0] : arcs[0][0]).push(99_999);
    });
    expect(message).toMatch(
      /geo\/countries\.topo\.json: record countries KAZ: field arcs(\[0\])?\[0\]\[\d+\]: arc 99999 does not exist \(there are \d+ arcs\)/,
    );
  });

  it('a country that is not a polygon', () => {
    expect(geometryError((json) => (country(json, 'QAT').type = 'LineString'))).toContain(
      'geo/countries.topo.json: record countries QAT: field type: must be "Polygon" or "MultiPolygon", not "LineString"',
    );
  });

  it('an arc position that is not a number', () => {
    expect(geometryError((json) => (json.arcs[7][1] = [null, 3]))).toContain(
      'geo/countries.topo.json: record arcs[7]: field [1]: [null,3] is not a [x, y] position',
    );
  });

  it('a label point outside the world', () => {
    expect(geometryError((json) => (point(json, 'KAZ').coordinates[1] = 999_999))).toMatch(
      /geo\/countries\.topo\.json: record points KAZ: field coordinates: \[[\d.]+, [\d.]+\] is outside the world/,
    );
  });

  it('a label point for a country that is not drawn', () => {
    expect(geometryError((json) => (point(json, 'KAZ').id = 'XYZ'))).toContain(
      'geo/countries.topo.json: record points XYZ: field id: "XYZ" is not the id of a country in this file',
    );
  });
});

describe('the build refuses data files that are not UTF-8 text, naming the file and the byte offset', () => {
  const copy = () => {
    const dir = join(scratch, `data-${++copies}`);
    cpSync(DATA_DIR, dir, { recursive: true });
    return dir;
  };

  it('an invalid UTF-8 byte in a JSON file', () => {
    const dir = copy();
    const bytes = readFileSync(join(dir, 'memberships.json'));
    const at = bytes.indexOf('"SCO"');
    bytes[at + 1] = 0xc0;
    writeFileSync(join(dir, 'memberships.json'), bytes);
    expect(buildError(dir)).toContain(
      `${dir}/memberships.json: is not valid UTF-8 (at byte offset ${at + 1})`,
    );
  });

  it('a NUL byte in the article', () => {
    const dir = copy();
    const bytes = readFileSync(join(dir, 'articles/kazakhstan-2024/article.ar.txt'));
    bytes[500] = 0;
    writeFileSync(join(dir, 'articles/kazakhstan-2024/article.ar.txt'), bytes);
    expect(buildError(dir)).toContain(
      `${dir}/articles/kazakhstan-2024/article.ar.txt: is not a text file (a NUL byte at byte offset 500)`,
    );
  });

  it('a data file linked to a device, without reading it', () => {
    const dir = copy();
    rmSync(join(dir, 'memberships.json'));
    symlinkSync('/dev/zero', join(dir, 'memberships.json'));
    expect(buildError(dir)).toContain(`${dir}/memberships.json: is a character device, not a text file`);
  });

  it('a data folder that is a file', () => {
    expect(buildError(join(DATA_DIR, 'memberships.json'))).toBe(
      `${join(DATA_DIR, 'memberships.json')}: is a file, not a folder`.replace(`${process.cwd()}/`, ''),
    );
  });
});

/** Runs the plugin's build-start hook as Vite does for `vite build`. */
function runBuildStart(plugin: Plugin) {
  const call = (hook: unknown, ...args: unknown[]) =>
    (typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler).apply(
      {},
      args,
    );
  call(plugin.configResolved, { command: 'build' });
  call(plugin.buildStart, {});
}

describe('the Vite plugin at build start', () => {
  function brokenGeometryFile(breakIt: (json: AnyJson) => void): string {
    const json = realGeometry();
    breakIt(json);
    const path = join(scratch, `geometry-${++copies}.json`);
    writeFileSync(path, JSON.stringify(json));
    return path;
  }

  it('refuses invalid geometry', () => {
    const file = brokenGeometryFile((json) => (country(json, 'MNG').id = 'KAZ'));
    expect(() => runBuildStart(atlasData(DATA_DIR, file))).toThrow(
      `${file}: record countries KAZ: field id: duplicate id`,
    );
  });

  it('refuses data about a country the map does not draw', () => {
    const file = brokenGeometryFile((json) => {
      json.objects.countries.geometries = json.objects.countries.geometries.filter(
        (g: AnyJson) => g.id !== 'MNG',
      );
      json.objects.points.geometries = json.objects.points.geometries.filter((g: AnyJson) => g.id !== 'MNG');
    });
    expect(() => runBuildStart(atlasData(DATA_DIR, file))).toThrow(
      `data/memberships.json: record SCO/MNG: field country: "MNG" is not drawn on the map (no such country in ${file})`,
    );
  });

  it('accepts the shipped data and geometry', () => {
    expect(() => runBuildStart(atlasData(DATA_DIR, GEOMETRY_FILE))).not.toThrow();
  });
});

describe('vite build', () => {
  const viteBuild = (dataDir: string) =>
    spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        join(scratch, 'dist'),
        '--emptyOutDir',
      ],
      { cwd: ROOT, env: { ...process.env, ATLAS_DATA_DIR: dataDir }, encoding: 'utf8', timeout: 120_000 },
    );

  it('exits non-zero when one byte of the shipped article has changed', () => {
    const dir = join(scratch, `data-${++copies}`);
    cpSync(DATA_DIR, dir, { recursive: true });
    const bytes = readFileSync(join(dir, 'articles/kazakhstan-2024/article.ar.txt'));
    const at = bytes.indexOf('2024');
    bytes[at + 3] = '5'.charCodeAt(0);
    writeFileSync(join(dir, 'articles/kazakhstan-2024/article.ar.txt'), bytes);
    const result = viteBuild(dir);
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(`${result.stdout}\n${result.stderr}`).toMatch(
      new RegExp(
        `${dir}/articles/kazakhstan-2024/article\\.ar\\.txt: its SHA-256 is [0-9a-f]{64}, not the 344502c9`,
      ),
    );
  }, 120_000);

  it('exits non-zero on broken data, printing the file, the record and the field', () => {
    const dir = brokenData(
      'memberships.json',
      (json) => (membership(json, 'SCO', 'IND').history[0].until = '2005-01-01'),
    );
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        join(scratch, 'dist'),
        '--emptyOutDir',
      ],
      { cwd: ROOT, env: { ...process.env, ATLAS_DATA_DIR: dir }, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(`${result.stdout}\n${result.stderr}`).toContain(
      `${dir}/memberships.json: record SCO/IND: field history[0].until: "2005-01-01" ends before it starts (2005-07-05)`,
    );
  }, 120_000);
});
