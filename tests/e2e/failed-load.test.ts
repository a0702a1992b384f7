/**
 * When the data or the geometry fails to arrive, or arrives broken, the reader sees what went wrong and a retry
 * button — never a blank page or an endless spinner — and the retry loads the map once the file is back. The built
 * page carries the data and the first view's sketch of the geometry; most of these tests serve it without them, as a
 * host that rewrote the page would, so the atlas fetches both files. One keeps them: the early map is drawn from
 * the sketch, and the geometry fetched after it fails.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { PAGE_DATA_BLOCK } from '../../src/pipeline/build/pageData.ts';

const appUrl = inject('appUrl');
const DATA = '**/assets/atlas-data-*.json';
const GEOMETRY = '**/assets/countries.topo-*.json';

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Chromium reports every failed request on the console; anything else is a real problem. */
const unexpected = (problems: string[]) =>
  problems.filter((p) => !/^console error: Failed to load resource/.test(p));

/** Serves the page without the data and the sketch of the geometry it carries. */
async function withoutPageData(page: Page) {
  const pageUrl = new URL(appUrl).href;
  await page.route(
    (url) => url.href === pageUrl,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const stripped = html.replace(PAGE_DATA_BLOCK, '');
      expect(stripped.length).toBeLessThan(html.length / 10);
      await route.fulfill({ status: response.status(), contentType: 'text/html', body: stripped });
    },
  );
}

async function openWith(
  pattern: string,
  breakIt: (route: Route, page: Page) => Promise<void>,
  { pageData = false } = {},
) {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'en-GB' });
  context.setDefaultTimeout(90_000);
  const { page, problems } = await openWatchedPage(context, appUrl);
  if (!pageData) await withoutPageData(page);
  let broken = true;
  await page.route(pattern, (route) => (broken ? breakIt(route, page) : route.fallback()));
  await page.goto(appUrl);
  return { page, problems, repair: () => (broken = false) };
}

async function expectFailureShown(page: Page, detail: RegExp) {
  const retry = page.getByRole('button', { name: 'Try again' });
  await retry.waitFor();
  await expect(page.locator('.state .title').textContent()).resolves.toBe('The map could not be loaded.');
  await expect(page.locator('.state .detail').textContent()).resolves.toMatch(detail);
  expect(await page.locator('.spinner').count()).toBe(0);
  expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
}

async function retryLoadsTheMap(page: Page) {
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, { timeout: 90_000 });
  expect(await page.locator('.legend li[data-category]').count()).toBeGreaterThan(0);
}

const fulfil =
  (body: string, status = 200) =>
  (route: Route) =>
    route.fulfill({ status, contentType: 'application/json', body });

describe('a failed load', { timeout: 240_000 }, () => {
  it('the data request fails: message and retry; after the retry the map loads', async () => {
    const { page, problems, repair } = await openWith(DATA, (route) => route.abort('failed'));
    await expectFailureShown(page, /^atlas-data\.json: the network request failed$/);
    repair();
    await retryLoadsTheMap(page);
    expect(unexpected(problems)).toEqual([]);
  });

  it('the geometry request answers 503: message and retry; after the retry the map loads', async () => {
    const { page, problems, repair } = await openWith(GEOMETRY, fulfil('Service Unavailable', 503));
    await expectFailureShown(page, /^countries\.topo\.json: the server answered 503$/);
    repair();
    await retryLoadsTheMap(page);
    expect(unexpected(problems)).toEqual([]);
  });

  it('the page carries the first view, then the geometry answers 503: the early map gives way to the message and retry', async () => {
    const { page, problems, repair } = await openWith(
      GEOMETRY,
      async (route, page) => {
        // Answered only once the early map has drawn its names, from the page's sketch alone.
        await page.locator('.early-map:not([data-labels=""])').waitFor();
        await fulfil('Service Unavailable', 503)(route);
      },
      { pageData: true },
    );
    await expectFailureShown(page, /^countries\.topo\.json: the server answered 503$/);
    expect(await page.locator('.early-map').count()).toBe(0);
    repair();
    await retryLoadsTheMap(page);
    expect(unexpected(problems)).toEqual([]);
  });

  it.each([
    [
      'data cut off mid-file',
      DATA,
      '{"data": {"memberships": [',
      /^atlas-data\.json: the file is not valid JSON$/,
    ],
    [
      'an HTML page instead of the data',
      DATA,
      '<!doctype html><title>Not found</title>',
      /^atlas-data\.json: the file is not valid JSON$/,
    ],
    [
      'JSON that is not the data',
      DATA,
      '{"hello": "world"}',
      /^atlas-data\.json: the file does not have the expected content$/,
    ],
    [
      'geometry cut off mid-file',
      GEOMETRY,
      '{"type":"Topology","arcs":[[0,',
      /^countries\.topo\.json: the file is not valid JSON$/,
    ],
    [
      'GeoJSON instead of the topology',
      GEOMETRY,
      '{"type":"FeatureCollection","features":[]}',
      /^countries\.topo\.json: the file does not have the expected content$/,
    ],
  ])('%s: message and retry, no uncaught error', async (_what, pattern, body, detail) => {
    const { page, problems } = await openWith(pattern, fulfil(body));
    await expectFailureShown(page, detail);
    expect(unexpected(problems)).toEqual([]);
  });

  it('a data file that parses but lacks what the atlas opens on, and geometry that points at arcs it does not have', async () => {
    const { page, problems, repair } = await openWith(DATA, async (route) => {
      const response = await route.fetch();
      const bundle = await response.json();
      bundle.data.snapshots = [];
      await route.fulfill({ response, json: bundle });
    });
    await expectFailureShown(page, /^atlas-data\.json: the file does not have the expected content$/);
    repair();
    await page.route(GEOMETRY, async (route) => {
      const response = await route.fetch();
      const topology = await response.json();
      topology.objects.countries.geometries[0].arcs = [[123456789]];
      await route.fulfill({ response, json: topology });
    });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectFailureShown(page, /^countries\.topo\.json: the file does not have the expected content$/);
    expect(unexpected(problems)).toEqual([]);
  });

  it('a data file that breaks the atlas only as it renders: message and retry, not a blank page', async () => {
    const { page, problems, repair } = await openWith(DATA, async (route) => {
      const response = await route.fetch();
      const bundle = await response.json();
      for (const snapshot of bundle.data.snapshots) snapshot.label = null;
      await route.fulfill({ response, json: bundle });
    });
    await expectFailureShown(page, /./);
    // The render error itself is logged for whoever debugs the page; nothing else went wrong.
    expect(unexpected(problems).filter((p) => !/TypeError/.test(p))).toEqual([]);
    repair();
    await retryLoadsTheMap(page);
  });

  it('a request that never answers ends in a message and a retry, not an endless spinner', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1000, height: 700 }, locale: 'en-GB' });
    context.setDefaultTimeout(90_000);
    const { page, problems } = await openWatchedPage(context, appUrl);
    await withoutPageData(page);
    await page.clock.install();
    let hang = true;
    await page.route(DATA, (route) => (hang ? undefined : route.fallback()));
    await page.goto(appUrl);
    await page.locator('.spinner').waitFor();
    await page.clock.fastForward(5_000);
    await expect(page.locator('.state .detail').textContent()).resolves.toMatch(/slow|taking longer/i);
    await page.clock.fastForward(60_000);
    await expectFailureShown(page, /^atlas-data\.json: the server did not answer in time$/);
    hang = false;
    await retryLoadsTheMap(page);
    expect(unexpected(problems)).toEqual([]);
  });
});
