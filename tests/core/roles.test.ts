/**
 * Who holds which role on a date, as a reader of the map would check it: the article's snapshot, the latest one,
 * the days a status changes, and the chairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { data, index } from '../support/realData.ts';
import { ORG_IDS, STATUSES, type IsoDate, type OrgId } from '../../src/core/model/types.ts';

const statusOf = (country: string, org: OrgId, date: IsoDate) => index.roleOf(country, org, date)?.status;

const articleDate = data.snapshots.find((s) => s.id === 'article')!.date;

describe('the article snapshot (early 2024, between the December 2023 CICA meeting and the Astana summit)', () => {
  it('falls inside the window the article describes', () => {
    expect(articleDate > '2023-12-31').toBe(true);
    expect(articleDate < '2024-07-04').toBe(true);
  });

  it('Kazakhstan chairs both organisations', () => {
    expect(index.chairOn('SCO', articleDate)?.country).toBe('KAZ');
    expect(index.chairOn('CICA', articleDate)?.country).toBe('KAZ');
  });

  it('Belarus is an SCO observer (in accession) and Iran a member', () => {
    expect(statusOf('BLR', 'SCO', articleDate)).toBe('observer');
    expect(statusOf('IRN', 'SCO', articleDate)).toBe('member');
  });

  it('SCO has 9 members, 3 observers and 14 dialogue partners; CICA 28 members and 10 observers', () => {
    expect(index.countsOn('SCO', articleDate)).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
    expect(index.countsOn('CICA', articleDate)).toEqual({ member: 28, observer: 10 });
  });
});

describe('a status begins when its memorandum is signed', () => {
  it.each([
    ['AZE', '2016-03-13', undefined, 'the day before the Beijing memorandum of 14 March 2016'],
    ['AZE', '2016-03-20', 'dialogue_partner', 'after it'],
    ['NPL', '2016-03-21', undefined, 'the day before the memorandum of 22 March 2016'],
    ['NPL', '2016-04-01', 'dialogue_partner', 'after it'],
    ['BLR', '2010-01-01', undefined, 'after the 2009 decision, before the April 2010 memorandum'],
    ['BLR', '2010-05-15', 'dialogue_partner', 'after the memorandum signed in Minsk'],
    ['EGY', '2022-09-13', undefined, 'the day before the Tashkent memorandum'],
    ['EGY', '2022-09-15', 'dialogue_partner', 'the day after it, before the Samarkand summit'],
    ['QAT', '2022-09-15', 'dialogue_partner', 'the day after the Tashkent memorandum'],
    ['KWT', '2023-05-05', 'dialogue_partner', 'the day the Goa memoranda were signed'],
    ['ARE', '2023-05-04', undefined, 'the first day of the Goa meeting'],
  ] as const)('SCO %s on %s: %s (%s)', (country, date, status, _why) => {
    expect(statusOf(country, 'SCO', date)).toBe(status);
  });
});

describe('the day after the Astana summit (2024-07-05)', () => {
  it('SCO has 10 members, 2 observers and 14 dialogue partners', () => {
    expect(index.countsOn('SCO', '2024-07-05')).toEqual({ member: 10, observer: 2, dialogue_partner: 14 });
  });

  it('CICA has 28 members and 10 observers', () => {
    expect(index.countsOn('CICA', '2024-07-05')).toEqual({ member: 28, observer: 10 });
  });

  it('Kazakhstan is a member of both', () => {
    expect(statusOf('KAZ', 'SCO', '2024-07-05')).toBe('member');
    expect(statusOf('KAZ', 'CICA', '2024-07-05')).toBe('member');
  });

  it('lists the SCO observers and members by code, sorted', () => {
    const sco = index.rolesByOrg('2024-07-05').SCO;
    expect(sco.observer).toEqual(['AFG', 'MNG']);
    expect(sco.member).toEqual(['BLR', 'CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB']);
    expect(sco.partner).toBeUndefined();
    expect(Object.keys(sco)).toEqual(['member', 'observer', 'dialogue_partner']);
  });

  it('Afghanistan is an SCO observer with its inactivity noted', () => {
    const role = index.roleOf('AFG', 'SCO', '2024-07-05');
    expect(role?.status).toBe('observer');
    expect(role?.period.note).toMatch(/inactive since 2021/i);
  });
});

describe('after the Tianjin reform (2025-09-02)', () => {
  it('SCO has 10 members and 17 partners, and no observers or dialogue partners', () => {
    expect(index.countsOn('SCO', '2025-09-02')).toEqual({ member: 10, partner: 17 });
  });

  it('Laos is an SCO partner, with the doubt kept', () => {
    const role = index.roleOf('LAO', 'SCO', '2025-09-02');
    expect(role?.status).toBe('partner');
    expect(role?.period.note).toMatch(/doubt/i);
  });

  it('the latest snapshot shows the same', () => {
    const latest = data.snapshots.find((s) => s.id === 'latest')!.date;
    expect(index.countsOn('SCO', latest)).toEqual({ member: 10, partner: 17 });
    expect(index.countsOn('CICA', latest)).toEqual({ member: 28, observer: 10 });
  });
});

describe('the day after India and Pakistan joined (2017-06-10)', () => {
  it('SCO has 8 members: the six founders, India and Pakistan', () => {
    expect(index.rolesByOrg('2017-06-10').SCO.member).toEqual([
      'CHN',
      'IND',
      'KAZ',
      'KGZ',
      'PAK',
      'RUS',
      'TJK',
      'UZB',
    ]);
  });
});

describe('a status changes on the day it is decided, not a day earlier or later', () => {
  it.each([
    ['IND', '2017-06-08', 'observer', '2017-06-09', 'member'],
    ['PAK', '2017-06-08', 'observer', '2017-06-09', 'member'],
    ['IRN', '2023-07-03', 'observer', '2023-07-04', 'member'],
    ['BLR', '2024-07-03', 'observer', '2024-07-04', 'member'],
    ['MNG', '2025-08-31', 'observer', '2025-09-01', 'partner'],
    ['TUR', '2025-08-31', 'dialogue_partner', '2025-09-01', 'partner'],
  ])('%s in the SCO: %s %s, %s %s', (country, before, statusBefore, on, statusOn) => {
    expect(statusOf(country, 'SCO', before)).toBe(statusBefore);
    expect(statusOf(country, 'SCO', on)).toBe(statusOn);
  });

  it('Laos has no SCO role on 2025-08-31 and is a partner on 2025-09-01', () => {
    expect(index.roleOf('LAO', 'SCO', '2025-08-31')).toBeUndefined();
    expect(statusOf('LAO', 'SCO', '2025-09-01')).toBe('partner');
  });

  it('the SCO grows from 6 members on 2017-06-08 to 8 on 2017-06-09', () => {
    expect(index.countsOn('SCO', '2017-06-08').member).toBe(6);
    expect(index.countsOn('SCO', '2017-06-09').member).toBe(8);
  });
});

describe('chairs', () => {
  it('Kazakhstan chairs both organisations on 2024-05-01', () => {
    expect(index.chairOn('SCO', '2024-05-01')?.country).toBe('KAZ');
    expect(index.chairOn('CICA', '2024-05-01')?.country).toBe('KAZ');
  });

  it('China chairs the SCO the day after the Astana summit (2024-07-05)', () => {
    expect(index.chairOn('SCO', '2024-07-05')?.country).toBe('CHN');
  });

  it('Azerbaijan chairs CICA on 2025-01-01', () => {
    expect(index.chairOn('CICA', '2025-01-01')?.country).toBe('AZE');
  });

  it('Kyrgyzstan chairs the SCO from the Tianjin summit', () => {
    expect(index.chairOn('SCO', '2025-08-31')?.country).toBe('CHN');
    expect(index.chairOn('SCO', '2025-09-01')?.country).toBe('KGZ');
  });

  it("Kazakhstan's chairmanships include SCO 2023–2024 and CICA 2020–2024", () => {
    const spans = index.chairsOf('KAZ').map((c) => `${c.org} ${c.from} – ${c.until ?? ''}`);
    expect(spans).toContain('SCO 2023-07-04 – 2024-07-04');
    expect(spans).toContain('CICA 2020-09-24 – 2024-12-17');
  });

  it('nobody chairs before any chair is recorded', () => {
    expect(index.chairOn('SCO', '1990-01-01')).toBeUndefined();
  });
});

describe('histories and the whole data', () => {
  it("Belarus's SCO history reads dialogue partner, observer, member", () => {
    expect(index.historyOf('BLR', 'SCO').map((p) => p.status)).toEqual([
      'dialogue_partner',
      'observer',
      'member',
    ]);
  });

  it('a country that never had a role has an empty history', () => {
    expect(index.historyOf('FRA', 'SCO')).toEqual([]);
  });

  it('former CICA observers are listed as countries but hold no role today', () => {
    expect(index.countries()).toContain('AUS');
    expect(statusOf('AUS', 'CICA', '2006-06-01')).toBe('observer');
    expect(index.roleOf('AUS', 'CICA', '2024-07-05')).toBeUndefined();
  });

  it('countries are sorted and unique', () => {
    const codes = index.countries();
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it('the date range runs from the earliest founding to the latest snapshot', () => {
    const founded = data.organisations.map((o) => o.founded).sort();
    const latest = data.snapshots.map((s) => s.date).sort();
    expect(index.dateRange()).toEqual({ first: founded[0], last: latest[latest.length - 1] });
  });

  it('before any organisation existed nobody holds a role', () => {
    expect(index.rolesOn('1990-01-01')).toEqual([]);
    expect(index.rolesByOrg('1990-01-01')).toEqual({ SCO: {}, CICA: {} });
  });

  it('shared results cannot be changed by a caller', () => {
    expect(() => index.rolesByOrg('2024-07-05').SCO.member!.push('FRA')).toThrow(TypeError);
  });

  it('on any date, agrees with reading the data files directly', () => {
    const day = fc
      .date({
        min: new Date('1995-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const expected = Object.fromEntries(ORG_IDS.map((org) => [org, {} as Record<string, string[]>]));
        for (const m of data.memberships) {
          const period = m.history.find((p) => p.from <= date && (!p.until || date < p.until));
          if (period) (expected[m.org]![period.status] ??= []).push(m.country);
        }
        for (const org of ORG_IDS) for (const status of STATUSES) expected[org]![status]?.sort();
        expect(index.rolesByOrg(date)).toEqual(expected);
        expect(index.rolesOn(date)).toHaveLength(
          Object.values(expected).flatMap((o) => Object.values(o).flat()).length,
        );
      }),
      { numRuns: 300 },
    );
  });
});
