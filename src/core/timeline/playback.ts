/**
 * The time control's arithmetic and its player, free of the DOM: the span the slider covers, the dates a step
 * lands on, and a player that walks from the current date to the end and cleans up its one timer.
 */
import { addDays } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';

/** The Shanghai Five met from 1996, before either organisation existed; the timeline starts with that year. */
export const TIMELINE_START: IsoDate = '1996-01-01';

/** How long playing the whole span takes. */
export const PLAY_DURATION_MS = 20_000;

export type StepUnit = 'day' | 'month' | 'year';

export interface TimelineSpan {
  first: IsoDate;
  last: IsoDate;
}

/** The slider's span: from 1996 (or earlier data) to the latest date in the data. */
export function timelineSpan(range: TimelineSpan): TimelineSpan {
  return { first: range.first < TIMELINE_START ? range.first : TIMELINE_START, last: range.last };
}

export function clampDate(date: IsoDate, span: TimelineSpan): IsoDate {
  return date < span.first ? span.first : date > span.last ? span.last : date;
}

const DAY_MS = 86_400_000;
const utc = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** The date `days` days after the start of the span: the slider's value turned back into a date. */
export function dateAtDay(span: TimelineSpan, days: number): IsoDate {
  return clampDate(addDays(span.first, Math.round(days)), span);
}

/**
 * The date one unit earlier or later, clamped to the span. A month from 31 January is the last day of February,
 * so stepping never skips a month.
 */
export function stepDate(date: IsoDate, unit: StepUnit, direction: 1 | -1, span: TimelineSpan): IsoDate {
  if (unit === 'day') return clampDate(addDays(date, direction), span);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const months = unit === 'year' ? 12 * direction : direction;
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return clampDate(target.toISOString().slice(0, 10), span);
}

/**
 * The next date playback shows: the first day of the next month (or year), or the span's last date when that
 * comes first. Starting from the first of a month keeps every frame on a round date.
 */
export function nextPlaybackDate(date: IsoDate, unit: 'month' | 'year', span: TimelineSpan): IsoDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const next =
    unit === 'year'
      ? `${String(year + 1).padStart(4, '0')}-01-01`
      : new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  return clampDate(next, span);
}

/** The pause between frames so that playing the whole span takes about `duration` milliseconds. */
export function playbackInterval(
  span: TimelineSpan,
  unit: 'month' | 'year',
  duration = PLAY_DURATION_MS,
): number {
  let steps = 0;
  for (let date = span.first; date < span.last; date = nextPlaybackDate(date, unit, span)) steps++;
  return Math.max(1, Math.round(duration / Math.max(1, steps)));
}

/** The timer functions a player uses; tests and callers may pass their own. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PlayerOptions {
  span: TimelineSpan;
  /** Month by month, or year by year for readers who asked for reduced motion. */
  unit: () => 'month' | 'year';
  /** Pause between frames, in milliseconds. */
  interval: () => number;
  /** The date shown now; the reader may move it while playing, and playback goes on from there. */
  current: () => IsoDate;
  /** Shows a date. */
  show: (date: IsoDate) => void;
  /**
   * From this date on, Play starts over from the beginning rather than going on: pressed at the article's moment
   * (where the atlas opens) it shows the whole story instead of the few months left. Defaults to the span's end.
   */
  replayFrom?: IsoDate;
  /** Told whenever playback starts or stops (by the reader or at the end). */
  onplayingchange?: (playing: boolean) => void;
  timers?: Timers;
}

export interface Player {
  readonly playing: boolean;
  /** Plays from the current date; from the start when the current date is at or after `replayFrom`. */
  play(): void;
  pause(): void;
  toggle(): void;
}

export function createPlayer(options: PlayerOptions): Player {
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
  };
  const { span } = options;
  let handle: unknown = null;
  let playing = false;

  const setPlaying = (value: boolean) => {
    if (playing === value) return;
    playing = value;
    options.onplayingchange?.(value);
  };

  const schedule = () => {
    handle = timers.setTimeout(tick, options.interval());
  };

  function tick() {
    handle = null;
    const next = nextPlaybackDate(options.current(), options.unit(), span);
    options.show(next);
    if (next >= span.last) setPlaying(false);
    else schedule();
  }

  const player: Player = {
    get playing() {
      return playing;
    },
    play() {
      if (playing) return;
      if (options.current() >= (options.replayFrom ?? span.last)) options.show(span.first);
      setPlaying(true);
      schedule();
    },
    pause() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      setPlaying(false);
    },
    toggle() {
      if (playing) player.pause();
      else player.play();
    },
  };
  return player;
}
