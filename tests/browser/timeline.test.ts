/**
 * The timeline components on their own in real Chromium: the slider by keyboard, playing to the end, pausing and
 * unmounting without a timer left, choosing a change from the list, the status bars and the bloc figures.
 */
import { area } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import organisations from '../../data/organisations.json';
import memberships from '../../data/memberships.json';
import chairs from '../../data/chairs.json';
import sources from '../../data/sources.json';
import snapshots from '../../data/snapshots.json';
import summits from '../../data/summits.json';
import countryNameOverrides from '../../data/countryNames.json';
import countryCodes from 'i18n-iso-countries/codes.json';
import englishNames from 'i18n-iso-countries/langs/en.json';
import arabicNames from 'i18n-iso-countries/langs/ar.json';
import topology from '../../geo/countries.topo.json';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';
import { createCountryNames } from '../../src/core/i18n/countryNames.ts';
import { buildCountryNameTable } from '../../src/core/i18n/countryNameTable.ts';
import type { AtlasBundle } from '../../src/core/bundle.ts';
import { createRoleIndex } from '../../src/core/model/roles.ts';
import type { AtlasState } from '../../src/app/state/atlasState.svelte.ts';
import type { Timers } from '../../src/core/timeline/playback.ts';
import type { TimelineState } from '../../src/app/state/timelineState.svelte.ts';
import Harness from './TimelineHarness.svelte';

const countryNames = buildCountryNameTable(
  countryCodes,
  { en: englishNames, ar: arabicNames },
  countryNameOverrides.overrides,
);
const data = {
  ...organisations,
  ...memberships,
  ...chairs,
  ...sources,
  ...snapshots,
  ...summits,
} as unknown as AtlasBundle['data'];
const bundle = {
  data,
  article: { lines: [], titleLine: 1, excludedLines: [], gloss: [] },
  mentions: {},
  orgMentions: { SCO: [], CICA: [] },
  articles: [{ id: 'test', title: '', published: '2024' }],
  otherArticles: {},
  aliases: {},
  countryNames,
} as AtlasBundle;
const { countries } = decodeCountries(topology as unknown as Topology);
const names = createCountryNames(
  countries.features.map((f) => f.properties),
  countryNames,
);
const deps = {
  bundle,
  index: createRoleIndex(data),
  names,
  mapped: new Set(countries.features.map((f) => f.properties.id)),
};

/** Real timers that remember which are still pending. */
function watchedTimers() {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      const handle: ReturnType<typeof setTimeout> = setTimeout(() => {
        pending.delete(handle);
        callback();
      }, ms);
      pending.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
      pending.delete(handle as ReturnType<typeof setTimeout>);
    },
  };
  return { timers, pending };
}

let unmount: (() => Promise<void>) | null = null;
afterEach(async () => {
  await unmount?.();
  unmount = null;
});

async function open({ country = 'BLR', reducedMotion = false } = {}) {
  const { timers, pending } = watchedTimers();
  let state!: { atlas: AtlasState; timeline: TimelineState };
  const result = await render(Harness, {
    props: {
      deps,
      countries,
      country,
      options: { timers, reducedMotion: () => reducedMotion },
      onready: (s: typeof state) => (state = s),
    },
  });
  unmount = result.unmount;
  const root = result.container;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const legend = () =>
    Object.fromEntries(
      [...root.querySelectorAll('.legend li[data-category]')].map((li) => [
        li.getAttribute('data-category'),
        Number(li.querySelector('.count')?.textContent),
      ]),
    );
  const slider = () => $<HTMLInputElement>('#timeline-date')!;
  return { ...state, pending, root, $, legend, slider, unmount: result.unmount };
}

const until = async (condition: () => boolean, timeout = 20_000) => {
  await expect.poll(condition, { timeout, interval: 20 }).toBe(true);
};

