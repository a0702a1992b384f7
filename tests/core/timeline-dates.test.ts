/**
 * What the map, legend and chair mark show on the days a status or a chair begins or ends, the way the time
 * control reaches them (roles.test.ts checks single statuses; these check the legend and chairs a reader sees),
 * and how the list of changes words them.
 */
import { describe, expect, it } from 'vitest';
import { data, index } from '../support/realData.ts';
import { categoriesOn, categoryCounts, LEGEND_ORDER, type OrgView } from '../../src/core/model/categories.ts';
import { membershipEvents } from '../../src/core/model/events.ts';
import type { IsoDate } from '../../src/core/model/types.ts';
import { appStrings } from '../../src/core/i18n/appStrings.ts';
import { chairsOn } from '../../src/core/model/chairs.ts';
import { eventText } from '../../src/core/timeline/eventText.ts';
import { nextPlaybackDate, stepDate, timelineSpan } from '../../src/core/timeline/playback.ts';
import { timelineStrings } from '../../src/core/timeline/strings.ts';

const span = timelineSpan(index.dateRange());

/** The legend as a reader sees it: category → count, in legend order. */
const legend = (view: OrgView, date: IsoDate) =>
  Object.fromEntries(
    categoryCounts(categoriesOn(index, view, date), LEGEND_ORDER).map((c) => [c.category, c.count]),
  );
const fillOf = (country: string, view: OrgView, date: IsoDate) =>
  categoriesOn(index, view, date).get(country);

describe('the SCO legend and fills on the day before and the day a status begins', () => {
  it('India and Pakistan: observers on 8 June 2017, members on 9 June 2017', () => {
    expect(fillOf('IND', 'SCO', '2017-06-08')).toBe('observer');
    expect(fillOf('PAK', 'SCO', '2017-06-08')).toBe('observer');
    expect(fillOf('IND', 'SCO', '2017-06-09')).toBe('member');
    expect(fillOf('PAK', 'SCO', '2017-06-09')).toBe('member');
    expect(legend('SCO', '2017-06-08').member).toBe(6);
    expect(legend('SCO', '2017-06-09').member).toBe(8);
    expect(legend('SCO', '2017-06-09').observer).toBe(legend('SCO', '2017-06-08').observer! - 2);
  });

  it('Iran: observer on 3 July 2023, member on 4 July 2023 (9 members)', () => {
    expect(fillOf('IRN', 'SCO', '2023-07-03')).toBe('observer');
    expect(fillOf('IRN', 'SCO', '2023-07-04')).toBe('member');
    expect(legend('SCO', '2023-07-04').member).toBe(9);
  });

  it('Belarus: observer on 3 July 2024, the tenth member on 4 July 2024', () => {
    expect(fillOf('BLR', 'SCO', '2024-07-03')).toBe('observer');
    expect(legend('SCO', '2024-07-03').member).toBe(9);
    expect(fillOf('BLR', 'SCO', '2024-07-04')).toBe('member');
    expect(legend('SCO', '2024-07-04').member).toBe(10);
  });

  it('the 2025 reform: the legend lists observers and dialogue partners until 31 August, partners from 1 September', () => {
    expect(Object.keys(legend('SCO', '2025-08-31'))).toEqual(['member', 'observer', 'dialogue_partner']);
    expect(legend('SCO', '2025-09-01')).toEqual({ member: 10, partner: 17 });
    expect(fillOf('SAU', 'SCO', '2025-08-31')).toBe('dialogue_partner');
    expect(fillOf('SAU', 'SCO', '2025-09-01')).toBe('partner');
    expect(fillOf('LAO', 'SCO', '2025-08-31')).toBeUndefined();
    expect(fillOf('LAO', 'SCO', '2025-09-01')).toBe('partner');
  });

  it('CICA: Kuwait is the 28th member from 13 October 2022', () => {
    expect(legend('CICA', '2022-10-12').member).toBe(27);
    expect(legend('CICA', '2022-10-13').member).toBe(28);
  });

  it('before the SCO was founded (15 June 2001) its legend is empty', () => {
    expect(legend('SCO', '1996-01-01')).toEqual({});
    expect(legend('SCO', '2001-06-14')).toEqual({});
    expect(legend('SCO', '2001-06-15')).toEqual({ member: 6 });
  });
});

