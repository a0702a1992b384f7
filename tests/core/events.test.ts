/** The data as a timeline: every change on its date, grouped the way a reader would tell it. */
import { describe, expect, it } from 'vitest';
import { data } from '../support/realData.ts';
import { membershipEvents, type AtlasEvent } from '../../src/core/model/events.ts';

const events = membershipEvents(data);
const on = (date: string, org: string) => events.filter((e) => e.date === date && e.org === org);

describe('membership events', () => {
  it('the Tianjin reform turns 14 dialogue partners and 2 observers into partners, and admits Laos', () => {
    const tianjin = on('2025-09-01', 'SCO');
    const changed = (from: string) =>
      tianjin.find((e) => e.kind === 'status_changed' && e.previousStatus === from && e.status === 'partner');
    expect(changed('dialogue_partner')?.countries).toHaveLength(14);
    expect(changed('observer')?.countries).toEqual(['AFG', 'MNG']);
    expect(tianjin.find((e) => e.kind === 'joined')).toMatchObject({ countries: ['LAO'], status: 'partner' });
  });

  it('on 4 July 2024 the Astana summit, Belarus becoming a member and China taking the SCO chair are told in that order', () => {
    const astana = on('2024-07-04', 'SCO');
    expect(astana.map((e) => e.kind)).toEqual(['summit', 'status_changed', 'chair_handover']);
    expect(astana[0]).toMatchObject({ countries: ['KAZ'], place: { en: 'Astana' } });
    expect(astana[1]).toMatchObject({ countries: ['BLR'], previousStatus: 'observer', status: 'member' });
    expect(astana[2]).toMatchObject({ countries: ['CHN'], previousChair: 'KAZ' });
  });

  it('India and Pakistan join as observers in 2005, together', () => {
    const astana2005 = on('2005-07-05', 'SCO').find((e) => e.kind === 'joined');
    expect(astana2005?.countries).toEqual(['IND', 'IRN', 'PAK']);
    expect(astana2005?.status).toBe('observer');
  });

  it('Australia and Lebanon leave CICA as observers, on a date known only to the year', () => {
    const left = events.filter((e) => e.kind === 'left');
    expect(left).toEqual([
      expect.objectContaining({
        org: 'CICA',
        countries: ['AUS', 'LBN'],
        status: 'observer',
        precision: 'year',
      }),
    ]);
  });

  it("CICA's first chair has no predecessor, Azerbaijan's has Kazakhstan", () => {
    const handovers = events.filter((e) => e.kind === 'chair_handover' && e.org === 'CICA');
    expect(handovers[0]?.previousChair).toBeUndefined();
    expect(handovers.at(-1)).toMatchObject({ countries: ['AZE'], previousChair: 'KAZ', date: '2024-12-17' });
  });

  it('every status period begins with exactly one event', () => {
    const periods = data.memberships.reduce((sum, m) => sum + m.history.length, 0);
    const starts = events
      .filter((e) => e.kind === 'joined' || e.kind === 'status_changed')
      .reduce((sum, e) => sum + e.countries.length, 0);
    expect(starts).toBe(periods);
  });

  it('every summit and every chair appears once', () => {
    expect(events.filter((e) => e.kind === 'summit')).toHaveLength(data.summits.length);
    expect(events.filter((e) => e.kind === 'chair_handover')).toHaveLength(data.chairs.length);
  });

  it('events are in date order and carry their sources', () => {
    const dates = events.map((e: AtlasEvent) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const event of events.filter((e) => e.kind !== 'summit' && e.kind !== 'chair_handover')) {
      expect(event.sources.length).toBeGreaterThan(0);
    }
  });
});
