/**
 * The main view in real Chromium against the production build: what a reader sees when exploring the map.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import {
  canvasBox,
  coloursAround,
  borderColourDistance,
  colourDistance,
  countryPoint,
  hexToRgb,
  openAtlas,
  project,
  settle,
  type View,
} from '../support/mapPage.ts';
import { CATEGORY_COLOURS, LAND_COLOUR, SELECTED_OUTLINE } from '../../src/core/palette.ts';

const appUrl = inject('appUrl');
// A world view every test can project into: at zoom 2 this centre is one MapLibre accepts as it is.
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };

const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

async function clickPlace(lngLat: [number, number], view: View) {
  const point = project(lngLat, view, await canvasBox(page));
  await page.mouse.click(point.x, point.y);
}

/**
 * The fill shown just below a country's label point: the most frequent colour in a small square there, since a
 * label's letters and halo may cross any single pixel near the point.
 */
async function colourOf(lngLat: [number, number], view: View) {
  await settle(page);
  const point = project(lngLat, view, await canvasBox(page));
  const counts = new Map<string, { colour: [number, number, number]; n: number }>();
  for (const colour of await coloursAround(page, point.x, point.y + 16, 8)) {
    const key = colour.join();
    const entry = counts.get(key) ?? { colour, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()].reduce((most, entry) => (entry.n > most.n ? entry : most)).colour;
}

function legendCounts() {
  return page.$$eval('.legend li[data-category]', (items) =>
    Object.fromEntries(
      items.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('.count')?.textContent)]),
    ),
  );
}

