/**
 * The Arabic page speaks Arabic: any Latin prose on it (notes and source titles that exist only in English) sits
 * in an element marked `lang="en"`, so it is laid out left to right and read with an English voice. The walk covers
 * the country panel (sources open), the list of changes and the article reader.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPagePerTest } from '../support/session.ts';
import { openAtlas } from '../support/mapPage.ts';

const appUrl = inject('appUrl');
const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

/** Text runs of three or more Latin words whose nearest language tag is not English, with that tag. */
function latinProseOutsideEnglish(): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => {
    const found: { text: string; lang: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[A-Za-z]{2,}[,.;:]?(?:\s+[A-Za-z]{2,}[,.;:]?){2,}/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      if (!parent.checkVisibility?.() && !parent.closest('details')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('en')) found.push({ text: text.trim().slice(0, 80), lang });
    }
    return found;
  });
}

describe('the Arabic page', () => {
  it('has no Latin prose inside an Arabic-tagged element, in the panel, the changes and the reader', async () => {
    await openAtlas(page, appUrl, { query: '?lang=ar&org=both&country=BLR' });
    for (const details of await page.locator('.panel details, details.sources').all()) {
      await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
    }
    // Belarus's SCO history has notes and sources, all English for now.
    expect(await page.locator('[lang="en"][dir="ltr"]').count()).toBeGreaterThan(0);
    expect(await latinProseOutsideEnglish()).toEqual([]);

    await page.locator('.time-control button.events').click();
    await page.locator('dialog[open] .event-list').waitFor();
    expect(await latinProseOutsideEnglish()).toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('button', { hasText: 'اقرأ المقال' }).click();
    await page.locator('dialog[open] .reader').waitFor();
    expect(await latinProseOutsideEnglish()).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);
});
