/**
 * Records the frames Chromium presents while a page loads (the DevTools screencast, as Lighthouse's filmstrip),
 * to judge from the outside when the map became visible. Frames are kept as received and decoded only once the
 * load is over, so decoding does not take processor time from the page being measured.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import jpeg from 'jpeg-js';
import { visuallyCompleteAt, type Box, type TimedFrame } from './visualMatch.ts';

/** Frames at half the viewport's width: enough to see fills and labels, a quarter of the encoding work. */
const FRAME_WIDTH = 640;
const QUALITY = 70;

interface RawFrame {
  /** Seconds since the epoch, when the frame was swapped onto the screen. */
  timestamp: number;
  /** The page's width in CSS pixels the frame shows. */
  deviceWidth: number;
  data: string;
}

export interface Screencast {
  /** Stops recording; the frames recorded so far stay. */
  stop(): Promise<void>;
  /**
   * When the box (CSS pixels) first matched, and kept matching, the last frame recorded: milliseconds after
   * `timeOrigin` (the page's navigation start, in epoch milliseconds). Null without frames.
   */
  visibleAt(box: Box, timeOrigin: number): number | null;
  frameCount(): number;
  /**
   * Resolves once a frame presented after `epochMs` has been recorded (false after `timeoutMs` without one):
   * without a GPU the frame a page draws can reach the screencast a second or more after the page drew it.
   */
  frameAfter(epochMs: number, timeoutMs: number): Promise<boolean>;
}

export async function recordScreencast(context: BrowserContext, page: Page): Promise<Screencast> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const frames: RawFrame[] = [];
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    if (metadata.timestamp !== undefined)
      frames.push({ timestamp: metadata.timestamp, deviceWidth: metadata.deviceWidth, data });
    // Chromium sends the next frame only once this one is acknowledged.
    cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: QUALITY, maxWidth: FRAME_WIDTH });
  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await cdp.send('Page.stopScreencast');
      await cdp.detach();
    },
    frameCount: () => frames.length,
    async frameAfter(epochMs, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!frames.some((frame) => frame.timestamp * 1000 > epochMs)) {
        if (Date.now() > deadline) return false;
        await new Promise((wake) => setTimeout(wake, 50));
      }
      return true;
    },
    visibleAt(box, timeOrigin) {
      const last = frames.at(-1);
      if (!last) return null;
      const scale = (width: number) => width / last.deviceWidth;
      const decoded: TimedFrame[] = frames.map((frame) => ({
        at: frame.timestamp * 1000 - timeOrigin,
        pixels: jpeg.decode(Buffer.from(frame.data, 'base64'), { useTArray: true, formatAsRGBA: true }),
      }));
      const s = scale(decoded.at(-1)!.pixels.width);
      return visuallyCompleteAt(decoded, {
        x: box.x * s,
        y: box.y * s,
        width: box.width * s,
        height: box.height * s,
      });
    },
  };
}
