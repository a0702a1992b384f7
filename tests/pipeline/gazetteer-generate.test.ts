/**
 * data/gazetteer.json is what `npm run gazetteer` makes of its two sources, and says which source each name came
 * from: the CLDR Arabic name (checked here against i18n-iso-countries again), the regular nisba, or the reviewed file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/core/article/normalize.ts';
import { cldrArabicName } from '../../src/pipeline/gazetteer/cldrNames.ts';
import { gazetteerJson, generateGazetteer } from '../../src/pipeline/gazetteer/generateGazetteer.ts';
import { nisbaByRule } from '../../src/pipeline/gazetteer/nisba.ts';
import { parseReviewedGazetteer } from '../../src/pipeline/gazetteer/reviewedGazetteer.ts';
import type { Gazetteer } from '../../src/core/article/gazetteer.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const reviewedJson = JSON.parse(
  readFileSync(resolve(DATA_DIR, 'gazetteer.reviewed.json'), 'utf8'),
) as unknown;
const committedText = readFileSync(resolve(DATA_DIR, 'gazetteer.json'), 'utf8');
const committed = JSON.parse(committedText) as Gazetteer;
const reviewed = parseReviewedGazetteer(reviewedJson, 'data/gazetteer.reviewed.json');
const fold = (text: string) => normalizeArabic(text).normalized;

describe('the generated gazetteer', () => {
  it('is exactly what the reviewed file and CLDR make (run npm run gazetteer after an edit)', () => {
    expect(gazetteerJson(generateGazetteer(reviewed, 'data/gazetteer.reviewed.json'))).toBe(committedText);
  });

  it('covers the 193 UN members, Palestine, the Holy See, Taiwan, Kosovo and Western Sahara', () => {
    expect(new Set(reviewed.states.unMembers).size).toBe(193);
    expect(reviewed.states.observers).toEqual(['PSE', 'VAT']);
    expect(reviewed.states.others).toEqual(['TWN', 'XKX', 'ESH']);
    expect(Object.keys(committed.countries).sort()).toEqual(
      [...reviewed.states.unMembers, ...reviewed.states.observers, ...reviewed.states.others].sort(),
    );
  });

  it('records for every country the name CLDR gives it, and lists that name unless it is not counted', () => {
    for (const [code, entry] of Object.entries(committed.countries)) {
      expect(entry.origin?.cldr, code).toBe(cldrArabicName(code));
      const listed = entry.names.map(fold).includes(fold(entry.origin?.cldr ?? ''));
      expect(listed, code).toBe(entry.origin?.cldrNotCounted === undefined);
    }
    expect(Object.entries(committed.countries).filter(([, e]) => e.origin?.cldrNotCounted)).toHaveLength(1);
  });

  it('says where each adjective list came from: the regular rule on the CLDR name, or the reviewed file', () => {
    for (const [code, entry] of Object.entries(committed.countries)) {
      const own = reviewed.countries[code]?.adjectives;
      if (entry.origin?.adjectives === 'rule') {
        expect(own, code).toBeUndefined();
        expect(entry.adjectives, code).toEqual(nisbaByRule(entry.origin.cldr));
      } else {
        expect(entry.adjectives, code).toEqual(own);
      }
    }
  });

  it('keeps every name of the reviewed file, in its order, before the CLDR name it adds', () => {
    for (const [code, entry] of Object.entries(reviewed.countries)) {
      expect(committed.countries[code]?.names.slice(0, entry.names.length), code).toEqual(entry.names);
    }
  });

  it('refuses a code CLDR does not know, naming the reviewed file and the record', () => {
    const bad = structuredClone(reviewed);
    bad.countries.XXX = { names: ['بلد'], capitals: [], formerCapitals: [], cities: [] };
    bad.states.others.push('XXX');
    expect(() => generateGazetteer(bad, 'data/gazetteer.reviewed.json')).toThrow(
      /data\/gazetteer\.reviewed\.json: record countries\/XXX: CLDR has no Arabic name/,
    );
  });

  it('refuses a reviewed file that leaves out a state it must cover', () => {
    const bad = structuredClone(reviewedJson) as { countries: Record<string, unknown> };
    delete bad.countries.AUT;
    expect(() => parseReviewedGazetteer(bad, 'data/gazetteer.reviewed.json')).toThrow(
      /record countries\/AUT: missing/,
    );
  });
});

describe('the regular nisba', () => {
  it.each([
    ['كينيا', ['كيني', 'كينية']],
    ['السنغال', ['سنغالي', 'سنغالية']],
    ['غانا', ['غاني', 'غانية']],
    ['هايتي', ['هايتي', 'هايتية']],
    ['الإكوادور', ['إكوادوري', 'إكوادورية']],
    ['سنغافورة', ['سنغافوري', 'سنغافورية']],
    ['توغو', []],
    ['جنوب السودان', []],
  ])('%s → %j', (name, expected) => {
    expect(nisbaByRule(name)).toEqual(expected);
  });
});
