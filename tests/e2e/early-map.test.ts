/**
 * The early map: while MapLibre is still downloading, the first view is already drawn from the data and geometry,
 * in the link's own state, at the camera MapLibre then opens on, with the names, named-in-the-article dots and
 * chair marks MapLibre then draws; MapLibre's map replaces it once it has drawn. Where MapLibre cannot be
 * downloaded at all, the SVG map takes over, as without WebGL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { colourAt, colourDistance, countryPoint, hexToRgb, project } from '../support/mapPage.ts';
import { CATEGORY_COLOURS } from '../../src/core/palette.ts';
import { openingCamera } from '../../src/app/map/openingView.ts';
import { CHAIR_COLOUR, chairOffset } from '../../src/app/map/chairLayer.ts';
import { NAMED_FILL, NAMED_LAYER_ID, NAMED_OFFSET_Y } from '../../src/app/map/namedLayer.ts';
import { ROLE_LABEL_LAYER, VIEW_LABEL_LAYER } from '../../src/app/map/labelLayers.ts';
import { categoriesOn } from '../../src/core/model/categories.ts';
import { chairsOn } from '../../src/core/model/chairs.ts';
import { data, index } from '../support/realData.ts';

const appUrl = inject('appUrl');
const SLOW = 180_000;
/** MapLibre's own module (not the small one that only names its worker's URL). */
const MAPLIBRE_MODULE = /\/assets\/maplibre-[\w-]{8}\.js$/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A point of a country's fill on a map showing `camera` in the box of `selector`: just below its label point, so
 * that the name written there is not what is read.
 */
async function pointOn(page: Page, selector: string, code: string, camera = openingCameraOf) {
  const at = await labelPointOn(page, selector, code, camera);
  return { x: at.x, y: at.y + 16 };
}

/** A country's label point on a map showing `camera` in the box of `selector`. */
async function labelPointOn(page: Page, selector: string, code: string, camera = openingCameraOf) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  return project(countryPoint(code), await camera(box), box);
}
const openingCameraOf = async (box: { width: number; height: number }) =>
  openingCamera(box.width, box.height);

const ARTICLE_DATE = data.snapshots.find((s) => s.id === 'article')?.date ?? '';

/** The colours the early map's own canvas holds at page points (read from the canvas, not the screen). */
function earlyColours(page: Page, points: readonly { x: number; y: number }[]) {
  return page.evaluate((points) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.early-map canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no early map canvas');
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    return points.map(({ x, y }) => {
      const [r = 0, g = 0, b = 0] = context.getImageData(
        Math.round((x - box.x) * ratio),
        Math.round((y - box.y) * ratio),
        1,
        1,
      ).data;
      return [r, g, b];
    });
  }, points);
}

/** The ids of the features MapLibre drew in `layers`. */
function renderedIds(page: Page, layers: string[]) {
  return page.evaluate((layers) => {
    const container = document.querySelector('.map') as HTMLElement & {
      maplibreMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { id?: string } }[] };
    };
    const ids = container.maplibreMap.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
    return [...new Set(ids)];
  }, layers);
}

