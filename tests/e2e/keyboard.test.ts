/**
 * The atlas with the keyboard alone, in real Chromium: find a country, open it, read its passages in the article,
 * close everything and land back where the reader started — every stop with a visible focus ring.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import { openAtlas } from '../support/mapPage.ts';

const appUrl = inject('appUrl');
// Page loads, keyboard walks and axe runs on SwiftShader: a busy two-core machine needs more than a minute.
const SLOW = 180_000;

const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

/** What has focus: enough to tell a reader where they are. */
function focused() {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', text: '', id: '', visible: false };
    // A radio's ring is drawn on its label (the segmented control hides the input itself).
    const ringed = element.matches('input[type=radio]') ? (element.closest('label') ?? element) : element;
    const style = getComputedStyle(ringed);
    const visible =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' '),
      id: element.id,
      visible,
    };
  });
}

/**
 * Presses Tab until focus is on an element matching `selector` (and, if given, with that text or name).
 * Returns the stops on the way that showed no focus ring: a reader must always see where they are.
 */
async function tabTo(selector: string, text?: string, max = 60) {
  const unseen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused();
    if (!stop.visible) unseen.push(`${stop.tag} "${stop.text.slice(0, 40)}"`);
    const matches = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (matches && (text === undefined || stop.text === text)) return unseen;
  }
  throw new Error(`${selector} ${text ?? ''} was not reached with ${max} presses of Tab`);
}

describe('keyboard only', () => {
  it(
    'search a country, open it, read a passage in the article, close both and return to the search box',
    async () => {
      await openAtlas(page, appUrl, { query: '?lang=en' });
      expect(await tabTo('#country-search')).toEqual([]);

      await page.keyboard.type('Kazakh');
      await page.locator('#country-search-results [role="option"][aria-selected="true"]').waitFor();
      expect(await page.locator('#country-search').getAttribute('aria-activedescendant')).toBe('result-KAZ');
      await page.keyboard.press('Enter');

      const panel = page.locator('.panel[data-country="KAZ"]');
      await panel.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
      expect((await focused()).text).toBe('Kazakhstan');
      await expect(page.locator('[data-announcer]').textContent()).resolves.toMatch(/Kazakhstan selected/);

      // Read the passages: Tab on to the first "Read in context", which names its paragraph.
      expect(await tabTo('.passage button.link')).toEqual([]);
      const readButton = await focused();
      expect(readButton.text).toMatch(/^Read in context \((Title|Paragraph \d+)\)$/);
      const line = await page.evaluate(() =>
        document.activeElement?.closest('.passage')?.getAttribute('data-line'),
      );
      expect(line).toMatch(/^\d+$/);
      await page.keyboard.press('Enter');
      const reader = page.locator('dialog[open] .reader');
      await reader.waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('.line') !== null);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-line'))).toBe(line);

      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      expect((await focused()).text).toBe(readButton.text);
      await expect(panel.isVisible()).resolves.toBe(true);

      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      const back = await focused();
      expect(back.id).toBe('country-search');
      expect(back.visible).toBe(true);
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'the country list: arrow keys move between countries, Enter opens one, Esc returns to the list button',
    async () => {
      await openAtlas(page, appUrl, { query: '?lang=en' });
      expect(await tabTo('button', 'Country list')).toEqual([]);
      await page.keyboard.press('Enter');
      const list = page.locator('dialog[open] .list');
      await list.waitFor();

      expect(await tabTo('.list button')).toEqual([]);
      const names = await list.locator('button').allTextContents();
      const trimmed = names.map((n) => n.trim());
      expect((await focused()).text).toBe(trimmed[0]);
      await page.keyboard.press('ArrowDown');
      expect((await focused()).text).toBe(trimmed[1]);
      await page.keyboard.press('ArrowRight');
      expect((await focused()).text).toBe(trimmed[2]);
      await page.keyboard.press('ArrowUp');
      expect((await focused()).text).toBe(trimmed[1]);
      await page.keyboard.press('End');
      expect((await focused()).text).toBe(trimmed.at(-1));
      await page.keyboard.press('Home');
      expect((await focused()).text).toBe(trimmed[0]);

      // The SCO members come first, in alphabetical order: in early 2024 (Belarus still an observer) China leads.
      expect(trimmed[0]).toBe('China');
      await page.keyboard.press('Enter');
      await list.waitFor({ state: 'detached' });
      await page.locator('.panel[data-country="CHN"]').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'panel-title');

      await page.keyboard.press('Escape');
      await page.locator('.panel').waitFor({ state: 'detached' });
      expect((await focused()).text).toBe('Country list');
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'Esc in the export or embed dialog closes that dialog, not the country panel under it',
    async () => {
      await openAtlas(page, appUrl, { query: '?country=KAZ&lang=en' });
      const panel = page.locator('.panel[data-country="KAZ"]');
      await panel.waitFor();
      for (const dialog of ['Export', 'Embed']) {
        await page.locator('.controls button', { hasText: dialog }).first().click();
        await page.locator('dialog[open]').waitFor();
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
        await expect(panel.isVisible(), dialog).resolves.toBe(true);
      }
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(problems).toEqual([]);
    },
    SLOW,
  );

  it(
    'in Arabic the left arrow moves forward through the list, as the text runs',
    async () => {
      await openAtlas(page, appUrl, { query: '?lang=ar' });
      await tabTo('button', 'قائمة الدول');
      await page.keyboard.press('Enter');
      const list = page.locator('dialog[open] .list');
      await list.waitFor();
      await tabTo('.list button');
      const names = (await list.locator('button').allTextContents()).map((n) => n.trim());
      await page.keyboard.press('ArrowLeft');
      expect((await focused()).text).toBe(names[1]);
      await page.keyboard.press('ArrowRight');
      expect((await focused()).text).toBe(names[0]);
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
      expect((await focused()).text).toBe('قائمة الدول');
    },
    SLOW,
  );
});
