import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, originalRange } from '../../src/core/article/normalize.ts';

const norm = (text: string) => normalizeArabic(text).normalized;

describe('normalizeArabic folds spellings a reader treats as the same', () => {
  it('folds the hamza seats of alef to a bare alef', () => {
    expect(norm('أستانا إيران آسيا ٱلله')).toBe('استانا ايران اسيا الله');
  });

  it('folds hamza on waw and yeh to the bare letter and keeps a free-standing hamza', () => {
    expect(norm('مؤتمر إسرائيل')).toBe('موتمر اسراييل');
    expect(norm('صنعاء')).toBe('صنعاء');
  });

  it('folds alef maqsura to yeh and taa marbuta to heh', () => {
    expect(norm('بخارى')).toBe('بخاري');
    expect(norm('منظمة')).toBe('منظمه');
  });

  it('drops tatweel', () => {
    expect(norm('أستانا ــ تمكنت')).toBe('استانا  تمكنت');
    expect(norm('لـكازاخستان')).toBe('لكازاخستان');
  });

  it('drops harakat, shadda, sukun and the superscript alef', () => {
    expect(norm('مُنَظَّمَةٌ')).toBe('منظمه');
    expect(norm('مهندسًا')).toBe('مهندسا');
    expect(norm('عُمّان')).toBe('عمان');
    expect(norm('هٰذا')).toBe('هذا');
  });

  it('drops invisible direction and joining marks', () => {
    expect(norm('\u200fكازاخ\u200cستان\u200e')).toBe('كازاخستان');
  });

  it('unifies quotation marks to one straight double quote', () => {
    expect(norm('“سيكا” «سيكا» \'SCO\' ‘a’ "b"')).toBe('"سيكا" "سيكا" "sco" "a" "b"');
  });

  it('turns Arabic-Indic and Persian digits into Latin digits', () => {
    expect(norm('٢٠٢٤ و۲۰۲۲')).toBe('2024 و2022');
  });

  it('lower-cases Latin letters', () => {
    expect(norm('SCO CICA Astana')).toBe('sco cica astana');
  });

  it('reads Persian letters and presentation forms as the Arabic letters they show', () => {
    expect(norm('کابل ایران')).toBe('كابل ايران');
    expect(norm('ﻻ')).toBe('لا');
  });

  it('changes nothing in text that is already normalized', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'أإآؤئىةـًٌَُِّْٰ“”«»SCOabc كازخستن١٢ ﻻ\u200f'.split('')) }),
        (text) => {
          expect(norm(norm(text))).toBe(norm(text));
        },
      ),
    );
  });
});

describe('normalizeArabic maps every normalized character back to the original text', () => {
  it('skips removed characters in the map', () => {
    const { normalized, map } = normalizeArabic('لـكَا');
    expect(normalized).toBe('لكا');
    expect(map).toEqual([0, 2, 4, 5]);
  });

  it('maps both letters of a lam-alef ligature to the ligature', () => {
    expect(normalizeArabic('ﻻ ب').map).toEqual([0, 0, 1, 2, 3]);
  });

  it('has one entry per normalized character plus the original length, never decreasing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'أبـَّة “ﻻ\u200f𝐀A٣'.split('')) }), (text) => {
        const { normalized, map } = normalizeArabic(text);
        expect(map).toHaveLength(normalized.length + 1);
        expect(map.at(-1)).toBe(text.length);
        for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] as number);
      }),
    );
  });

  it('reports a word with the vowel signs written after its last letter', () => {
    const text = 'زار كازاخستانَ، ثم عاد';
    const { normalized, map } = normalizeArabic(text);
    const at = normalized.indexOf('كازاخستان');
    const { start, end } = originalRange(map, at, at + 'كازاخستان'.length);
    expect(text.slice(start, end)).toBe('كازاخستانَ');
  });

  it('reports a word written with tatweel as written', () => {
    const text = 'الرئيس الأول لـكازاخستان نور';
    const { normalized, map } = normalizeArabic(text);
    const at = normalized.indexOf('لكازاخستان');
    const { start, end } = originalRange(map, at, at + 'لكازاخستان'.length);
    expect(text.slice(start, end)).toBe('لـكازاخستان');
  });
});