describe('the time control', () => {
  it('opens at the article moment, marked on the track, and moves by month, year and day from the keyboard', async () => {
    const view = await open();
    // The article's moment: early 2024, before the Astana summit (Belarus still an observer).
    expect(view.slider().getAttribute('aria-valuetext')).toBe('1 February 2024');
    expect(view.$('.time-control .date')!.textContent).toBe('1 February 2024');
    expect(view.$('.article-jump')!.getAttribute('aria-pressed')).toBe('true');
    expect(view.legend()).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });

    view.slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(view.atlas.date).toBe('2024-03-01');
    await userEvent.keyboard('{PageDown}');
    expect(view.atlas.date).toBe('2023-03-01');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(view.atlas.date).toBe('2023-02-28');
    expect(view.slider().getAttribute('aria-valuetext')).toBe('28 February 2023');
    expect(view.legend().member).toBe(8);

    await userEvent.keyboard('{Home}');
    expect(view.atlas.date).toBe('1996-01-01');
    expect(view.legend()).toEqual({});
    expect(view.$('.bloc-figures [data-org="SCO"]')!.textContent).toMatch(
      /not founded yet \(founded 15 June 2001\)/,
    );

    await userEvent.keyboard('{End}');
    expect(view.atlas.date).toBe('2025-12-31');
    expect(view.legend()).toEqual({ member: 10, partner: 17 });
    expect(view.$('.article-jump')!.getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(view.$('.article-jump')!);
    expect(view.atlas.date).toBe('2024-02-01');
  });

  it('in Arabic the track runs right to left, so the left arrow moves forward', async () => {
    const view = await open();
    view.atlas.setLang('ar');
    view.slider().focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(view.atlas.date).toBe('2024-03-01');
    await userEvent.keyboard('{ArrowDown}');
    expect(view.atlas.date).toBe('2024-02-01');
  });

  it('plays to the end, updating the legend on the way, then stops with no timer left', async () => {
    const view = await open();
    view.atlas.setDate('2024-01-01');
    await userEvent.click(view.$('button.play')!);
    expect(view.$('.time-control')!.dataset.playing).toBe('true');
    await until(() => view.atlas.date >= '2025-01-01');
    expect(view.legend()).toEqual({ member: 10, observer: 2, dialogue_partner: 14 });
    await until(() => view.$('.time-control')!.dataset.playing === 'false');
    expect(view.atlas.date).toBe('2025-12-31');
    expect(view.legend()).toEqual({ member: 10, partner: 17 });
    expect(view.$('.time-control .date')!.textContent).toBe('31 December 2025');
    expect(view.pending.size).toBe(0);
  });

  it('pause stops the dates and clears the timer', async () => {
    const view = await open();
    view.atlas.setDate('1996-01-01');
    await userEvent.click(view.$('button.play')!);
    await until(() => view.atlas.date >= '1997-01-01');
    await userEvent.click(view.$('button.play')!);
    expect(view.$('.time-control')!.dataset.playing).toBe('false');
    expect(view.pending.size).toBe(0);
    const stopped = view.atlas.date;
    await new Promise((done) => setTimeout(done, 300));
    expect(view.atlas.date).toBe(stopped);
  });

  it('unmounting while playing leaves no timer running', async () => {
    const view = await open({ reducedMotion: true });
    view.atlas.setDate('1996-01-01');
    await userEvent.click(view.$('button.play')!);
    // Reduced motion: a year per step.
    await until(() => view.atlas.date >= '1997-01-01');
    expect(view.atlas.date.endsWith('-01-01')).toBe(true);
    await view.unmount();
    unmount = null;
    expect(view.pending.size).toBe(0);
    expect(view.timeline.playing).toBe(false);
    const stopped = view.atlas.date;
    await new Promise((done) => setTimeout(done, 1_000));
    expect(view.atlas.date).toBe(stopped);
  });
});

