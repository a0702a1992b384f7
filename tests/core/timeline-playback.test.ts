/**
 * The time control's steps and its player: where a step lands, how long playing the whole span takes, and that
 * nothing keeps ticking after a pause or at the end.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { data, index } from '../support/realData.ts';
import {
  createPlayer,
  dateAtDay,
  daysBetween,
  nextPlaybackDate,
  playbackInterval,
  stepDate,
  timelineSpan,
  type TimelineSpan,
} from '../../src/core/timeline/playback.ts';

const span = timelineSpan(index.dateRange());

describe('the span of the time control', () => {
  it('runs from 1996 to the latest date in the data', () => {
    const latest = [...data.snapshots.map((s) => s.date), ...data.chairs.map((c) => c.from)].sort().pop();
    expect(span).toEqual({ first: '1996-01-01', last: latest });
  });

  it('starts earlier when the data does', () => {
    expect(timelineSpan({ first: '1990-05-01', last: '2000-01-01' }).first).toBe('1990-05-01');
  });
});

describe('keyboard steps', () => {
  it('a month after 31 January 2024 is 29 February, and a year after that is 28 February 2025', () => {
    expect(stepDate('2024-01-31', 'month', 1, span)).toBe('2024-02-29');
    expect(stepDate('2024-02-29', 'year', 1, span)).toBe('2025-02-28');
  });

  it('a month back from 9 June 2017 is 9 May 2017; a day back is 8 June', () => {
    expect(stepDate('2017-06-09', 'month', -1, span)).toBe('2017-05-09');
    expect(stepDate('2017-06-09', 'day', -1, span)).toBe('2017-06-08');
  });

  it('steps across the year end', () => {
    expect(stepDate('2023-12-15', 'month', 1, span)).toBe('2024-01-15');
    expect(stepDate('2024-01-15', 'month', -1, span)).toBe('2023-12-15');
  });

  it('never leaves the span', () => {
    expect(stepDate(span.first, 'day', -1, span)).toBe(span.first);
    expect(stepDate(span.last, 'year', 1, span)).toBe(span.last);
  });

  it('the slider value (days from the start) and the date convert both ways', () => {
    const total = daysBetween(span.first, span.last);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: total }), (day) => {
        expect(daysBetween(span.first, dateAtDay(span, day))).toBe(day);
      }),
    );
  });
});

describe('playback steps', () => {
  it('goes to the first of the next month, or of the next year', () => {
    expect(nextPlaybackDate('2024-07-05', 'month', span)).toBe('2024-08-01');
    expect(nextPlaybackDate('2024-12-01', 'month', span)).toBe('2025-01-01');
    expect(nextPlaybackDate('2024-07-05', 'year', span)).toBe('2025-01-01');
  });

  it('ends on the last date of the span', () => {
    expect(nextPlaybackDate('2025-12-20', 'month', span)).toBe(span.last);
  });

  it('plays the whole span in about 20 seconds, month by month or year by year', () => {
    for (const unit of ['month', 'year'] as const) {
      let steps = 0;
      for (let date = span.first; date < span.last; date = nextPlaybackDate(date, unit, span)) steps++;
      expect(steps).toBeGreaterThan(unit === 'month' ? 300 : 25);
      expect(steps * playbackInterval(span, unit)).toBeGreaterThan(19_500);
      expect(steps * playbackInterval(span, unit)).toBeLessThan(20_500);
    }
  });
});

describe('the player', () => {
  const small: TimelineSpan = { first: '2024-01-01', last: '2024-06-15' };
  let date: string;
  let shown: string[];
  let changes: boolean[];

  const player = () =>
    createPlayer({
      span: small,
      unit: () => 'month',
      interval: () => 100,
      current: () => date,
      show: (next) => {
        date = next;
        shown.push(next);
      },
      onplayingchange: (playing) => changes.push(playing),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    date = '2024-03-10';
    shown = [];
    changes = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows each month from the current date, stops at the end and leaves no timer', () => {
    const p = player();
    p.play();
    expect(p.playing).toBe(true);
    vi.advanceTimersByTime(100);
    expect(shown).toEqual(['2024-04-01']);
    vi.advanceTimersByTime(1_000);
    expect(shown).toEqual(['2024-04-01', '2024-05-01', '2024-06-01', '2024-06-15']);
    expect(p.playing).toBe(false);
    expect(changes).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pausing stops the steps and clears its timer', () => {
    const p = player();
    p.play();
    vi.advanceTimersByTime(150);
    p.pause();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(shown).toEqual(['2024-04-01']);
    expect(changes).toEqual([true, false]);
  });

  it('goes on from where the reader moved the date while playing', () => {
    const p = player();
    p.play();
    date = '2024-01-20';
    vi.advanceTimersByTime(100);
    expect(shown).toEqual(['2024-02-01']);
    p.pause();
  });

  it('play at the end starts again from the beginning', () => {
    date = small.last;
    const p = player();
    p.play();
    expect(shown).toEqual([small.first]);
    vi.advanceTimersByTime(100);
    expect(shown[1]).toBe('2024-02-01');
    p.toggle();
    expect(p.playing).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('play twice keeps one timer', () => {
    const p = player();
    p.play();
    p.play();
    expect(vi.getTimerCount()).toBe(1);
    p.pause();
    p.pause();
    expect(changes).toEqual([true, false]);
  });

  it('the whole real span plays in about 20 seconds', () => {
    date = span.first;
    const interval = playbackInterval(span, 'month');
    const p = createPlayer({
      span,
      unit: () => 'month',
      interval: () => interval,
      current: () => date,
      show: (next) => (date = next),
    });
    p.play();
    vi.advanceTimersByTime(19_000);
    expect(p.playing).toBe(true);
    vi.advanceTimersByTime(2_000);
    expect(p.playing).toBe(false);
    expect(date).toBe(span.last);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pressed at the article’s moment or later, starts from 1996 and is still before 2005 after three seconds', () => {
    const article = '2024-02-01';
    for (const start of [article, '2025-01-01']) {
      date = start;
      const interval = playbackInterval(span, 'month');
      const p = createPlayer({
        span,
        unit: () => 'month',
        interval: () => interval,
        current: () => date,
        show: (next) => (date = next),
        replayFrom: article,
      });
      p.play();
      expect(date).toBe(span.first);
      vi.advanceTimersByTime(3_000);
      expect(date > '1996-01-01' && date < '2005-01-01', date).toBe(true);
      p.pause();
    }
  });

  it('pressed before the article’s moment, goes on from the date shown', () => {
    date = '2010-05-01';
    const p = createPlayer({
      span,
      unit: () => 'month',
      interval: () => 100,
      current: () => date,
      show: (next) => (date = next),
      replayFrom: '2024-02-01',
    });
    p.play();
    vi.advanceTimersByTime(100);
    expect(date).toBe('2010-06-01');
    p.pause();
  });
});
