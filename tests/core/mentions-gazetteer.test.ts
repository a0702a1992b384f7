/**
 * The shipped gazetteer against short hand-written sentences: every state found by its standard (CLDR) name, a sample
 * of adjectives and capitals, and the traps a complete gazetteer adds (a name inside another name, a common word
 * that folds to a name, two states that share a word).
 */
import { describe, expect, it } from 'vitest';
import { findNamesInLine } from '../../src/core/article/findMentions.ts';
import { parseGazetteer } from '../../src/core/article/parseGazetteer.ts';
import shipped from '../../data/gazetteer.json' with { type: 'json' };
import reviewed from '../../data/gazetteer.reviewed.json' with { type: 'json' };

const gazetteer = parseGazetteer(shipped);

/** "AUT:النمسا" for each country named, in order. */
function named(text: string): string[] {
  return findNamesInLine(text, gazetteer).flatMap(({ owner, text: written }) =>
    owner.kind === 'country' ? [`${owner.code}:${written}`] : [],
  );
}

describe('every state by its standard Arabic name, in a neutral sentence', () => {
  const states = [...reviewed.states.unMembers, ...reviewed.states.observers, ...reviewed.states.others];
  const counted = states.filter((code) => !gazetteer.countries[code]?.origin?.cldrNotCounted);

  it('covers 193 UN members; only Mali’s CLDR name is not counted on its own', () => {
    expect(reviewed.states.unMembers).toHaveLength(193);
    expect(states.filter((code) => !counted.includes(code))).toEqual(['MLI']);
  });

  it.each(counted)('%s', (code) => {
    const name = gazetteer.countries[code]?.origin?.cldr ?? '';
    expect(named(`وصل الوفد إلى ${name} صباح اليوم في زيارة رسمية`)).toEqual([`${code}:${name}`]);
  });

  it('finds Mali by its qualified names and its capital, not by the adjective مالي', () => {
    expect(named('قدمت دعما ماليا وتحدث عن الوضع المالي والأمن مالي')).toEqual([]);
    expect(named('زار جمهورية مالي ثم باماكو')).toEqual(['MLI:جمهورية مالي', 'MLI:باماكو']);
  });
});