describe('the chair mark on the day before and the day a term begins or ends', () => {
  it.each([
    ['SCO', '2023-07-03', 'IND'],
    ['SCO', '2023-07-04', 'KAZ'],
    ['SCO', '2024-07-03', 'KAZ'],
    ['SCO', '2024-07-04', 'CHN'],
    ['CICA', '2020-09-23', 'TJK'],
    ['CICA', '2020-09-24', 'KAZ'],
    ['CICA', '2024-12-16', 'KAZ'],
    ['CICA', '2024-12-17', 'AZE'],
    ['SCO', '2025-09-01', 'KGZ'],
  ] as const)('%s on %s: %s is marked', (org, date, country) => {
    expect(chairsOn(index, org, date).map((chair) => chair.country)).toEqual([country]);
  });

  it('with both organisations shown in mid-2024, Kazakhstan chairs both', () => {
    expect(chairsOn(index, 'both', '2024-05-01')).toEqual([
      { org: 'SCO', country: 'KAZ' },
      { org: 'CICA', country: 'KAZ' },
    ]);
  });

  it('at the article moment (early 2024) Kazakhstan chairs both organisations', () => {
    const article = data.snapshots.find((s) => s.id === 'article')!.date;
    expect(article < '2024-07-04').toBe(true);
    expect(chairsOn(index, 'both', article)).toEqual([
      { org: 'SCO', country: 'KAZ' },
      { org: 'CICA', country: 'KAZ' },
    ]);
  });

  it('the day after the Astana summit (5 July 2024) China chairs the SCO and Kazakhstan still chairs CICA', () => {
    expect(chairsOn(index, 'both', '2024-07-05')).toEqual([
      { org: 'SCO', country: 'CHN' },
      { org: 'CICA', country: 'KAZ' },
    ]);
  });
});

describe('playing through the years', () => {
  const frames: IsoDate[] = [];
  for (let date = span.first; ; date = nextPlaybackDate(date, 'month', span)) {
    frames.push(date);
    if (date >= span.last) break;
  }

  it('the SCO never loses a member and ends with 10 members and 17 partners', () => {
    const members = frames.map((date) => legend('SCO', date).member ?? 0);
    members.forEach((count, i) => expect(count).toBeGreaterThanOrEqual(members[i - 1] ?? 0));
    expect(legend('SCO', frames[frames.length - 1]!)).toEqual({ member: 10, partner: 17 });
  });

  it('CICA grows from 16 members to 28', () => {
    const counts = frames.map((date) => legend('CICA', date).member ?? 0).filter((n) => n > 0);
    expect(counts[0]).toBe(16);
    expect(counts[counts.length - 1]).toBe(28);
  });

  it('a month from the day before the reform lands on the reform month, never skipping it', () => {
    expect(stepDate('2025-08-01', 'month', 1, span)).toBe('2025-09-01');
  });
});

describe('the list of changes in words', () => {
  const events = membershipEvents(data);
  const find = (date: IsoDate, kind: string, org = 'SCO') =>
    events.find((e) => e.date === date && e.kind === kind && e.org === org)!;
  const context = (lang: 'en' | 'ar') => ({
    lang,
    t: timelineStrings[lang],
    statusName: appStrings[lang].status,
    name: (code: string) =>
      ({ IND: 'India', PAK: 'Pakistan', KAZ: 'Kazakhstan', CHN: 'China', LAO: 'Laos', RUS: 'Russia' })[
        code
      ] ?? code,
  });

  it('9 June 2017: "Observer → Member" for India and Pakistan', () => {
    expect(eventText(find('2017-06-09', 'status_changed'), context('en'))).toEqual({
      what: 'Observer → Member',
      who: 'India and Pakistan',
    });
  });

  it('4 July 2024: the chair passes from Kazakhstan to China; the summit is in Astana', () => {
    expect(eventText(find('2024-07-04', 'chair_handover'), context('en'))).toEqual({
      what: 'New chair',
      who: 'Kazakhstan → China',
    });
    expect(eventText(find('2024-07-04', 'summit'), context('en')).what).toBe('Summit in Astana');
  });

  it('7 June 2002: Russia’s chairmanship renewed, not "Russia → Russia"', () => {
    expect(eventText(find('2002-06-07', 'chair_renewed'), context('en'))).toEqual({
      what: 'Chair renewed',
      who: 'Russia',
    });
  });

  it('1 September 2025: Laos joined as partner; in Arabic the arrow points right to left', () => {
    expect(eventText(find('2025-09-01', 'joined'), context('en'))).toEqual({
      what: 'Joined as partner',
      who: 'Laos',
    });
    expect(eventText(find('2024-07-04', 'chair_handover'), context('ar')).who).toBe('Kazakhstan ← China');
  });
});
