/**
 * The time control's shared state, beside the atlas state in Svelte context: whether the years are playing, and
 * the change the reader chose from the list (its countries are highlighted while the map shows its date).
 * The date itself stays `atlas.date`, so the legend, fills, URL and exports follow it without knowing about this.
 */
import { getContext, setContext } from 'svelte';
import { membershipEvents, type AtlasEvent } from '../../core/model/events.ts';
import { ORG_IDS, type IsoDate, type Iso3, type OrgId } from '../../core/model/types.ts';
import type { AtlasState } from './atlasState.svelte.ts';
import { chairsOn } from '../../core/model/chairs.ts';
import {
  clampDate,
  createPlayer,
  playbackInterval,
  timelineSpan,
  type Player,
  type TimelineSpan,
  type Timers,
} from '../../core/timeline/playback.ts';

export interface TimelineOptions {
  /** Whether the reader asked for reduced motion: playback then steps a year at a time. */
  reducedMotion?: () => boolean;
  timers?: Timers;
}

export class TimelineState {
  readonly span: TimelineSpan;
  /** Every change in the data, oldest first. */
  readonly events: readonly AtlasEvent[];
  playing = $state(false);
  chosen = $state.raw<AtlasEvent | null>(null);

  /** The chosen change while the map still shows its date. */
  activeEvent = $derived(this.chosen && this.chosen.date === this.atlas.date ? this.chosen : null);
  /** Feature-state values for the map: the countries of the active change. */
  highlighted = $derived<ReadonlyMap<Iso3, true>>(flagsFor(this.activeEvent?.countries ?? []));
  /** Feature-state values for the map: the chair of each organisation in view, by organisation. */
  chairs = $derived<Record<OrgId, ReadonlyMap<Iso3, true>>>(chairFlags(this.atlas));

  private readonly player: Player;

  constructor(
    private readonly owner: AtlasState,
    { reducedMotion = prefersReducedMotion, timers }: TimelineOptions = {},
  ) {
    this.span = timelineSpan(owner.index.dateRange());
    this.events = Object.freeze(membershipEvents(owner.bundle.data));
    const intervals = {
      month: playbackInterval(this.span, 'month'),
      year: playbackInterval(this.span, 'year'),
    };
    const unit = () => (reducedMotion() ? 'year' : 'month');
    this.player = createPlayer({
      span: this.span,
      unit,
      interval: () => intervals[unit()],
      current: () => this.atlas.date,
      replayFrom: owner.snapshotDate('article'),
      show: (date) => this.atlas.setDate(date),
      onplayingchange: (playing) => (this.playing = playing),
      ...(timers ? { timers } : {}),
    });
  }

  /** A getter, so the derived fields above may name it before the constructor has run. */
  private get atlas(): AtlasState {
    return this.owner;
  }

  play() {
    this.player.play();
  }

  pause() {
    this.player.pause();
  }

  toggle() {
    this.player.toggle();
  }

  /** Moves the map to a date inside the span (playback, if running, goes on from there). */
  goTo(date: IsoDate) {
    this.atlas.setDate(clampDate(date, this.span));
  }

  /** Shows a change: stops playback, moves to its date and highlights its countries. */
  choose(event: AtlasEvent) {
    this.pause();
    this.chosen = event;
    this.atlas.setDate(event.date);
  }

  clearChoice() {
    this.chosen = null;
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const KEY = Symbol('timeline');

export function setTimeline(state: TimelineState): TimelineState {
  return setContext(KEY, state);
}

export function getTimeline(): TimelineState {
  const state = getContext<TimelineState | undefined>(KEY);
  if (!state) throw new Error('getTimeline() outside an <Atlas> that set one');
  return state;
}

function chairFlags(atlas: AtlasState): Record<OrgId, ReadonlyMap<Iso3, true>> {
  const chairs = chairsOn(atlas.index, atlas.org, atlas.date);
  return Object.fromEntries(
    ORG_IDS.map((org) => [org, flagsFor(chairs.filter((c) => c.org === org).map((c) => c.country))]),
  ) as Record<OrgId, ReadonlyMap<Iso3, true>>;
}

/** Feature-state values that mark a set of countries, for `syncFeatureStates(map, key, …)`. */
function flagsFor(codes: Iterable<Iso3>): ReadonlyMap<Iso3, true> {
  return new Map([...codes].map((code) => [code, true] as const));
}
