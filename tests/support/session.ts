/**
 * The set-up most end-to-end files share: one Chromium per file and, before each test, a fresh context (desktop
 * size, British English) with a watched page. Call it at the top level of a test file.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchChromium, openWatchedPage, type WatchedPage } from './browser.ts';

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, locale: 'en-GB' };

export interface WatchedSession extends WatchedPage {
  /** Replaces the test's page with one in a new context made with `options` (the old context is closed). */
  reopen(options: BrowserContextOptions): Promise<void>;
}

export function watchedPagePerTest(appUrl: string): WatchedSession {
  let browser: Browser | undefined;
  let close = async () => {};
  const session = {
    async reopen(options: BrowserContextOptions) {
      await close();
      if (!browser)
        throw new Error('Chromium is not running: call watchedPagePerTest at the top of a test file');
      const context = await browser.newContext(options);
      close = () => context.close();
      Object.assign(session, await openWatchedPage(context, appUrl));
    },
  } as WatchedSession;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => session.reopen(DESKTOP));
  return session;
}
