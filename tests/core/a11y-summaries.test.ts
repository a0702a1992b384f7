/**
 * What a screen reader hears instead of the map: the counts of every role and the chair, and the announcement
 * when a country is selected — in English and in Arabic, read from the real data.
 */
import { describe, expect, it } from 'vitest';
import { data, DATA_DIR, index } from '../support/realData.ts';
import {
  categoriesOn,
  categoryCounts,
  LEGEND_ORDER,
  type MapCategory,
  type OrgView,
} from '../../src/core/model/categories.ts';
import { createCountryNames, nameOf } from '../../src/core/i18n/countryNames.ts';
import { loadCountryNameTable } from '../../src/pipeline/data/loadCountryNames.ts';
import { formatNumber, plural, type Lang } from '../../src/core/i18n/strings.ts';
import { appStrings } from '../../src/core/i18n/appStrings.ts';
import { mapSummary, selectionAnnouncement, type SummarySource } from '../../src/core/i18n/summaries.ts';
import type { IsoDate } from '../../src/core/model/types.ts';

const names = createCountryNames(
  [
    { id: 'KAZ', name: 'Kazakhstan', a2: 'KZ' },
    { id: 'CHN', name: 'China', a2: 'CN' },
    { id: 'MNG', name: 'Mongolia', a2: 'MN' },
    { id: 'FRA', name: 'France', a2: 'FR' },
  ],
  loadCountryNameTable(DATA_DIR),
);

function atlasOn(org: OrgView, date: IsoDate, lang: Lang): SummarySource {
  const t = appStrings[lang];
  return {
    lang,
    t,
    org,
    date,
    index,
    legend: categoryCounts(categoriesOn(index, org, date), LEGEND_ORDER),
    categoryLabel: (category: MapCategory) =>
      category === 'both'
        ? t.bothLegend
        : category === 'sco_only'
          ? t.scoOnly
          : category === 'cica_only'
            ? t.cicaOnly
            : t.statusPlural[category],
    orgShort: (id) => data.organisations.find((o) => o.id === id)?.short[lang] ?? id,
    name: (code) => nameOf(names, lang, code),
  };
}

describe('the map summary', () => {
  it('the SCO on the article date: 10 members, 2 observers, 14 dialogue partners; China chairs', () => {
    expect(mapSummary(atlasOn('SCO', '2024-07-05', 'en'))).toEqual([
      'Members: 10, Observers: 2 and Dialogue partners: 14.',
      'Chair of the SCO: China.',
    ]);
  });

  it('before the Astana summit of 4 July 2024, Kazakhstan chaired the SCO', () => {
    expect(mapSummary(atlasOn('SCO', '2024-07-03', 'en'))[1]).toBe('Chair of the SCO: Kazakhstan.');
  });

  it('both organisations: the overlap counts and a chair for each', () => {
    const [counts, ...chairs] = mapSummary(atlasOn('both', '2024-07-05', 'en'));
    expect(counts).toMatch(/^Any role in both: \d+, SCO only: \d+ and CICA only: \d+\.$/);
    expect(chairs).toEqual(['Chair of the SCO: China.', 'Chair of the CICA: Kazakhstan.']);
  });

  it('in Arabic, with the numbers written as Arabic writes them and an Arabic list', () => {
    const n = (value: number) => formatNumber(value, 'ar');
    expect(mapSummary(atlasOn('SCO', '2024-07-05', 'ar'))).toEqual([
      `الأعضاء: ${n(10)} والمراقبون: ${n(2)} وشركاء الحوار: ${n(14)}.`,
      'رئاسة شنغهاي: الصين.',
    ]);
  });

  it('before the SCO existed, nobody holds a role', () => {
    expect(mapSummary(atlasOn('SCO', '1990-01-01', 'en'))).toEqual(['No country holds a role on this date.']);
  });
});

describe('the selection announcement', () => {
  it('Kazakhstan: a member of both', () => {
    expect(selectionAnnouncement(atlasOn('SCO', '2024-07-05', 'en'), 'KAZ')).toBe(
      'Kazakhstan selected. SCO: Member. CICA: Member.',
    );
  });

  it('Mongolia in Arabic: an SCO observer and a CICA member', () => {
    expect(selectionAnnouncement(atlasOn('SCO', '2024-07-05', 'ar'), 'MNG')).toBe(
      'تم اختيار منغوليا. شنغهاي: مراقب. سيكا: عضو.',
    );
  });

  it('France: no role in either', () => {
    expect(selectionAnnouncement(atlasOn('CICA', '2024-07-05', 'en'), 'FRA')).toBe(
      'France selected. No role in the SCO. No role in the CICA.',
    );
  });
});

describe('plural forms', () => {
  const forms = appStrings.ar.passagesNaming;
  it('Arabic says one, two, a few (3–10) and many (11+) paragraphs differently', () => {
    const say = (count: number) => plural(forms, count, 'ar', { country: 'قطر' });
    expect(say(1)).toBe('فقرة واحدة تذكر قطر');
    expect(say(2)).toBe('فقرتان تذكران قطر');
    expect(say(3)).toBe(`${formatNumber(3, 'ar')} فقرات تذكر قطر`);
    expect(say(25)).toBe(`${formatNumber(25, 'ar')} فقرة تذكر قطر`);
  });

  it('English says one paragraph and 25 paragraphs', () => {
    expect(plural(appStrings.en.passagesNaming, 1, 'en', { country: 'Qatar' })).toBe(
      '1 paragraph names Qatar',
    );
    expect(plural(appStrings.en.passagesNaming, 25, 'en', { country: 'Qatar' })).toBe(
      '25 paragraphs name Qatar',
    );
  });
});