describe('the map', () => {
  it('loads with the article-time SCO legend, no error and no request outside its origin', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    // Early 2024: Belarus is still an observer (member from 4 July 2024), Iran a member since July 2023.
    expect(await legendCounts()).toEqual({ member: 9, observer: 3, dialogue_partner: 14 });
    await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toMatch(/SCO/);
    await expect(page.locator('[data-control="snapshot"] label').first().textContent()).resolves.toContain(
      'early 2024',
    );
    expect(problems).toEqual([]);
  });

  it('the default view’s legend names Kazakhstan as the chair of both organisations', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    const chairs = page.locator('.legend .chair');
    await expect(chairs.allTextContents()).resolves.toEqual([expect.stringMatching(/SCO.*Kazakhstan/)]);
    await page.locator('[data-control="org"] label', { hasText: 'Both' }).click();
    await expect(chairs.count()).resolves.toBe(2);
    await expect(page.locator('.legend .chair[data-org="SCO"]').getAttribute('data-country')).resolves.toBe(
      'KAZ',
    );
    await expect(page.locator('.legend .chair[data-org="CICA"]').getAttribute('data-country')).resolves.toBe(
      'KAZ',
    );
    for (const text of await chairs.allTextContents()) expect(text).toContain('Kazakhstan');
    expect(problems).toEqual([]);
  });

  it('clicking Kazakhstan outlines it and shows member of the SCO and CICA with dates, the chair note and 25 passages', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    expect(await borderColourDistance(page, 'KAZ', WORLD, SELECTED_OUTLINE)).toBeGreaterThan(60);
    await clickPlace(countryPoint('KAZ'), WORLD);
    const panel = page.locator('.panel[data-country="KAZ"]');
    await panel.waitFor();
    expect(await borderColourDistance(page, 'KAZ', WORLD, SELECTED_OUTLINE)).toBeLessThan(40);
    await expect(panel.locator('h2').textContent()).resolves.toBe('Kazakhstan');
    await expect(panel.locator('.other-name').textContent()).resolves.toContain('كازاخستان');
    const sco = panel.locator('.org[data-org="SCO"]');
    expect(await sco.getAttribute('data-status')).toBe('member');
    expect(await sco.locator('.status').textContent()).toMatch(/Member\s+since\s+15 June 2001/);
    expect(await sco.locator('.chair').textContent()).toMatch(/Chairs the SCO \(4 July 2023 – 4 July 2024\)/);
    expect(await sco.locator('p.chairs').textContent()).toMatch(/Chaired the SCO: .*July 2023 – .*July 2024/);
    const cica = panel.locator('.org[data-org="CICA"]');
    expect(await cica.getAttribute('data-status')).toBe('member');
    expect(await cica.locator('.chair').textContent()).toMatch(/Chairs the CICA \(.*2020 – .*2024\)/);
    await expect(panel.locator('.passage').count()).resolves.toBe(25);
    await expect(panel.locator('.passage mark').first().textContent()).resolves.toMatch(
      /كازاخستان|الكازاخستانية|أستانا/,
    );
    expect(await page.locator('.passage[data-line="1"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('country')).toBe('KAZ');
    expect(problems).toEqual([]);
  });

  it('a click waits to redraw the map until the panel is on the screen; the end of a drag redraws at once', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    await settle(page);
    // Times of MapLibre's renders, of animation frames, and of the last pointer release.
    await page.evaluate(() => {
      const probe = { renders: [] as number[], frames: [] as number[], up: 0 };
      Object.assign(window, { __redraws: probe });
      const map = (
        document.querySelector('.map') as HTMLElement & {
          maplibreMap: { on(type: 'render', listener: () => void): void };
        }
      ).maplibreMap;
      map.on('render', () => probe.renders.push(performance.now()));
      addEventListener('pointerup', () => (probe.up = performance.now()), true);
      void (async () => {
        for (let frame = 0; frame < 1200; frame++) {
          await new Promise((done) => requestAnimationFrame(done));
          probe.frames.push(performance.now());
        }
      })();
    });
    /** How many animation frames passed between the last pointer release and MapLibre's next render. */
    const framesBeforeRedraw = () =>
      page.evaluate(() => {
        const { renders, frames, up } = (
          window as unknown as { __redraws: { renders: number[]; frames: number[]; up: number } }
        ).__redraws;
        const render = renders.find((time) => time > up);
        if (render === undefined) return null;
        return frames.filter((time) => time > up && time < render).length;
      });

    await clickPlace(countryPoint('KAZ'), WORLD);
    await page.locator('.panel[data-country="KAZ"]').waitFor();
    await settle(page);
    // MapLibre's own gesture handling asks for a redraw in the frame after every release; after a click it waits.
    expect(await framesBeforeRedraw()).toBeGreaterThanOrEqual(3);
    expect(await borderColourDistance(page, 'KAZ', WORLD, SELECTED_OUTLINE)).toBeLessThan(40);

    const from = project([20, 0], WORLD, await canvasBox(page));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(from.x + step * 20, from.y + step * 10);
    await page.mouse.up();
    await settle(page);
    const redraw = await framesBeforeRedraw();
    expect(redraw).not.toBeNull();
    expect(redraw).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
  });

  it('the panel of a country the pointer rests on is built out of sight, and the click shows that panel', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    const box = await canvasBox(page);
    const marks = () => page.evaluate(() => performance.getEntriesByName('atlas:panel-rendered').length);
    const marksBefore = await marks();
    const kaz = project(countryPoint('KAZ'), WORLD, box);
    await page.mouse.move(kaz.x, kaz.y);
    const prepared = page.locator('.panel-wrap.prepared[inert] .panel[data-country="KAZ"]');
    await prepared.waitFor({ state: 'attached' });
    expect(await prepared.isVisible()).toBe(false);
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(await marks()).toBe(marksBefore);
    await prepared.evaluate((panel) => panel.setAttribute('data-built-before-click', ''));

    await page.mouse.down();
    await page.mouse.up();
    const shown = page.locator('.panel[data-country="KAZ"]');
    await shown.waitFor();
    expect(await shown.getAttribute('data-built-before-click')).toBe('');
    expect(await page.locator('.panel-wrap').getAttribute('inert')).toBeNull();
    expect(await page.getByRole('complementary', { name: 'Kazakhstan' }).count()).toBe(1);
    expect(await marks()).toBe(marksBefore + 1);

    // Closed with the pointer still there, the panel is gone and not built again.
    await page.keyboard.press('Escape');
    await shown.waitFor({ state: 'detached' });
    await page.waitForTimeout(600);
    expect(await page.locator('.panel').count()).toBe(0);

    // Onto another country, then off it onto the sea.
    const irn = project(countryPoint('IRN'), WORLD, box);
    await page.mouse.move(irn.x, irn.y);
    await page.locator('.panel-wrap.prepared .panel[data-country="IRN"]').waitFor({ state: 'attached' });
    const sea = project([70, -15], WORLD, box);
    await page.mouse.move(sea.x, sea.y);
    await page.locator('.panel').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('small states are clickable through their markers at world zoom; a click on the sea closes the panel', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    await clickPlace(countryPoint('BHR', 'marker'), WORLD);
    await page.locator('.panel[data-country="BHR"]').waitFor();
    await clickPlace(countryPoint('MDV', 'marker'), WORLD);
    await page.locator('.panel[data-country="MDV"]').waitFor();
    await clickPlace([70, -15], WORLD); // Indian Ocean
    await page.locator('.panel').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('switching organisation and date changes the fills and the legend counts', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    const saudi = countryPoint('SAU');
    expect(
      colourDistance(await colourOf(saudi, WORLD), hexToRgb(CATEGORY_COLOURS.dialogue_partner)),
    ).toBeLessThan(12);

    await page.locator('[data-control="snapshot"] label').nth(1).click();
    expect(await legendCounts()).toEqual({ member: 10, partner: 17 });
    expect(colourDistance(await colourOf(saudi, WORLD), hexToRgb(CATEGORY_COLOURS.partner))).toBeLessThan(12);

    await page.locator('[data-control="org"] label', { hasText: 'CICA' }).click();
    expect(await legendCounts()).toEqual({ member: 28, observer: 10 });
    expect(colourDistance(await colourOf(saudi, WORLD), hexToRgb(CATEGORY_COLOURS.observer))).toBeLessThan(
      12,
    );
    expect(
      colourDistance(await colourOf(countryPoint('BLR'), WORLD), hexToRgb(CATEGORY_COLOURS.observer)),
    ).toBeLessThan(12);

    await page.locator('[data-control="org"] label', { hasText: 'Both' }).click();
    const counts = await legendCounts();
    expect(Object.keys(counts)).toEqual(['both', 'sco_only', 'cica_only']);
    expect(
      colourDistance(await colourOf(countryPoint('KAZ'), WORLD), hexToRgb(CATEGORY_COLOURS.both)),
    ).toBeLessThan(12);
    expect(colourDistance(await colourOf(countryPoint('DEU'), WORLD), hexToRgb(LAND_COLOUR))).toBeLessThan(
      12,
    );
    expect(new URL(page.url()).search).toBe('?v=1&org=both&date=latest');
    expect(problems).toEqual([]);
  });

  it('search "قطر" selects Qatar; a country the article never names shows the "not named" state', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    await page.locator('#country-search').fill('قطر');
    await page.keyboard.press('Enter');
    const qatar = page.locator('.panel[data-country="QAT"]');
    await qatar.waitFor();
    expect(await qatar.locator('.passage').count()).toBeGreaterThan(0);

    await page.locator('#country-search').fill('mongol');
    await page.keyboard.press('Enter');
    const mongolia = page.locator('.panel[data-country="MNG"]');
    await mongolia.waitFor();
    expect(await mongolia.locator('.not-named').textContent()).toBe('The article never names Mongolia.');
    expect(await mongolia.locator('.about-org[data-org="SCO"] .label').textContent()).toMatch(
      /about the SCO, not about Mongolia/,
    );
    expect(await mongolia.locator('.about-org[data-org="SCO"] .passage').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await mongolia.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });

  it('a link reopens the same view and selection', async () => {
    const view: View = { zoom: 3.2, lat: 41.5, lng: 66.1 };
    await openAtlas(page, appUrl, { query: '?v=1&country=KAZ&org=cica', view });
    await page.locator('.panel[data-country="KAZ"]').waitFor();
    expect(await page.locator('[data-control="org"] label.checked').textContent()).toContain('CICA');
    const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
    expect(zoom).toBeCloseTo(view.zoom, 1);
    expect(lat).toBeCloseTo(view.lat, 1);
    expect(lng).toBeCloseTo(view.lng, 1);
  });

  it('the full-article reader highlights names; clicking one selects that country', async () => {
    await openAtlas(page, appUrl, { view: WORLD });
    await page.getByRole('button', { name: 'Read the article' }).click();
    const reader = page.locator('dialog[open] .reader');
    await reader.waitFor();
    expect(await reader.locator('.line').count()).toBe(27);
    expect(await reader.locator('.line[data-line="1"] .mention').count()).toBe(0);
    await reader.locator('.line[data-line="9"] .mention', { hasText: 'الهند' }).click();
    await page.locator('.panel[data-country="IND"]').waitFor();
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('on a wide screen the panel lies over the map: the canvas keeps its size and the zoom buttons move clear of it', async () => {
    for (const lang of ['en', 'ar']) {
      await openAtlas(page, appUrl, { query: `?lang=${lang}`, view: WORLD });
      const before = await canvasBox(page);
      await page.locator('#country-search').fill(lang === 'ar' ? 'كازاخستان' : 'kazakh');
      await page.keyboard.press('Enter');
      const panel = (await page.locator('.panel-wrap').boundingBox())!;
      await settle(page);
      expect(await canvasBox(page)).toEqual(before);
      // The panel takes the side the reading direction ends on.
      const panelOnRight = panel.x + panel.width >= before.x + before.width - 1;
      expect(panelOnRight).toBe(lang === 'en');
      const zoomIn = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
      const clear = zoomIn.x + zoomIn.width <= panel.x || zoomIn.x >= panel.x + panel.width;
      expect(clear, `zoom button at ${zoomIn.x}, panel ${panel.x}–${panel.x + panel.width}`).toBe(true);
      await page.locator('.maplibregl-ctrl-zoom-in').click();
      await page.keyboard.press('Escape');
    }
    expect(problems).toEqual([]);
  });

  it('fits a phone: the panel is a bottom sheet and nothing scrolls sideways', async () => {
    await session.reopen({ viewport: { width: 390, height: 844 }, locale: 'en-GB', hasTouch: true });
    ({ page, problems } = session);
    await openAtlas(page, appUrl, { query: '?country=KAZ' });
    const panel = page.locator('.panel-wrap');
    await panel.waitFor();
    const sheet = (await panel.boundingBox())!;
    expect(sheet.width).toBeCloseTo(390, 0);
    expect(sheet.y + sheet.height).toBeCloseTo(
      844 - (await page.locator('.source').boundingBox())!.height,
      -1,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '.cache/e2e-phone.png' });
    expect(problems).toEqual([]);
  });
});