/** Holds MapLibre's module back until the returned function is called. */
async function holdMapLibre(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(MAPLIBRE_MODULE, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

describe('the early map', () => {
  it(
    'shows the link’s organisation before MapLibre has arrived, and hands over to MapLibre at the same view',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      const release = await holdMapLibre(page);
      // With the CICA chosen, Mongolia is a member (an SCO observer otherwise).
      await page.goto(`${appUrl}?lang=en&org=cica`, { waitUntil: 'commit' });
      const early = page.locator('.early-map canvas');
      await early.waitFor({ timeout: 60_000 });
      expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
      expect(await page.evaluate(() => document.body.dataset.mapIdle)).toBeUndefined();

      const mongolia = await pointOn(page, '.early-map', 'MNG');
      const member = hexToRgb(CATEGORY_COLOURS.member);
      const observer = hexToRgb(CATEGORY_COLOURS.observer);
      expect(colourDistance(await colourAt(page, mongolia.x, mongolia.y), member)).toBeLessThan(20);
      const kazakhstan = await pointOn(page, '.early-map', 'KAZ');
      expect(colourDistance(await colourAt(page, kazakhstan.x, kazakhstan.y), member)).toBeLessThan(20);

      // Switching organisation before MapLibre is there redraws the early map.
      await page.locator('[data-control="org"] label', { hasText: 'SCO' }).click();
      await expect
        .poll(async () => colourDistance(await colourAt(page, mongolia.x, mongolia.y), observer))
        .toBeLessThan(20);

      // Names as MapLibre places them: every SCO member, the role-holders before any other country. They are
      // placed again once the page's font is there, so read them after that.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
      const roles = categoriesOn(index, 'SCO', ARTICLE_DATE);
      const earlyLabels = ((await page.locator('.early-map').getAttribute('data-labels')) ?? '').split(' ');
      const members = [...roles].filter(([, category]) => category === 'member').map(([code]) => code);
      for (const member of members) expect(earlyLabels, member).toContain(member);
      const firstOther = earlyLabels.findIndex((code) => !roles.has(code));
      expect(firstOther).toBeGreaterThanOrEqual(20);
      expect(earlyLabels.slice(firstOther).every((code) => !roles.has(code))).toBe(true);

      // The SCO chair's star above its label point, on the early canvas itself.
      const chairs = chairsOn(index, 'SCO', ARTICLE_DATE);
      expect(chairs.length).toBe(1);
      const [dx, dy] = chairOffset('SCO');
      const chairPoint = await labelPointOn(page, '.early-map', chairs[0]!.country);
      const [chairSpot] = await earlyColours(page, [{ x: chairPoint.x + dx, y: chairPoint.y + dy }]);
      expect(colourDistance(chairSpot!, hexToRgb(CHAIR_COLOUR))).toBeLessThan(40);

      // A dot below the label point of each role-holder in view: read now, judged against MapLibre's marks below.
      const mapBox = (await page.locator('.early-map').boundingBox())!;
      const dotSpots = new Map<string, { x: number; y: number }>();
      for (const code of roles.keys()) {
        const at = await labelPointOn(page, '.early-map', code);
        const spot = { x: at.x, y: at.y + NAMED_OFFSET_Y };
        if (
          spot.x > mapBox.x &&
          spot.x < mapBox.x + mapBox.width &&
          spot.y > mapBox.y &&
          spot.y < mapBox.y + mapBox.height
        )
          dotSpots.set(code, spot);
      }
      const readDots = await earlyColours(page, [...dotSpots.values()]);
      const dotColour = (code: string) => readDots[[...dotSpots.keys()].indexOf(code)]!;

      release();
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });
      await early.waitFor({ state: 'detached' });
      expect(await page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).visibility)).toBe(
        'visible',
      );
      // MapLibre opened on the camera the early map drew (its hash keeps two decimals of zoom).
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      const expected = openingCamera(box.width, box.height);
      const [zoom, lat, lng] = (await page.evaluate(() => location.hash)).slice(1).split('/').map(Number);
      expect(Math.abs(zoom! - expected.zoom)).toBeLessThan(0.01);
      expect(Math.abs(lat! - expected.lat)).toBeLessThan(0.05);
      expect(Math.abs(lng! - expected.lng)).toBeLessThan(0.05);
      expect(colourDistance(await colourAt(page, mongolia.x, mongolia.y), observer)).toBeLessThan(20);

      // MapLibre's own names, dots and marks: the early map had drawn the same.
      const mapLabels = await renderedIds(page, [ROLE_LABEL_LAYER, VIEW_LABEL_LAYER]);
      expect(earlyLabels.filter((code) => roles.has(code)).sort()).toEqual(mapLabels.sort());
      const namedByMap = (await renderedIds(page, [NAMED_LAYER_ID])).filter((code) => dotSpots.has(code));
      expect(namedByMap.length).toBeGreaterThanOrEqual(5);
      const white = hexToRgb(NAMED_FILL);
      // Pure white: the sea, the palest colour around, is farther from it than this.
      const isWhite = (code: string) => colourDistance(dotColour(code), white) < 8;
      for (const code of namedByMap) expect(isWhite(code), code).toBe(true);
      // Where MapLibre draws no dot, the early map drew none either (a name's halo may still be white there).
      const unnamed = [...dotSpots.keys()].filter((code) => !namedByMap.includes(code));
      const blank = unnamed.filter((code) => !isWhite(code));
      expect(unnamed.length).toBeGreaterThanOrEqual(5);
      expect(blank.length / unnamed.length).toBeGreaterThanOrEqual(0.8);
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'draws a link’s own view (#zoom/lat/lng) as MapLibre will',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await page.route(MAPLIBRE_MODULE, () => {
        // Held until the page closes: only the early map is looked at.
      });
      const view = { zoom: 4, lat: 45, lng: 80 };
      await page.goto(`${appUrl}?lang=en#${view.zoom}/${view.lat}/${view.lng}`, { waitUntil: 'commit' });
      await page.locator('.early-map canvas').waitFor({ timeout: 60_000 });
      // Kazakhstan fills the middle of this view; at the opening view this point would be elsewhere.
      const kazakhstan = await pointOn(page, '.early-map', 'KAZ', async () => view);
      const colour = await colourAt(page, kazakhstan.x, kazakhstan.y);
      expect(colourDistance(colour, hexToRgb(CATEGORY_COLOURS.member))).toBeLessThan(20);
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'on a phone, opens where MapLibre opens (kept within the world’s latitudes) and names the same role-holders',
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      const release = await holdMapLibre(page);
      await page.goto(`${appUrl}?lang=en`, { waitUntil: 'commit' });
      await page.locator('.early-map canvas').waitFor({ timeout: 60_000 });
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
      const box = (await page.locator('.early-map').boundingBox())!;
      const camera = openingCamera(box.width, box.height);
      // Centred on the opening bounds, this view would reach past the world's top: MapLibre moves it down, and so
      // does the early map (a wide map, not moved, shows the bounds' centre).
      expect(camera.lat).toBeLessThan(openingCamera(1280, 550).lat - 1);
      const roles = categoriesOn(index, 'SCO', ARTICLE_DATE);
      const earlyLabels = ((await page.locator('.early-map').getAttribute('data-labels')) ?? '').split(' ');

      release();
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });
      const [zoom, lat, lng] = (await page.evaluate(() => location.hash)).slice(1).split('/').map(Number);
      expect(Math.abs(zoom! - camera.zoom)).toBeLessThan(0.01);
      expect(Math.abs(lat! - camera.lat)).toBeLessThan(0.05);
      expect(Math.abs(lng! - camera.lng)).toBeLessThan(0.05);
      const mapLabels = await renderedIds(page, [ROLE_LABEL_LAYER, VIEW_LABEL_LAYER]);
      expect(earlyLabels.filter((code) => roles.has(code)).sort()).toEqual(mapLabels.sort());
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'gives way to the SVG map when MapLibre cannot be downloaded',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      const { page, problems } = await openWatchedPage(context, appUrl);
      await page.route(MAPLIBRE_MODULE, (route) => route.abort('failed'));
      await page.goto(`${appUrl}?lang=en`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
        timeout: 90_000,
      });
      await page.locator('.fallback-map path[data-code="KAZ"]').waitFor();
      expect(await page.locator('.early-map').count()).toBe(0);
      // The failed download is the only complaint.
      expect(problems.filter((p) => !/maplibre|Failed to (load|fetch)/i.test(p))).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});