describe('the list of changes', () => {
  it('choosing India and Pakistan joining moves to 9 June 2017 and highlights them', async () => {
    const view = await open();
    await userEvent.click(view.$('button.events')!);
    const item = view.$('.event-list li[data-date="2017-06-09"][data-kind="status_changed"]')!;
    expect(item.querySelector('.what')!.textContent).toBe('Observer → Member');
    expect(item.querySelector('.who')!.textContent).toBe('India and Pakistan');
    expect(item.querySelector('.sources a')).not.toBeNull();
    await userEvent.click(item.querySelector('button.choose')!);
    expect(view.atlas.date).toBe('2017-06-09');
    expect([...view.timeline.highlighted.keys()]).toEqual(['IND', 'PAK']);
    expect(view.$('.time-control .chosen')!.dataset.countries).toBe('IND PAK');
    expect(view.legend().member).toBe(8);

    // Moving on clears the highlight.
    view.slider().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(view.timeline.highlighted.size).toBe(0);
    expect(view.$('.time-control .chosen')).toBeNull();
  });

  it('lists only the organisation in view; an event without a source says so', async () => {
    // The shipped data cites a source for every event; an edited copy may not, and the list must say so.
    const qingdao = data.summits.find((summit) => summit.org === 'SCO' && summit.date === '2018-06-10')!;
    const cited = qingdao.sources;
    qingdao.sources = [];
    onTestFinished(() => {
      qingdao.sources = cited;
    });
    const view = await open();
    view.atlas.setOrg('CICA');
    await userEvent.click(view.$('button.events')!);
    const orgs = new Set(
      [...view.root.querySelectorAll<HTMLElement>('.event-list li')].map((li) => li.dataset.org),
    );
    expect([...orgs]).toEqual(['CICA']);
    view.atlas.setOrg('SCO');
    await until(() => view.root.querySelector('.event-list li[data-org="SCO"]') !== null);
    const unsourced = view.$('.event-list li[data-date="2018-06-10"][data-kind="summit"] .sources')!;
    expect(unsourced.textContent).toBe('No source recorded');
  });
});

describe('the legend and the panel', () => {
  it('marks the chair like the map does and computes the members’ land from the shapes', async () => {
    const view = await open();
    view.atlas.setDate('2024-05-01');
    view.atlas.setOrg('both');
    await until(() => view.root.querySelectorAll('.legend .chair').length === 2);
    expect(
      [...view.root.querySelectorAll<HTMLElement>('.legend .chair')].map((p) => p.dataset.country),
    ).toEqual(['KAZ', 'KAZ']);

    const members = view.atlas.index.rolesByOrg('2024-05-01').SCO.member ?? [];
    const expected = countries.features
      .filter((f) => members.includes(f.properties.id))
      .reduce((sum, f) => sum + area(f) / 1e6, 0);
    const row = view.$('.bloc-figures [data-org="SCO"]')!;
    expect(Number(row.dataset.km2)).toBe(Math.round(expected));
    expect(row.querySelector('.area')!.textContent).toBe(`${(expected / 1e6).toFixed(1)} million km²`);
  });

  it("Belarus's SCO bar shows dialogue partner, observer, member, with a line at the map's date", async () => {
    const view = await open();
    const bar = view.$('.status-timeline[data-org="SCO"]')!;
    expect([...bar.querySelectorAll<HTMLElement>('.segment')].map((s) => s.dataset.status)).toEqual([
      'dialogue_partner',
      'observer',
      'member',
    ]);
    expect(bar.getAttribute('aria-label')).toMatch(
      /^SCO: Dialogue partner 2010–2015; Observer 2015–2024; Member 2024–…$/,
    );
    // At the article's moment (early 2024) the line is inside the observer years, near their end.
    const cursor = () => bar.querySelector<HTMLElement>('.cursor')!.getBoundingClientRect().left;
    const [, observer, member] = [...bar.querySelectorAll<HTMLElement>('.segment')].map((segment) =>
      segment.getBoundingClientRect(),
    );
    expect(cursor()).toBeGreaterThan(observer!.left);
    expect(cursor()).toBeLessThan(member!.left);
    view.atlas.setDate('2024-07-04');
    await until(() => Math.abs(cursor() - member!.left) < 3);
  });
});
