/**
 * How long the atlas takes to answer a reader: input → the next frame presented, from the browser's Event Timing
 * (as Interaction to Next Paint takes it: the longest entry of the interaction's events). Each interaction is
 * checked to have had its effect before its time is read, so a figure never stands for something that did not
 * happen.
 */
import type { Page } from 'playwright-core';
import { canvasBox, countryPoint, project, settle } from '../tests/support/mapPage.ts';

/**
 * Event Timing reports nothing under 16 ms: an interaction answered that fast is recorded as 16 ms, an upper
 * bound, rather than left out of the median.
 */
export const EVENT_TIMING_FLOOR_MS = 16;

/** How long to wait for an Event Timing entry before taking the interaction to have been under 16 ms. */
const ENTRY_WAIT_MS = 3000;

/**
 * Performs `act`, waits for `shown` (its visible effect), then reads the longest Event Timing entry of the input's
 * events. An entry arrives only once its frame is presented, which without a GPU can be a second later, so the
 * wait is for an entry of the interaction's `key` event (`click`, `pointerover`) rather than for a few frames.
 */
async function inputToPaint(
  page: Page,
  key: 'click' | 'pointerover',
  act: () => Promise<void>,
  shown: () => Promise<unknown>,
): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  await act();
  await shown();
  const arrived = await page
    .waitForFunction(
      ({ since, key }) => window.__bench.events.some((e) => e.start >= since && e.name === key),
      { since, key },
      { timeout: ENTRY_WAIT_MS },
    )
    .then(() => true)
    .catch(() => false);
  if (arrived) await settle(page);
  const durations = await page.evaluate(
    (since) => window.__bench.events.filter((e) => e.start >= since).map((e) => e.duration),
    since,
  );
  return Math.max(EVENT_TIMING_FLOOR_MS, ...durations);
}

/** Where a country's label point is on the screen, from the view the map wrote into the URL. */
export async function screenPointOf(page: Page, code: string): Promise<{ x: number; y: number }> {
  const hash = await page.evaluate(() => location.hash);
  const [zoom, lat, lng] = hash.slice(1).split('/').map(Number);
  if (zoom === undefined || lat === undefined || lng === undefined || [zoom, lat, lng].some(Number.isNaN))
    throw new Error(`the map did not write its view into the URL (hash "${hash}")`);
  const box = await canvasBox(page);
  const at = project(countryPoint(code), { zoom, lat, lng }, box);
  if (at.x < box.x || at.y < box.y || at.x > box.x + box.width || at.y > box.y + box.height)
    throw new Error(`${code} is outside the map's view (${hash})`);
  return at;
}

/** Pointer from outside the map onto a country → its tooltip painted. */
export async function hoverToPaint(page: Page, code: string): Promise<number> {
  const at = await screenPointOf(page, code);
  const box = await canvasBox(page);
  // Just above the map, in the page's controls: the move below enters the map and the country at once. That
  // move's own entries arrive late without a GPU; they are waited for, so they are not counted below.
  const before = await page.evaluate(() => performance.now());
  await page.mouse.move(at.x, Math.max(0, box.y - 4));
  await page
    .waitForFunction(
      (before) => window.__bench.events.some((e) => e.start >= before && e.name === 'pointerover'),
      before,
      { timeout: ENTRY_WAIT_MS },
    )
    .catch(() => {});
  await settle(page);
  return inputToPaint(
    page,
    'pointerover',
    () => page.mouse.move(at.x, at.y),
    () => page.locator('.tooltip').waitFor(),
  );
}

/** Click on a country (the pointer resting there first, as a reader's does) → the panel painted. */
export async function clickToPaint(page: Page, code: string, passages: 'some' | 'none'): Promise<number> {
  const at = await screenPointOf(page, code);
  await page.mouse.move(at.x, at.y);
  await settle(page);
  const panel = page.locator(`.panel[data-country="${code}"]`);
  const ms = await inputToPaint(
    page,
    'click',
    () => page.mouse.click(at.x, at.y),
    () =>
      panel
        .locator(passages === 'some' ? '.passage' : '.not-named')
        .first()
        .waitFor(),
  );
  const count = await panel.locator('.passage').count();
  if ((passages === 'some') !== count > 0)
    throw new Error(`${code} was expected to show ${passages} passages, the panel shows ${count}`);
  return ms;
}

/** Click on another organisation in the controls → the map's fills painted anew. */
export async function orgSwitchToPaint(page: Page, org: 'SCO' | 'CICA' | 'both'): Promise<number> {
  // Relative to each label: the label that holds this option's radio.
  const option = page.locator(`input[value="${org}"]`);
  const label = page.locator('[data-control="org"] label').filter({ has: option });
  return inputToPaint(
    page,
    'click',
    () => label.click(),
    () => page.locator('[data-control="org"] label.checked').filter({ has: option }).waitFor(),
  );
}
