/**
 * The map's "named in the article" mark in real Chromium, read back from MapLibre: the layer draws a mark for every
 * country in view that the shown article names and for no other, for the shipped article, for another shipped
 * article the reader picks and for a text the reader pastes; the legend lists the mark.
 */
import type { Topology } from 'topojson-specification';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import organisations from '../../data/organisations.json';
import memberships from '../../data/memberships.json';
import chairs from '../../data/chairs.json';
import sources from '../../data/sources.json';
import snapshots from '../../data/snapshots.json';
import summits from '../../data/summits.json';
import gazetteerJson from '../../data/gazetteer.json';
import countryNameOverrides from '../../data/countryNames.json';
import shippedText from '../../data/articles/kazakhstan-2024/article.ar.txt?raw';
import shippedMeta from '../../data/articles/kazakhstan-2024/article.meta.json';
import countryCodes from 'i18n-iso-countries/codes.json';
import englishNames from 'i18n-iso-countries/langs/en.json';
import arabicNames from 'i18n-iso-countries/langs/ar.json';
import topology from '../../geo/countries.topo.json';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';
import { createCountryNames } from '../../src/core/i18n/countryNames.ts';
import { buildCountryNameTable } from '../../src/core/i18n/countryNameTable.ts';
import { compileGazetteer, findAllMentions } from '../../src/core/article/findMentions.ts';
import { splitLines } from '../../src/core/article/splitLines.ts';
import { countriesNamed } from '../../src/core/article/passages.ts';
import type { Gazetteer } from '../../src/core/article/gazetteer.ts';
import type { ArticleContent } from '../../src/core/article/articleContent.ts';
import type { AtlasBundle } from '../../src/core/bundle.ts';
import { createRoleIndex } from '../../src/core/model/roles.ts';
import type { AtlasState } from '../../src/app/state/atlasState.svelte.ts';
import { NAMED_LAYER_ID, NAMED_OFFSET_Y } from '../../src/app/map/namedLayer.ts';
import Harness from './NamedMarkHarness.svelte';

const gazetteer = compileGazetteer(gazetteerJson as unknown as Gazetteer);
function content(lines: string[], titleLine: number, excludedLines: number[]): ArticleContent {
  return {
    article: {
      lines,
      titleLine,
      excludedLines: excludedLines.map((line) => ({ line, reason: 'not part of the article' })),
      gloss: [],
    },
    ...findAllMentions(lines, gazetteer, { excludedLines }),
  };
}

const shipped = content(
  splitLines(shippedText),
  shippedMeta.titleLine,
  shippedMeta.excludedLines.map((e) => e.line),
);
// A second article, about other countries and another moment.
const second = content(['زيارة إلى طهران', 'وصل الوفد الإيراني إلى باكستان ثم إلى الهند'], 1, []);
const data = {
  ...organisations,
  ...memberships,
  ...chairs,
  ...sources,
  ...snapshots,
  ...summits,
} as unknown as AtlasBundle['data'];
const countryNames = buildCountryNameTable(
  countryCodes,
  { en: englishNames, ar: arabicNames },
  countryNameOverrides.overrides,
);
const bundle: AtlasBundle = {
  data,
  ...shipped,
  articles: [
    {
      id: 'kazakhstan-2024',
      title: 'shipped',
      published: '2024',
      moment: { date: '2024-02-01', label: 'x' },
    },
    { id: 'tehran-2010', title: 'زيارة إلى طهران', published: '2010-06-01' },
  ],
  otherArticles: { 'tehran-2010': second },
  aliases: {},
  countryNames,
};
const { countries, points } = decodeCountries(topology as unknown as Topology);
const deps = {
  bundle,
  index: createRoleIndex(data),
  names: createCountryNames(
    countries.features.map((f) => f.properties),
    countryNames,
  ),
  mapped: new Set(countries.features.map((f) => f.properties.id)),
};

let unmount: (() => void | Promise<void>) | null = null;
afterEach(async () => {
  await unmount?.();
  unmount = null;
});

