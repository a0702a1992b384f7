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

/** Performs `act`, waits for `shown` (its visible effect), then reads the longest Event Timing entry it caused. */
async function inputToPaint(
  page: Page,
  act: () => Promise<void>,
  shown: () => Promise<unknown>,
): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  await act();
  await shown();
  // Entries are delivered once the frame that answers them is presented: let a few more frames pass.
  await settle(page);
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
  // Just above the map, in the page's controls: the move below enters the map and the country at once.
  await page.mouse.move(at.x, Math.max(0, box.y - 4));
  await settle(page);
  return inputToPaint(
    page,
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
    () => page.mouse.click(at.x, at.y),
    () => (passages === 'some' ? panel.locator('.passage').first() : panel).waitFor(),
  );
  const count = await panel.locator('.passage').count();
  if ((passages === 'some') !== count > 0)
    throw new Error(`${code} was expected to have ${passages} passages, the panel shows ${count}`);
  return ms;
}

/** Click on another organisation in the controls → the map's fills painted anew. */
export async function orgSwitchToPaint(page: Page, org: 'SCO' | 'CICA' | 'both'): Promise<number> {
  const option = page.locator(`[data-control="org"] input[value="${org}"]`);
  const label = page.locator('[data-control="org"] label').filter({ has: option });
  return inputToPaint(
    page,
    () => label.click(),
    () => page.locator('[data-control="org"] label.checked').filter({ has: option }).waitFor(),
  );
}
