/** Launches the real Chromium for end-to-end tests and watches each page for what a user must never meet. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.ts';

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and requests that left the app's origin. */
  problems: string[];
}

/** Opens a page that fails every request outside `origin` and records anything that went wrong. */
export async function openWatchedPage(
  context: BrowserContext,
  origin: string,
  { allowOrigins = [] as string[] } = {},
): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = [new URL(origin).origin, ...allowOrigins.map((o) => new URL(o).origin)];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || allowed.includes(new URL(url).origin)) {
      return route.continue();
    }
    problems.push(`request left the origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    // Uncaught errors of the top document arrive as 'pageerror'; an embedded atlas's are reported from inside.
    if (window !== window.top) {
      addEventListener('error', (event) => console.error(`uncaught in a frame: ${event.message}`));
      addEventListener('unhandledrejection', (event) =>
        console.error(`unhandled rejection in a frame: ${String(event.reason)}`),
      );
    }
  });
  return { page, problems };
}
