/**
 * Each class of bad data, made by breaking one thing in a copy of the real data: the error must say which file,
 * which record and which field, so an editor can find the mistake without reading code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/model/DataError.ts';
import { loadDataDir } from '../../src/pipeline/data/loadDataDir.ts';
import { validateAtlasData } from '../../src/pipeline/data/validate.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const NAMES = ['organisations', 'memberships', 'chairs', 'sources', 'snapshots', 'summits'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the data on purpose
type AnyJson = any;

function realFiles(): Record<string, AnyJson> {
  return Object.fromEntries(
    NAMES.map((name) => [
      `data/${name}.json`,
      JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')),
    ]),
  );
}

const membership = (files: Record<string, AnyJson>, org: string, country: string) =>
  files['data/memberships.json'].memberships.find((m: AnyJson) => m.org === org && m.country === country);

/** Validates a copy of the real data after `breakIt` and returns the DataError it must raise. */
function errorAfter(breakIt: (files: Record<string, AnyJson>) => void): DataError {
  const files = realFiles();
  breakIt(files);
  try {
    validateAtlasData(files);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('the broken data was accepted');
}

describe('the real data', () => {
  it('passes every check', () => {
    expect(() => validateAtlasData(realFiles())).not.toThrow();
  });

  it('loads from the data directory with all six files', () => {
    const data = loadDataDir(DATA_DIR);
    expect(data.memberships.length).toBeGreaterThan(0);
    expect(data.summits.length).toBeGreaterThan(0);
    expect(data.snapshots.map((s) => s.id).sort()).toEqual(['article', 'latest']);
  });
});

describe('a bad data file is reported with its file, record and field', () => {
  it('an unknown ISO 3166 code', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'IND').country = 'ZZZ'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/ZZZ: field country: "ZZZ" is not an ISO 3166-1 alpha-3 country code',
    );
  });

  it('a blank or non-Arabic Arabic name', () => {
    const blank = errorAfter((files) => (files['data/snapshots.json'].snapshots[0].label.ar = '   '));
    expect(blank.message).toMatch(
      /data\/snapshots\.json: record .*: field .*label\.ar: must not be empty or blank/,
    );
    const latin = errorAfter(
      (files) => (files['data/organisations.json'].organisations[0].name.ar = 'Shanghai'),
    );
    expect(latin.message).toMatch(
      /data\/organisations\.json: record .*: field .*name\.ar: "Shanghai" is not written in Arabic/,
    );
  });

  it('an unknown status', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'IND').history[1].status = 'associate'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/IND: field history[1].status: "associate"',
    );
    expect(error.message).toContain('is not a status');
  });

  it('a status the organisation never had (CICA has no dialogue partners)', () => {
    const error = errorAfter(
      (files) => (membership(files, 'CICA', 'KAZ').history[0].status = 'dialogue_partner'),
    );
    expect(error.message).toContain(
      'data/memberships.json: record CICA/KAZ: field history[0].status: "dialogue_partner" is not a status CICA has',
    );
  });

  it('a period that ends before it starts', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'IND').history[1].until = '2017-06-01'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/IND: field history[1].until: "2017-06-01" ends before it starts (2017-06-09)',
    );
  });

  it('overlapping statuses in one organisation', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'IND').history[0].until = '2018-01-01'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/IND: field history[1].from: 2017-06-09 overlaps history[0]',
    );
  });

  it('an unknown source id', () => {
    const error = errorAfter((files) => membership(files, 'SCO', 'IRN').history[1].sources.unshift('S99'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/IRN: field history[1].sources[0]: unknown source "S99"',
    );
  });

  it('the same organisation and country twice', () => {
    const error = errorAfter((files) => {
      const copy = structuredClone(membership(files, 'SCO', 'IND'));
      files['data/memberships.json'].memberships.push(copy);
    });
    expect(error.message).toMatch(
      /data\/memberships\.json: record SCO\/IND: field country: duplicate record/,
    );
  });

  it('the same source id twice', () => {
    const error = errorAfter((files) => {
      const sources = files['data/sources.json'].sources;
      sources.push({ ...sources.find((s: AnyJson) => s.id === 'S13'), title: 'another title' });
    });
    expect(error.message).toContain('data/sources.json: record source S13: field id: duplicate source id');
  });

  it('a malformed date', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'IRN').history[1].from = '2023-02-30'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/IRN: field history[1].from: "2023-02-30" is not a real date',
    );
  });

  it('an unknown field', () => {
    const error = errorAfter((files) => (membership(files, 'SCO', 'MNG').history[0].since = '2004'));
    expect(error.message).toContain(
      'data/memberships.json: record SCO/MNG: field history[0].since: unknown field',
    );
  });

  it('chairs of one organisation that overlap', () => {
    const error = errorAfter((files) => {
      const kazakhstan = files['data/chairs.json'].chairs.find(
        (c: AnyJson) => c.org === 'SCO' && c.country === 'KAZ' && c.from === '2023-07-04',
      );
      kazakhstan.until = '2024-09-01';
    });
    expect(error.message).toContain(
      'data/chairs.json: record SCO chair CHN 2024-07-04: field from: 2024-07-04 overlaps',
    );
  });

  it('the same chair twice', () => {
    const error = errorAfter((files) => {
      const chairs = files['data/chairs.json'].chairs;
      chairs.push(structuredClone(chairs.find((c: AnyJson) => c.org === 'CICA' && c.country === 'AZE')));
    });
    expect(error.message).toContain(
      'data/chairs.json: record CICA chair AZE 2024-12-17: field from: duplicate chair',
    );
  });

  it('a missing snapshot', () => {
    const error = errorAfter((files) => files['data/snapshots.json'].snapshots.pop());
    expect(error.message).toContain('data/snapshots.json: record snapshot latest: field id: missing');
  });

  const source = (files: Record<string, AnyJson>, id: string) =>
    files['data/sources.json'].sources.find((s: AnyJson) => s.id === id);
  const chair = (files: Record<string, AnyJson>, org: string, country: string, from: string) =>
    files['data/chairs.json'].chairs.find(
      (c: AnyJson) => c.org === org && c.country === country && c.from === from,
    );

  it.each(['https://tass.com', 'https://tass.com/', 'https://tass.com/?utm_source=x'])(
    'a source that names a site, not a page (%s)',
    (url) => {
      const error = errorAfter((files) => (source(files, 'S1').url = url));
      expect(error.message).toContain(
        `data/sources.json: record source S1: field url: "${url}" is a site's home page: give the address of the page that is cited`,
      );
    },
  );

  it('a source without an address', () => {
    const error = errorAfter((files) => (source(files, 'C5').url = ''));
    expect(error.message).toContain(
      'data/sources.json: record source C5: field url: "" is not the address of a web page',
    );
  });

  it('a plain http:// address not marked as the only one the page has', () => {
    const error = errorAfter((files) => delete source(files, 'C5').httpOnly);
    expect(error.message).toContain(
      'data/sources.json: record source C5: field url: "http://prosites-kazakhembus.homestead.com/062006.html" is not an https:// address',
    );
  });

  it('a chair term that starts on no summit of its organisation', () => {
    const error = errorAfter((files) => {
      chair(files, 'SCO', 'CHN', '2017-06-09').from = '2017-06-20';
      chair(files, 'SCO', 'KAZ', '2016-06-24').until = '2017-06-20';
    });
    expect(error.message).toContain(
      'data/chairs.json: record SCO chair CHN 2017-06-20: field from: 2017-06-20 is not the date of a SCO summit in summits.json',
    );
    expect(error.message).toContain(
      'data/chairs.json: record SCO chair KAZ 2016-06-24: field until: 2017-06-20 is not the date of a SCO summit in summits.json',
    );
  });

  it('a chair term that ends at a summit that is missing from summits.json', () => {
    const error = errorAfter((files) => {
      const summits = files['data/summits.json'].summits;
      summits.splice(
        summits.findIndex((x: AnyJson) => x.org === 'SCO' && x.date === '2008-08-28'),
        1,
      );
    });
    expect(error.problems.map((p) => `${p.record}: ${p.field}`)).toEqual([
      'SCO chair TJK 2007-08-16: until',
      'SCO chair RUS 2008-08-28: from',
    ]);
  });

  it('a stated exception on a date that is a summit', () => {
    const error = errorAfter(
      (files) => (chair(files, 'CICA', 'TUR', '2010-06-08').notAtSummit = { from: 'handed over by letter' }),
    );
    expect(error.message).toContain(
      'data/chairs.json: record CICA chair TUR 2010-06-08: field notAtSummit.from: 2010-06-08 is the date of the CICA summit in Istanbul',
    );
  });

  it('a chair or a summit without a source', () => {
    const error = errorAfter((files) => {
      chair(files, 'SCO', 'KGZ', '2018-06-10').sources = [];
      files['data/summits.json'].summits[0].sources = [];
    });
    expect(error.message).toContain(
      'data/chairs.json: record SCO chair KGZ 2018-06-10: field sources: needs at least one source',
    );
    expect(error.message).toContain(
      'data/summits.json: record SCO summit 2001-06-15: field sources: needs at least one source',
    );
  });

  it('lists every problem, one per line', () => {
    const error = errorAfter((files) => {
      membership(files, 'SCO', 'IND').history[1].until = '2017-06-01';
      membership(files, 'CICA', 'SAU').history[0].sources = ['C99'];
    });
    const lines = error.message.split('\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 'data/memberships.json',
        record: 'SCO/IND',
        field: 'history[1].until',
      }),
      expect.objectContaining({
        file: 'data/memberships.json',
        record: 'CICA/SAU',
        field: 'history[0].sources[0]',
      }),
    ]);
  });
});

function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

describe('a data directory with a broken file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file, the record and the field where the JSON stops parsing', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const path = join(dir, 'memberships.json');
    const text = readFileSync(path, 'utf8');
    const broken = text.replace(/("country": "PAK",[\s\S]*?"from": "2005-07-05"),/, '$1');
    expect(broken).not.toBe(text);
    writeFileSync(path, broken);

    const error = thrownBy(() => loadDataDir(dir));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(
      /memberships\.json: record SCO\/PAK: field from: JSON syntax error at line \d+/,
    );
  });

  it('names a missing file', () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    rmSync(join(dir, 'summits.json'));
    expect(() => loadDataDir(dir)).toThrow(/summits\.json: file is missing/);
  });
});
