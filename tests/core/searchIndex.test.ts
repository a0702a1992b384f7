/** Country search as people type: aliases, Arabic variants, prefixes and slips, role-holders first. */
import { describe, expect, it } from 'vitest';
import { createSearchIndex, editDistance } from '../../src/core/i18n/searchIndex.ts';
import { SEARCH_ALIASES } from '../../src/core/i18n/searchAliases.ts';
import { gazetteerAliases } from '../../src/core/article/gazetteer.ts';
import { ORG_IDS } from '../../src/core/model/types.ts';
import { ARTICLE_DATE, geometry, index, names } from '../fixtures/export/atlas.ts';
import { loadArticle } from '../../src/pipeline/data/loadArticle.ts';
import { DATA_DIR } from '../support/realData.ts';

const gazetteer = gazetteerAliases(loadArticle(DATA_DIR).gazetteer);
const codes = geometry.countries.features.filter((f) => !f.properties.disputed).map((f) => f.properties.id);
const search = createSearchIndex(
  codes.map((code) => ({
    code,
    names: [
      names.en.get(code) ?? code,
      names.ar.get(code) ?? code,
      code,
      ...(SEARCH_ALIASES[code] ?? []),
      ...(gazetteer[code] ?? []),
    ],
  })),
  { relevant: (code) => ORG_IDS.some((org) => index.roleOf(code, org, ARTICLE_DATE)) },
).search;
const first = (query: string) => search(query)[0];

describe('country search', () => {
  it.each([
    ['uae', 'ARE'],
    ['UAE', 'ARE'],
    ['ksa', 'SAU'],
    ['usa', 'USA'],
    ['U.S.', 'USA'],
    ['uk', 'GBR'],
    ['dprk', 'PRK'],
    ['rok', 'KOR'],
    ['Turkey', 'TUR'],
    ['türkiye', 'TUR'],
    ['turkiye', 'TUR'],
    ['burma', 'MMR'],
    ['czechia', 'CZE'],
    ['kazakstan', 'KAZ'],
    ['persia', 'IRN'],
  ])('finds %s as %s', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('ranks Türkiye and Turkmenistan, which have roles, above Turks and Caicos for "turk"', () => {
    const results = search('turk');
    expect(results.slice(0, 2).sort()).toEqual(['TKM', 'TUR']);
    expect(results).toContain('TCA');
    expect(results.indexOf('TCA')).toBeGreaterThan(1);
  });

  it('forgives typing slips: a missing, extra, wrong or swapped letter', () => {
    expect(first('uzbekistn')).toBe('UZB');
    expect(first('kyrgyztan')).toBe('KGZ');
    expect(first('pakistna')).toBe('PAK');
    expect(first('mongolai')).toBe('MNG');
    expect(search('xqzw')).toEqual([]);
  });

  it('finds Arabic names with or without the article, hamza and taa marbuta, and the gazetteer’s variants', () => {
    expect(first('الإمارات')).toBe('ARE');
    expect(first('امارات')).toBe('ARE');
    expect(first('روسيا')).toBe('RUS');
    expect(first('كازاخستان')).toBe('KAZ');
    expect(first('السعوديه')).toBe('SAU');
    expect(first('الهند')).toBe('IND');
  });

  it('puts a whole-name match before longer names that start with it', () => {
    expect(first('india')).toBe('IND');
    expect(first('oman')).toBe('OMN');
    expect(first('iran')).toBe('IRN');
  });

  it('measures slips as edits, a swap counting once', () => {
    expect(editDistance('kazakstan', 'kazakhstan', 2)).toBe(1);
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
    expect(editDistance('iran', 'oman', 1)).toBe(2);
  });
});
