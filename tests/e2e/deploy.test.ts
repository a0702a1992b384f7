/**
 * The build as it ships. It passes its own check (`npm run check:dist`, the command CI runs). Served by a plain
 * static host that sends no header at all (GitHub Pages, a bucket), it still runs under the policy its page
 * carries: normal use reports no violation, while an injected inline script, an inline handler, `eval` and a
 * request to another origin are blocked and reported.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { canvasBox, countryPoint, openAtlas, project, type View } from '../support/mapPage.ts';
import { DESKTOP } from '../support/session.ts';
import { startStaticServer, type RunningServer } from '../support/staticServer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const distDir = inject('distDir');
const appUrl = inject('appUrl');
const WORLD: View = { zoom: 2, lat: 30, lng: 60 };

interface Violation {
  directive: string;
  blocked: string;
  disposition: string;
}

let plain: RunningServer;
let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let problems: string[];

beforeAll(async () => {
  plain = await startStaticServer({ root: distDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await plain?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext(DESKTOP);
  ({ page, problems } = await openWatchedPage(context, plain.url));
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__violations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        disposition: event.disposition,
      }),
    );
  });
});

const violations = () =>
  page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

describe('npm run check:dist', () => {
  it('passes the build', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (done) =>
        execFile(
          'npx',
          ['tsx', 'src/pipeline/cli/checkDist.ts', '--dist', distDir],
          { cwd: ROOT },
          (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        ),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/check:dist: .*: \d+ files, [\d.]+ MB, no problem/);
  });
});

describe('on a host that sends no headers', () => {
  it('the page arrives without a policy header and carries its own', async () => {
    const response = await fetch(plain.url);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
    );
    // The project's server sends what the build's _headers say, frame-ancestors included.
    const shipped = await fetch(appUrl);
    expect(shipped.headers.get('content-security-policy')).toMatch(/frame-ancestors /);
  });

  it('normal use reports no violation', async () => {
    await openAtlas(page, plain.url, { view: WORLD });
    const point = project(countryPoint('KAZ'), WORLD, await canvasBox(page));
    await page.mouse.click(point.x, point.y);
    await page.locator('.panel[data-country="KAZ"]').waitFor();
    // The export dialog is a lazy chunk with styles of its own: loading it is a request the policy governs too.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export the map' }).waitFor();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('blocks and reports an injected inline script, an inline handler, eval and a request to another origin', async () => {
    await openAtlas(page, plain.url, { view: WORLD });
    const outcome = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.injectedHandlerRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      await new Promise((done) => setTimeout(done, 300));
      let evalOutcome = 'ran';
      try {
        (0, eval)('1 + 1');
      } catch (error) {
        evalOutcome = (error as Error).name;
      }
      let fetchOutcome = 'loaded';
      try {
        await fetch('https://tracker.example/pixel');
      } catch (error) {
        fetchOutcome = (error as Error).name;
      }
      return {
        script: flags.injectedScriptRan ?? false,
        handler: flags.injectedHandlerRan ?? false,
        evalOutcome,
        fetchOutcome,
      };
    });
    expect(outcome).toEqual({
      script: false,
      handler: false,
      evalOutcome: 'EvalError',
      fetchOutcome: 'TypeError',
    });
    const reported = await violations();
    const directives = reported.map((violation) => violation.directive).sort();
    expect(directives).toEqual(['connect-src', 'script-src', 'script-src-attr', 'script-src-elem']);
    expect(reported.every((violation) => violation.disposition === 'enforce')).toBe(true);
    expect(reported.find((violation) => violation.directive === 'connect-src')?.blocked).toBe(
      'https://tracker.example/pixel',
    );
    // No request left the page: the policy stopped the fetch before the network.
    expect(problems.filter((problem) => problem.startsWith('request left'))).toEqual([]);
  });
});