async function open() {
  let atlas!: AtlasState;
  let map: MapLibreMap | null = null;
  const result = await render(Harness, {
    props: {
      deps,
      countries,
      points,
      fonts: { arabic: arabic400, latin: latin400 },
      onready: (state: AtlasState) => (atlas = state),
      onidle: (instance: MapLibreMap) => (map = instance),
    },
  });
  unmount = result.unmount;
  await expect.poll(() => map !== null, { timeout: 60_000, interval: 100 }).toBe(true);
  return { atlas, map: map as unknown as MapLibreMap, root: result.container };
}

/** The countries the mark layer draws, as MapLibre reports them (world copies counted once). */
function marked(map: MapLibreMap): string[] {
  const ids = map.queryRenderedFeatures({ layers: [NAMED_LAYER_ID] }).map((f) => String(f.properties.id));
  return [...new Set(ids)].sort();
}

/** The countries of `codes` whose mark, just below the label point, touches the map's canvas. */
function inView(map: MapLibreMap, codes: readonly string[]): string[] {
  const canvas = map.getCanvas();
  // The mark's largest radius and its ring: a mark whose centre is this close outside the canvas still shows.
  const reach = 6;
  return codes
    .filter((code) => {
      const point = points.features.find((f) => f.properties.id === code && f.properties.label);
      if (!point) return false;
      const { x, y } = map.project(point.geometry.coordinates as [number, number]);
      const markY = y + NAMED_OFFSET_Y;
      return (
        x >= -reach &&
        markY >= -reach &&
        x <= canvas.clientWidth + reach &&
        markY <= canvas.clientHeight + reach
      );
    })
    .sort();
}

const SLOW = 120_000;

describe('the "named in the article" mark', () => {
  it(
    'marks the countries the shipped article names, and follows a picked article and a pasted one',
    async () => {
      const { map, root } = await open();
      const shippedNamed = inView(map, countriesNamed(shipped));
      expect(shippedNamed).toEqual(expect.arrayContaining(['CHN', 'IRN', 'KAZ']));
      // The headline scraped along with the article (line 1) names the UAE; the article itself does not.
      expect(shippedNamed).not.toContain('ARE');
      await expect.poll(() => marked(map), { timeout: 30_000 }).toEqual(shippedNamed);
      expect(root.querySelector('.legend .named')?.textContent).toBe('Named in the article');

      const picker = page.getByRole('combobox');
      await userEvent.selectOptions(picker, 'tehran-2010');
      await expect.poll(() => marked(map), { timeout: 30_000 }).toEqual(['IND', 'IRN', 'PAK']);

      await page.getByRole('button', { name: 'Use your own article' }).click();
      await userEvent.fill(
        page.getByLabelText('Article text'),
        'قمة في فيينا\n\nاستقبل الرئيس النمساوي نظيره الكيني في فيينا، وبحثا الوضع في جنوب السودان.',
      );
      await page.getByRole('button', { name: 'Show on the map' }).click();
      await expect.poll(() => marked(map), { timeout: 30_000 }).toEqual(inView(map, ['AUT', 'KEN', 'SSD']));
      expect(marked(map)).toContain('AUT');

      await page.getByRole('button', { name: 'Back to the atlas’s article' }).click();
      await expect.poll(() => marked(map), { timeout: 30_000 }).toEqual(shippedNamed);
    },
    SLOW,
  );

  it('moves the map to the picked article’s moment, and back', async () => {
    const { atlas } = await open();
    expect(atlas.date).toBe('2024-02-01');
    await userEvent.selectOptions(page.getByRole('combobox'), 'tehran-2010');
    expect(atlas.date).toBe('2010-06-01');
    expect(atlas.snapshot).toBe('article');
    expect(atlas.snapshotLabel('article')).toBe('At the time of the article (1 June 2010)');
    atlas.setDate('2015-01-01');
    await userEvent.selectOptions(page.getByRole('combobox'), 'kazakhstan-2024');
    // A date the reader chose stays; the article's moment is the default article's again.
    expect(atlas.date).toBe('2015-01-01');
    expect(atlas.snapshotDate('article')).toBe('2024-02-01');
    expect(atlas.snapshotLabel('article')).toBe(snapshots.snapshots[0]?.label.en);
  });
});
