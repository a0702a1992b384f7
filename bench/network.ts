/**
 * The connection a visit loads over. An embedded map is judged on a reader's phone, where the bytes a page needs
 * cost time; served from this machine without a limit they cost none, and only drawing is compared. By default the
 * benchmark loads both pages over the connection Lighthouse's mobile audits assume (150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up), emulated by Chromium for the page and its workers. Chromium delays each request rather than
 * each packet, so, as Lighthouse does when it throttles through DevTools, the round trip is multiplied by 3.75 and
 * the throughput by 0.9.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface NetworkProfile {
  name: string;
  description: string;
  /** Null: no limit at all. */
  limits: { latencyMs: number; downloadKbps: number; uploadKbps: number } | null;
}

export const NETWORK_PROFILES = {
  phone: {
    name: 'phone',
    description: 'a phone connection (Lighthouse mobile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up)',
    limits: { latencyMs: 150 * 3.75, downloadKbps: 1.6 * 1024 * 0.9, uploadKbps: 750 * 0.9 },
  },
  none: {
    name: 'none',
    description: 'no network limit (served from this machine)',
    limits: null,
  },
} as const satisfies Record<string, NetworkProfile>;

export type NetworkName = keyof typeof NETWORK_PROFILES;

export function networkProfile(name: string): NetworkProfile {
  if (!Object.hasOwn(NETWORK_PROFILES, name))
    throw new Error(`--network must be one of ${Object.keys(NETWORK_PROFILES).join(', ')}, not "${name}"`);
  return NETWORK_PROFILES[name as NetworkName];
}

const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8;

/**
 * Applies a profile to a page before it navigates; `lift` removes the limit again (the click and export figures
 * measure the app's own work, not downloads).
 */
export async function throttle(
  context: BrowserContext,
  page: Page,
  profile: NetworkProfile,
): Promise<{ lift(): Promise<void> }> {
  if (!profile.limits) return { lift: async () => {} };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.limits.latencyMs,
    downloadThroughput: bytesPerSecond(profile.limits.downloadKbps),
    uploadThroughput: bytesPerSecond(profile.limits.uploadKbps),
  });
  return {
    async lift() {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      await cdp.detach();
    },
  };
}
