import { describe, expect, it } from 'vitest';
import {
  embedParams,
  isValidMapHash,
  viewFromMapHash,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/core/share/urlState.ts';

const context = {
  isKnownCountry: (code: string) => ['KAZ', 'IRN', 'QAT'].includes(code),
  firstDate: '1996-04-26',
  lastDate: '2025-12-31',
};
const defaults: UrlState = {
  org: 'SCO',
  date: 'article',
  country: null,
  lang: 'en',
  embed: false,
  title: true,
  legend: true,
  controls: true,
};

describe('URL state', () => {
  it('writes nothing when every setting is the default', () => {
    expect(serializeUrlState(defaults, defaults)).toBe('');
  });

  it('writes only the settings that differ, with the format version', () => {
    const search = serializeUrlState({ ...defaults, org: 'both', country: 'KAZ', lang: 'ar' }, defaults);
    expect(search).toBe('?v=1&org=both&country=KAZ&lang=ar');
  });

  it('reads back what it wrote', () => {
    const state: UrlState = {
      org: 'CICA',
      date: '2017-06-10',
      country: 'IRN',
      lang: 'ar',
      embed: true,
      title: false,
      legend: false,
      controls: false,
    };
    const parsed = parseUrlState(serializeUrlState(state, defaults), context);
    expect(parsed.ignored).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('keeps the embed parameters of the link when it rewrites it, so a reload keeps the same trust', () => {
    const link =
      '?v=1&org=cica&origins=https%3A%2F%2Fnews.example&childId=story-map&initialWidth=820&embed=0&utm_source=x';
    const kept = embedParams(link);
    expect(kept).toEqual([
      ['origins', 'https://news.example'],
      ['embed', '0'],
      ['childId', 'story-map'],
      ['initialWidth', '820'],
    ]);
    const search = serializeUrlState({ ...defaults, embed: true, country: 'KAZ' }, defaults, kept);
    const params = new URLSearchParams(search);
    expect(params.get('origins')).toBe('https://news.example');
    expect(params.get('childId')).toBe('story-map');
    expect(params.get('initialWidth')).toBe('820');
    // The link's own embed=0 wins over the state the iframe would otherwise write.
    expect(params.getAll('embed')).toEqual(['0']);
    expect(params.get('country')).toBe('KAZ');
    expect(params.has('utm_source')).toBe(false);
    expect(serializeUrlState(defaults, defaults, [['origins', 'https://a.example']])).toBe(
      '?v=1&origins=https%3A%2F%2Fa.example',
    );
  });

  it('ignores tracking and sharing parameters without naming them', () => {
    const parsed = parseUrlState(
      '?utm_source=x&utm_medium=y&UTM_Campaign=z&fbclid=1&gclid=2&mc_cid=3&ref=news&zoom=3',
      context,
    );
    expect(parsed.ignored).toEqual(['zoom']);
  });

  it('tells a map hash MapLibre can show from one it would drop', () => {
    for (const hash of ['', '#', '#3.5/35/60', '#2/30/60/20/45', '#0/-90/-180'])
      expect(isValidMapHash(hash), hash).toBe(true);
    for (const hash of ['#abc', '#2/91/60', '#2/30/181', '#NaN/1/1', '#30/1/1', '#2/30', '#2/30/60/0/0/9'])
      expect(isValidMapHash(hash), hash).toBe(false);
  });

  it('reads the view a valid map hash names, and nothing from one MapLibre would drop', () => {
    expect(viewFromMapHash('#3.5/35/60')).toEqual({ zoom: 3.5, lat: 35, lng: 60 });
    expect(viewFromMapHash('#2/-30.25/-60/20/45')).toEqual({ zoom: 2, lat: -30.25, lng: -60 });
    for (const hash of ['', '#', '#2/91/60', '#abc']) expect(viewFromMapHash(hash), hash).toBeNull();
  });

  it('accepts lower-case codes and organisation names', () => {
    expect(parseUrlState('?country=qat&org=cica', context).state).toEqual({ country: 'QAT', org: 'CICA' });
  });

  it('ignores unknown parameters and malformed values, naming each', () => {
    const parsed = parseUrlState(
      '?org=nato&date=2024-02-30&country=XXX&lang=fr&embed=maybe&zoom=3&v=9&date2=1',
      context,
    );
    expect(parsed.state).toEqual({});
    expect(parsed.ignored).toEqual(['org', 'date', 'country', 'lang', 'embed', 'zoom', 'v', 'date2']);
  });

  it('refuses dates outside the data and oversized values', () => {
    expect(parseUrlState('?date=1990-01-01', context).ignored).toEqual(['date']);
    expect(parseUrlState(`?country=${'K'.repeat(5000)}`, context).ignored).toEqual(['country']);
  });

  it('does not let a parameter named like an object key reach the state', () => {
    const parsed = parseUrlState('?__proto__=x&constructor=y&toString=z', context);
    expect(parsed.state).toEqual({});
    expect(Object.getPrototypeOf(parsed.state)).toBe(Object.prototype);
    expect(parsed.ignored).toHaveLength(3);
  });
});

describe('article=<id>', () => {
  const withArticles = {
    ...context,
    isKnownArticle: (id: string) => ['kazakhstan-2024', 'vienna-2025'].includes(id),
  };

  it('reads a shipped article’s id and ignores one the atlas does not ship', () => {
    expect(parseUrlState('?article=vienna-2025', withArticles).state).toEqual({ article: 'vienna-2025' });
    const parsed = parseUrlState('?article=elsewhere', withArticles);
    expect(parsed.state).toEqual({});
    expect(parsed.ignored).toEqual(['article']);
    expect(parseUrlState('?article=Vienna-2025', withArticles).ignored).toEqual(['article']);
    expect(parseUrlState('?article=vienna-2025', context).ignored).toEqual(['article']);
  });

  it('writes the article only when it is not the default one', () => {
    const first = { ...defaults, article: 'kazakhstan-2024' };
    expect(serializeUrlState(first, first)).toBe('');
    expect(serializeUrlState({ ...first, article: 'vienna-2025' }, first)).toBe('?v=1&article=vienna-2025');
  });
});