describe('adjectives and capitals', () => {
  it.each([
    ['قال المسؤول النمساوي في فيينا', ['AUT:النمساوي', 'AUT:فيينا']],
    ['الحكومة السويدية في ستوكهولم', ['SWE:السويدية', 'SWE:ستوكهولم']],
    ['الرئيس الكيني في نيروبي', ['KEN:الكيني', 'KEN:نيروبي']],
    ['نائب كولومبي من بوغوتا', ['COL:كولومبي', 'COL:بوغوتا']],
    ['المنتخب الصربي في بلغراد', ['SRB:الصربي', 'SRB:بلغراد']],
    ['السلطات الإيفوارية في أبيدجان', ['CIV:الإيفوارية', 'CIV:أبيدجان']],
    ['الوزير البيروفي في ليما', ['PER:البيروفي', 'PER:ليما']],
    ['المسؤول التوغولي في لومي', ['TGO:التوغولي', 'TGO:لومي']],
    ['الرئيس الهايتي في بورت أو برنس', ['HTI:الهايتي', 'HTI:بورت أو برنس']],
    ['سفارة في ألماتي ثم أستانا', ['KAZ:ألماتي', 'KAZ:أستانا']],
    ['انتقلت الحكومة من دار السلام إلى دودوما', ['TZA:دار السلام', 'TZA:دودوما']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('variant spellings', () => {
  it.each([
    ['كامبوديا وكمبوديا', ['KHM:كامبوديا', 'KHM:وكمبوديا']],
    ['بنغلاديش وبنجلاديش', ['BGD:بنغلاديش', 'BGD:وبنجلاديش']],
    ['سري لانكا وسريلانكا', ['LKA:سري لانكا', 'LKA:وسريلانكا']],
    ['قازاقستان', ['KAZ:قازاقستان']],
    ['جمهوريه التشيك وتشيكيا', ['CZE:جمهوريه التشيك', 'CZE:وتشيكيا']],
    ['كوت ديفوار أو ساحل العاج', ['CIV:كوت ديفوار', 'CIV:ساحل العاج']],
    ['إسواتيني المعروفة سابقا بسوازيلاند', ['SWZ:إسواتيني', 'SWZ:بسوازيلاند']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('traps of a complete gazetteer', () => {
  it('reads South Sudan as one state, not as Sudan', () => {
    expect(named('استقل جنوب السودان عن السودان')).toEqual(['SSD:جنوب السودان', 'SDN:السودان']);
    expect(named('رئيس دولة جنوب السودان في جوبا')).toEqual(['SSD:دولة جنوب السودان', 'SSD:جوبا']);
  });

  it('reads the Indian Ocean as no mention of India', () => {
    expect(named('جزر في المحيط الهندي قرب الهند')).toEqual(['IND:الهند']);
  });

  it('does not read words that contain a name: الهندسية, المصرفي, الأقطار', () => {
    expect(named('الكلية الهندسية والقطاع المصرفي وبقية الأقطار العربية')).toEqual([]);
  });

  it('tells Guinea-Bissau, Equatorial Guinea and Papua New Guinea from Guinea', () => {
    expect(named('غينيا بيساو وغينيا الاستوائية وبابوا غينيا الجديدة وغينيا')).toEqual([
      'GNB:غينيا بيساو',
      'GNQ:وغينيا الاستوائية',
      'PNG:وبابوا غينيا الجديدة',
      'GIN:وغينيا',
    ]);
    expect(named('في خليج غينيا وجزيرة غينيا الجديدة')).toEqual([]);
  });

  it('tells Niger from Nigeria, and the river from the state', () => {
    expect(named('النيجر ونيجيريا والنيجيري والنيجري')).toEqual([
      'NER:النيجر',
      'NGA:ونيجيريا',
      'NGA:والنيجيري',
      'NER:والنيجري',
    ]);
    expect(named('على ضفاف نهر النيجر')).toEqual([]);
  });

  it('tells Dominica from the Dominican Republic', () => {
    expect(named('دومينيكا وجمهورية الدومينيكان والدومينيكان')).toEqual([
      'DMA:دومينيكا',
      'DOM:وجمهورية الدومينيكان',
      'DOM:والدومينيكان',
    ]);
  });

  it('counts الكونغو only with the word that says which Congo', () => {
    expect(named('نهر الكونغو')).toEqual([]);
    expect(named('الكونغو الديمقراطية والكونغو برازافيل وجمهورية الكونغو')).toEqual([
      'COD:الكونغو الديمقراطية',
      'COG:والكونغو برازافيل',
      'COG:وجمهورية الكونغو',
    ]);
  });

  it('reads عمان as Oman, and as Amman only after العاصمة الأردنية', () => {
    expect(named('سلطنة عمان وعمان')).toEqual(['OMN:سلطنة عمان', 'OMN:وعمان']);
    expect(named('في العاصمة الأردنية عمان')).toEqual(['JOR:العاصمة الأردنية عمان']);
  });

  it('reads جورجيا as the country, not the US state', () => {
    expect(named('جورجيا وولاية جورجيا')).toEqual(['GEO:جورجيا']);
  });

  it('does not read مجرى (a river’s course) as Hungarian, nor بنين وبنات as Benin', () => {
    expect(named('غيّر مجرى النهر في مدارس بنين وبنات')).toEqual([]);
    expect(named('المجر وبنين')).toEqual(['HUN:المجر', 'BEN:وبنين']);
  });

  it('keeps the earlier traps: Belarus is not Russia, a person is not a city', () => {
    expect(named('روسيا البيضاء وروسيا')).toEqual(['BLR:روسيا البيضاء', 'RUS:وروسيا']);
    expect(named('الرئيس نور سلطان نزارباييف')).toEqual([]);
    expect(named('منظمة شنغهاي للتعاون')).toEqual([]);
  });
});
