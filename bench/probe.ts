/**
 * What the benchmark installs in each page before any of its scripts run: a long-task observer and the time
 * stamp of every click, kept on `window.__bench` where the harness reads them.
 */

export interface PageProbe {
  longTasks: { start: number; duration: number }[];
  clicks: number[];
  /** Event Timing of each click: from the input to the next frame presented after its handlers ran. */
  clickTimings: { start: number; duration: number }[];
  /** Every Event Timing entry of 16 ms or more (clicks, pointer and mouse events, input), in arrival order. */
  events: { name: string; start: number; duration: number }[];
  /** Delivers long tasks the observer has seen but not yet reported. */
  flush(): void;
}

declare global {
  interface Window {
    __bench: PageProbe;
  }
}

/**
 * The probe's source. Kept as text, not a function for Playwright to serialise: the TypeScript loader rewrites
 * functions (adding helpers the page does not have), which would make the script throw before it records anything.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [], clicks: [], clickTimings: [], events: [], flush: () => {} };
  const record = (entries) => {
    for (const entry of entries) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  };
  try {
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    probe.flush = () => record(observer.takeRecords());
  } catch {
    // No long-task timing in this browser: the figure stays empty rather than wrong.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
        if (entry.name === 'click') probe.clickTimings.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing: click → paint stays unmeasured.
  }
  addEventListener('click', (event) => probe.clicks.push(event.timeStamp), { capture: true });
  Object.defineProperty(window, '__bench', { value: probe });
})();`;
