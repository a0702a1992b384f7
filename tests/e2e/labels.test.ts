/**
 * The map's names as MapLibre placed them (its rendered symbols): at the opening view every SCO member and most
 * other role-holders are named (MapLibre drops any that would overlap), in the interface's language; disputed
 * areas too.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import { countryPoint, openAtlas, settle } from '../support/mapPage.ts';
import { categoriesOn } from '../../src/core/model/categories.ts';
import { data, index } from '../support/realData.ts';

const appUrl = inject('appUrl');
const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

const ARTICLE = data.snapshots.find((s) => s.id === 'article')?.date ?? '';

interface Placed {
  id: string;
  name: string;
}

function viewNorth(): Promise<number> {
  return page.evaluate(() =>
    (
      document.querySelector('.map') as HTMLElement & {
        maplibreMap: { getBounds(): { getNorth(): number } };
      }
    ).maplibreMap
      .getBounds()
      .getNorth(),
  );
}

/** The role-holders' names MapLibre drew, on their label points or on the part of them in view. */
function placedNames(layers = ['labels-roles', 'labels-roles-in-view']): Promise<Placed[]> {
  return page.evaluate((layers) => {
    interface Feature {
      properties: Record<string, unknown>;
    }
    const container = document.querySelector('.map') as HTMLElement & {
      maplibreMap: {
        queryRenderedFeatures(options: { layers: string[] }): Feature[];
        getLayoutProperty(layer: string, name: string): unknown;
      };
    };
    const map = container.maplibreMap;
    const field = JSON.stringify(map.getLayoutProperty(layers[0] ?? '', 'text-field'));
    const lang = field.includes('name_ar') ? 'name_ar' : 'name_en';
    const seen = new Map<string, { id: string; name: string }>();
    for (const feature of map.queryRenderedFeatures({ layers })) {
      const id = String(feature.properties['id']);
      seen.set(id, { id, name: String(feature.properties[lang] ?? '') });
    }
    return [...seen.values()];
  }, layers);
}

describe('names on the map', () => {
  it('names every SCO member at the opening view, members first, in English and in Arabic', async () => {
    await openAtlas(page, appUrl);
    await settle(page);
    const roles = categoriesOn(index, 'SCO', ARTICLE);
    const members = [...roles].filter(([, category]) => category === 'member').map(([code]) => code);
    expect(members.length).toBeGreaterThanOrEqual(8);
    // Russia's label point (64° N) is above the opening view: it is named on the part of it that is in view.
    expect(countryPoint('RUS')[1]).toBeGreaterThan(await viewNorth());
    const english = await placedNames();
    const named = new Set(english.map((p) => p.id));
    // Only role-holders are in this layer, and every member is among the names placed.
    for (const id of named) expect(roles.has(id), id).toBe(true);
    for (const member of members) expect(named.has(member), member).toBe(true);
    // Far more than the eleven names the map used to show; the export names all role-holders it can fit.
    expect(named.size).toBeGreaterThanOrEqual(20);
    expect(english.find((p) => p.id === 'KAZ')?.name).toBe('Kazakhstan');

    await page.locator('[data-control="lang"] label', { hasText: 'العربية' }).click();
    await settle(page);
    const arabic = await placedNames();
    for (const member of members)
      expect(
        arabic.some((p) => p.id === member),
        member,
      ).toBe(true);
    for (const { id, name } of arabic) expect(name, id).toMatch(/^[\u0600-\u06ff\s()-]+$/);
    expect(problems).toEqual([]);
  }, 120_000);

  it('names the Siachen Glacier in Arabic when zoomed in on Kashmir', async () => {
    await openAtlas(page, appUrl, { query: '?lang=ar', view: { zoom: 5, lat: 35.4, lng: 77.1 } });
    await settle(page);
    const names = await placedNames(['labels-small', 'labels-large']);
    expect(names.find((p) => p.id === 'X-KAS')?.name).toBe('نهر سياتشين الجليدي');
    expect(problems).toEqual([]);
  }, 120_000);
});
