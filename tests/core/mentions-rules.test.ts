/**
 * The matching rules, each on short hand-written sentences, against a small hand-written gazetteer
 * (fixtures/article/mini-gazetteer.json) so the rules are tested apart from the shipped names.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, findNamesInLine, findOrgMentions } from '../../src/core/article/findMentions.ts';
import { parseGazetteer } from '../../src/core/article/parseGazetteer.ts';
import mini from '../fixtures/article/mini-gazetteer.json' with { type: 'json' };

const gazetteer = parseGazetteer(mini, 'fixtures/article/mini-gazetteer.json');

/** "KAZ:لكازاخستان" for each name found, in order. */
function named(text: string): string[] {
  return findNamesInLine(text, gazetteer).map(({ owner, text: written, start, end }) => {
    expect(text.slice(start, end)).toBe(written);
    return `${owner.kind === 'country' ? owner.code : owner.org}:${written}`;
  });
}

describe('clitics: a name may carry و ف ب ك ل and ال, and the match covers the word as written', () => {
  it.each([
    ['و', 'زار الوفد روسيا وكازاخستان', ['RUS:روسيا', 'KAZ:وكازاخستان']],
    ['ف', 'ثم انتقل فكازاخستان أولى محطاته', ['KAZ:فكازاخستان']],
    ['ب', 'عقد الاجتماع بكازاخستان', ['KAZ:بكازاخستان']],
    ['ك', 'دول ككازاخستان تسعى إلى ذلك', ['KAZ:ككازاخستان']],
    ['ل', 'الرئيس الأول لكازاخستان', ['KAZ:لكازاخستان']],
    ['ل before hamza', 'زيارة لإيران', ['IRN:لإيران']],
    ['ال with a name that has it', 'قالت الصين', ['CHN:الصين']],
    ['لل (ل + ال)', 'زيارة للصين', ['CHN:للصين']],
    ['ولل', 'وللهند دور', ['IND:وللهند']],
    ['وال', 'الصين والهند', ['CHN:الصين', 'IND:والهند']],
    ['بال', 'صنع بالهند', ['IND:بالهند']],
    ['فال', 'فالصين شريك', ['CHN:فالصين']],
    ['كال', 'دولة كالهند', ['IND:كالهند']],
    ['وبال', 'وبالصين أيضا', ['CHN:وبالصين']],
    ['لل before a stem that starts with lam', 'رحلة للاذقية', ['SYR:للاذقية']],
  ])('%s', (_rule, text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('reads لـ joined by tatweel as a clitic and keeps the tatweel in the reported text', () => {
    expect(named('الرئيس الأول لـكازاخستان')).toEqual(['KAZ:لـكازاخستان']);
  });

  it('leaves a detached لـ outside the match: لـ “سيكا” names CICA as “سيكا”', () => {
    expect(named('وضع حجر الأساس لـ “سيكا” وحتى')).toEqual(['CICA:سيكا']);
  });

  it('never gives the article to a bare name', () => {
    expect(named('الكازاخستان والروسيا')).toEqual([]);
  });

  it('requires the article where the name is listed with it: هند is a woman’s name, not India', () => {
    expect(named('قالت هند إن الهند')).toEqual(['IND:الهند']);
  });

  it('requires the article for an adjective listed with it: بروس is not ب + روس', () => {
    expect(named('قال بروس إن الروس والروسية')).toEqual(['RUS:الروس', 'RUS:والروسية']);
  });
});

describe('whole words only', () => {
  it('finds no country inside a longer word', () => {
    expect(named('أصبحت مهندسًا في الهندسة')).toEqual([]);
    expect(named('بيلاروسيا')).toEqual(['BLR:بيلاروسيا']);
    expect(named('كازاخستانها')).toEqual([]);
  });

  it('counts plural and other endings only when the adjective list spells them out', () => {
    expect(named('التقى الإيرانيين')).toEqual(['IRN:الإيرانيين']);
    expect(named('التقى الصينيين')).toEqual([]);
  });

  it('prefers the reading with fewer clitics, so a notPlaces word is not split into clitic + name', () => {
    expect(named('بطولة فروسية وطنية')).toEqual([]);
    expect(named('شركة روسية')).toEqual(['RUS:روسية']);
  });

  it('matches Latin abbreviations as whole words, in any case', () => {
    expect(named('منظمة ” SCO” وsco')).toEqual(['SCO:SCO', 'SCO:sco']);
    expect(named('SCOT CICAs')).toEqual([]);
  });

  it('finds names written with diacritics or another hamza seat, reporting them as written', () => {
    expect(named('زار كَازَاخِسْتَانَ ثم آستانا')).toEqual(['KAZ:كَازَاخِسْتَانَ', 'KAZ:آستانا']);
  });
});

describe('multi-word names', () => {
  it('takes the longest listed name: روسيا البيضاء is Belarus, not Russia', () => {
    expect(named('انضمام روسيا البيضاء')).toEqual(['BLR:روسيا البيضاء']);
  });

  it('reports all words of a long name, clitics included', () => {
    expect(named('رحبت بعضوية المملكة العربية السعودية')).toEqual(['SAU:المملكة العربية السعودية']);
    expect(named('وبالولايات المتحدة')).toEqual(['USA:وبالولايات المتحدة']);
    expect(named('في جمهورية كازاخستان')).toEqual(['KAZ:جمهورية كازاخستان']);
  });

  it('allows more than one space or a hyphen between the words, but not punctuation', () => {
    expect(named('روسيا  البيضاء')).toEqual(['BLR:روسيا  البيضاء']);
    expect(named('ألما-آتا')).toEqual(['KAZ:ألما-آتا']);
    expect(named('روسيا، البيضاء')).toEqual(['RUS:روسيا']);
  });

  it('does not read المتحدة on its own as any country', () => {
    expect(named('مكتب الأمم المتحدة')).toEqual([]);
  });
});

describe('organisation names and notPlaces hide the place names inside them', () => {
  it('reads منظمة شنغهاي للتعاون as the SCO, not as a mention of China', () => {
    expect(named('ومنظمة شنغهاي للتعاون')).toEqual(['SCO:ومنظمة شنغهاي للتعاون']);
  });

  it('still reads Shanghai as China outside the organisation’s name', () => {
    expect(named('تأسست في يونيو 2001 في شنغهاي')).toEqual(['CHN:شنغهاي']);
  });

  it('reads the CICA’s long name as one mention of the CICA', () => {
    expect(named('لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا')).toEqual([
      'CICA:لمؤتمر التفاعل وإجراءات بناء الثقة في آسيا',
    ]);
  });

  it('reads a person named after the capital as no place, but the capital alone as Kazakhstan', () => {
    expect(named('أطلقه نور سلطان نزارباييف في نور سلطان')).toEqual(['KAZ:نور سلطان']);
  });

  it('reads seas and common words spelt like a name as no place', () => {
    expect(named('في المحيط الهندي وبالمحيط الهندي')).toEqual([]);
    expect(named('زيت جوز الهند')).toEqual([]);
    expect(named('المحيط الهادئ والهند')).toEqual(['IND:والهند']);
  });
});

describe('adjectives, capitals and cities name their country', () => {
  it('reads a nisba adjective, with or without the article, as its country', () => {
    expect(named('القيادة الكازاخستانية وشركة صينية')).toEqual(['KAZ:الكازاخستانية', 'CHN:صينية']);
    expect(named('للكازاخستانيين')).toEqual(['KAZ:للكازاخستانيين']);
  });

  it('reads capitals and cities as their country', () => {
    expect(named('من بكين إلى أستانا مرورا بألماتي وطهران')).toEqual([
      'CHN:بكين',
      'KAZ:أستانا',
      'KAZ:بألماتي',
      'IRN:وطهران',
    ]);
  });
});

describe('findMentions and findOrgMentions', () => {
  const lines = [
    'خبر عن مصر لا صلة له',
    'كازاخستان والصين',
    'لا شيء هنا',
    'عادت كازاخستان إلى منظمة شنغهاي للتعاون',
  ];

  it('lists each country’s lines in order, 1-based, with offsets into each line', () => {
    expect(findMentions(lines, gazetteer)).toEqual({
      CHN: [{ line: 2, matches: [{ text: 'والصين', start: 10, end: 16 }] }],
      EGY: [{ line: 1, matches: [{ text: 'مصر', start: 7, end: 10 }] }],
      KAZ: [
        { line: 2, matches: [{ text: 'كازاخستان', start: 0, end: 9 }] },
        { line: 4, matches: [{ text: 'كازاخستان', start: 5, end: 14 }] },
      ],
    });
  });

  it('sorts the countries by code', () => {
    expect(Object.keys(findMentions(['الهند والصين ومصر'], gazetteer))).toEqual(['CHN', 'EGY', 'IND']);
  });

  it('still reports excluded lines, marked excluded', () => {
    const index = findMentions(lines, gazetteer, { excludedLines: [1] });
    expect(index.EGY).toEqual([{ line: 1, matches: [{ text: 'مصر', start: 7, end: 10 }], excluded: true }]);
    expect(index.KAZ?.every((entry) => entry.excluded === undefined)).toBe(true);
  });

  it('lists the lines naming each organisation, and an empty list for one never named', () => {
    expect(findOrgMentions(lines, gazetteer)).toEqual({
      SCO: [{ line: 4, matches: [{ text: 'منظمة شنغهاي للتعاون', start: 19, end: 39 }] }],
      CICA: [],
    });
  });
});
