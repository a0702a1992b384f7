/** The article reader as a test reads it. */
import type { Page } from 'playwright-core';

/** The open reader's lines as a screen reader has them: without the owner codes set under names for the eye. */
export function readerLines(page: Page): Promise<string[]> {
  return page.locator('dialog[open] .reader .line p').evaluateAll((lines) =>
    lines.map((line) => {
      const copy = line.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent ?? '';
    }),
  );
}
