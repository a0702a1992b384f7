/**
 * How long an embedded atlas takes to drain a flood of host commands: 10,000 `select` and 10,000 `setDate`
 * messages posted in one go by a host page on another origin, timed from the first post to the atlas's reply to a
 * final `select` (commands apply in order, so that reply means every command before it was handled).
 *
 *   npm run bench:flood                 # builds the atlas first
 *   npm run bench:flood -- --dist dist  # an existing build
 *   --count N   commands per flood (default 10000)   --json   one JSON object on stdout
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { readHeaderRules, startStaticServer } from '../tests/support/staticServer.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The target for either flood on the 2-core development machine. */
export const FLOOD_BUDGET_MS = 1_000;

export interface FloodFigures {
  /** Commands in each flood. */
  count: number;
  selectDrainMs: number;
  setDateDrainMs: number;
  /** `countrySelected` replies the host received during the `select` flood (one per applied change). */
  selectReplies: number;
  setDateReplies: number;
  /** How long the host page's own loop of `postMessage` calls took: a floor the atlas cannot go under. */
  selectPostMs: number;
  setDatePostMs: number;
}

type FloodFunction = (
  kind: 'select' | 'setDate',
  count: number,
  finalCountry: string,
) => Promise<{ ms: number; replies: number }>;

const HOST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0">
<script>
  const app = new URLSearchParams(location.search).get('app');
  const frame = document.createElement('iframe');
  frame.id = 'atlas';
  frame.title = 'Atlas';
  frame.style.cssText = 'width:900px;height:640px;border:0';
  frame.src = app + '?v=1&origins=' + encodeURIComponent(location.origin);
  document.body.append(frame);
  window.received = [];
  addEventListener('message', (event) => {
    if (event.source === frame.contentWindow) window.received.push(event.data);
  });
  // Posts count commands in one task, then a select of finalCountry; resolves when the atlas reports it.
  window.flood = (kind, count, finalCountry) =>
    new Promise((resolve) => {
      const target = frame.contentWindow;
      const before = window.received.length;
      const countries = ['KAZ', 'IRN', 'IND', 'CHN', 'PAK', 'RUS'];
      const dates = ['article', 'latest', '2017-06-10', '2005-07-05', '2023-07-04'];
      const envelope = { source: 'sco-cica-atlas', version: 1 };
      const started = performance.now();
      const onMessage = (event) => {
        const data = event.data;
        if (event.source !== target || data?.type !== 'countrySelected' || data.country !== finalCountry) return;
        const ms = performance.now() - started;
        removeEventListener('message', onMessage);
        const replies = window.received
          .slice(before)
          .filter((m) => m?.type === 'countrySelected' && m.country !== finalCountry).length;
        resolve({ ms, replies });
      };
      addEventListener('message', onMessage);
      for (let i = 0; i < count; i++) {
        const message =
          kind === 'select'
            ? { ...envelope, type: 'select', country: countries[i % countries.length] }
            : { ...envelope, type: 'setDate', date: dates[i % dates.length] };
        target.postMessage(message, '*');
      }
      target.postMessage({ ...envelope, type: 'select', country: finalCountry }, '*');
      window.postMs = performance.now() - started;
    });
</script>
</body></html>`;

/** Serves the host page on its own origin; returns its URL for an atlas at `appUrl`. */
export async function startFloodHost(appUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-flood-host-'));
  writeFileSync(join(dir, 'index.html'), HOST_PAGE);
  const server = await startStaticServer({ root: dir });
  return {
    url: `${server.url}?app=${encodeURIComponent(appUrl)}`,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the host page, waits for the atlas to be idle, and times both floods. */
export async function measureFlood(browser: Browser, hostUrl: string, count: number): Promise<FloodFigures> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.goto(hostUrl);
    await page.waitForFunction(
      () =>
        (window as unknown as { received: { type?: string }[] }).received.some((m) => m?.type === 'ready'),
      undefined,
      { timeout: 90_000 },
    );
    const frame = page.frame({ url: (url) => !url.href.startsWith(new URL(hostUrl).origin) });
    if (!frame) throw new Error('the atlas iframe did not load');
    await frame.waitForFunction(() => document.body.dataset.mapIdle === 'true', undefined, {
      timeout: 90_000,
    });

    const flood = (kind: 'select' | 'setDate', finalCountry: string) =>
      page.evaluate((args) => (window as unknown as { flood: FloodFunction }).flood(...args), [
        kind,
        count,
        finalCountry,
      ] as const);

    const select = await flood('select', 'QAT');
    const selectPostMs = await page.evaluate(() => (window as unknown as { postMs: number }).postMs);
    const setDate = await flood('setDate', 'MNG');
    const setDatePostMs = await page.evaluate(() => (window as unknown as { postMs: number }).postMs);
    return {
      count,
      selectDrainMs: Math.round(select.ms),
      setDateDrainMs: Math.round(setDate.ms),
      selectReplies: select.replies,
      setDateReplies: setDate.replies,
      selectPostMs: Math.round(selectPostMs),
      setDatePostMs: Math.round(setDatePostMs),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      count: { type: 'string', default: '10000' },
      json: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--count must be a whole number ≥ 1, not "${values.count}"`);
  const work = mkdtempSync(join(tmpdir(), 'atlas-flood-'));
  const appDir = values.dist ? resolve(values.dist) : join(work, 'dist');
  if (!values.dist) {
    process.stderr.write('building the atlas…\n');
    execFileSync(
      process.execPath,
      [
        resolve(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        appDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: ['ignore', 2, 2] },
    );
  }
  const app = await startStaticServer({ root: appDir, headerRules: readHeaderRules(appDir) });
  const host = await startFloodHost(app.url);
  const browser = await launchChromium();
  try {
    const figures = await measureFlood(browser, host.url, count);
    if (values.json) process.stdout.write(JSON.stringify(figures) + '\n');
    const log = values.json ? process.stderr : process.stdout;
    log.write(
      `${count} select commands drained in ${figures.selectDrainMs} ms (${figures.selectReplies} replies; ` +
        `the host's posting loop alone took ${figures.selectPostMs} ms)\n` +
        `${count} setDate commands drained in ${figures.setDateDrainMs} ms (${figures.setDateReplies} replies; ` +
        `the host's posting loop alone took ${figures.setDatePostMs} ms)\n`,
    );
    const over = Math.max(figures.selectDrainMs, figures.setDateDrainMs) > FLOOD_BUDGET_MS;
    if (over) log.write(`over the budget of ${FLOOD_BUDGET_MS} ms\n`);
    process.exitCode = over ? 1 : 0;
  } finally {
    await browser.close();
    await host.close();
    await app.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
