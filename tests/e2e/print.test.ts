/**
 * Printing the page (Ctrl+P) as Chromium does it: an A4 landscape PDF whose first page carries the title, the
 * legend, the selected country's roles down to the last line of its panel and a passage, and none of the controls.
 * The text is read back from the PDF with PDF.js.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { watchedPagePerTest } from '../support/session.ts';
import { openAtlas } from '../support/mapPage.ts';

const appUrl = inject('appUrl');
const session = watchedPagePerTest(appUrl);
let page: Page;
let problems: string[];
beforeEach(() => {
  ({ page, problems } = session);
});

/** The text of each page of a PDF, whitespace removed (PDF text comes in runs that break anywhere). */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: pdf, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  await document.cleanup();
  return pages;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing the page', () => {
  it('gives an A4 page with the title, legend, the panel down to its last role line and a passage', async () => {
    await openAtlas(page, appUrl, { query: '?country=KAZ&lang=en' });
    await page.emulateMedia({ media: 'print' });
    const lastRoleLine = await page
      .locator('.panel .org')
      .last()
      .evaluate((org) => {
        const lines = [...org.querySelectorAll<HTMLElement>(':scope > p, :scope > ul > li')];
        return lines.at(-1)?.innerText.trim() ?? '';
      });
    const passage = await page
      .locator('.panel .passage .gloss')
      .first()
      .evaluate((gloss) => {
        // The "translation" label is for screen readers only and not printed.
        const copy = gloss.cloneNode(true) as HTMLElement;
        for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
        return (copy.textContent ?? '').trim().slice(0, 60);
      });
    expect(lastRoleLine.length).toBeGreaterThan(5);
    expect(passage.length).toBeGreaterThan(20);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPages(new Uint8Array(pdf));
    expect(pages.length).toBeLessThanOrEqual(2);
    const [first = ''] = pages;
    const all = pages.join('');
    expect(first).toContain(squeeze('SCO–CICA Atlas'));
    expect(first).toContain(squeeze('Dialogue partners'));
    expect(first).toContain(squeeze('Chair of the SCO: Kazakhstan'));
    // The roles are whole on the first page, the passages follow (on to the next page if long).
    expect(first).toContain(squeeze(lastRoleLine));
    expect(all).toContain(squeeze(passage));
    expect(all).toContain(squeeze('Map: Natural Earth'));
    // No controls on paper.
    for (const control of ['العربية', 'What changed', 'Read the article', 'Country list', 'Export'])
      expect(all, control).not.toContain(squeeze(control));
    expect(problems).toEqual([]);
  }, 120_000);
});
