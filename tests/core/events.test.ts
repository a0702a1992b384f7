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
    const chairEvents = events.filter((e) => e.kind === 'chair_handover' || e.kind === 'chair_renewed');
    expect(chairEvents).toHaveLength(data.chairs.length);
  });

  it('the SCO has no chair before it was founded: the Shanghai Five’s hand-overs are not SCO chairs', () => {
    const first = events.find((e) => e.org === 'SCO' && e.kind === 'chair_handover');
    expect(first).toMatchObject({ date: '2001-06-15', countries: ['RUS'] });
    expect(first?.previousChair).toBeUndefined();
    expect(events.filter((e) => e.org === 'SCO' && e.date < '2001-06-15')).toEqual([]);
  });

  it('Russia following itself in 2002 is a renewed term, not a new chair', () => {
    const stPetersburg = on('2002-06-07', 'SCO').filter((e) => e.kind.startsWith('chair'));
    expect(stPetersburg).toEqual([expect.objectContaining({ kind: 'chair_renewed', countries: ['RUS'] })]);
    expect(stPetersburg[0]).not.toHaveProperty('previousChair');
    for (const handover of events.filter((e) => e.kind === 'chair_handover'))
      expect(handover.previousChair, handover.date).not.toBe(handover.countries[0]);
  });

  it('an event known only to the month sorts after the dated events of that month', () => {
    const position = (predicate: (e: AtlasEvent) => boolean) => events.findIndex(predicate);
    const belarus = position(
      (e) => e.org === 'SCO' && e.countries.includes('BLR') && e.date.startsWith('2010'),
    );
    expect(events[belarus]).toMatchObject({ precision: 'month', date: '2010-04-28', kind: 'joined' });
    const laterInApril = events.filter((e) => e.date.startsWith('2010-04') && e.precision === 'day');
    for (const dated of laterInApril) expect(events.indexOf(dated)).toBeLessThan(belarus);
    expect(events[belarus + 1]?.date.slice(0, 7) ?? '9999').not.toBe('2010-04');
  });

  it('an event known only to the year sorts after every dated event of that year', () => {
    for (const [i, event] of events.entries()) {
      if (event.precision !== 'year') continue;
      const year = event.date.slice(0, 4);
      for (const later of events.slice(i + 1))
        if (later.date.startsWith(year))
          expect(later.precision, `${later.kind} ${later.date}`).not.toBe('day');
    }
  });

  it('events are in order (by day, then month, then year as known) and carry their sources', () => {
    const key = (e: AtlasEvent) =>
      e.precision === 'year'
        ? `${e.date.slice(0, 4)}-99-99`
        : e.precision === 'month'
          ? `${e.date.slice(0, 7)}-99`
          : e.date;
    const keys = events.map(key);
    expect(keys).toEqual([...keys].sort());
    for (const event of events)
      expect(event.sources.length, `${event.kind} ${event.date}`).toBeGreaterThan(0);
  });
});
