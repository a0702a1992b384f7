/**
 * A host page talking to an embedded atlas: the script every test host page carries, and the way tests send the
 * atlas a message as that page would.
 */
import type { Page } from 'playwright-core';

/** Defines `window.send(message)` on a host page: a postMessage to the iframe with id "atlas". */
export const HOST_SEND_SCRIPT =
  "<script>window.send = (m) => document.getElementById('atlas').contentWindow.postMessage(m, '*');</script>";

/** The envelope every message of the atlas protocol carries (version 1). */
export const ATLAS_MESSAGE = { source: 'sco-cica-atlas', version: 1 } as const;

/** Posts each message to the atlas from the host page, in order, as the page's own script would. */
export async function sendFromHost(page: Page, ...messages: unknown[]): Promise<void> {
  await page.evaluate((list) => {
    for (const message of list) (window as unknown as { send: (m: unknown) => void }).send(message);
  }, messages);
}
