/**
 * MapLibre (its 230 kB module, its 120 kB worker script) is not part of the app's first download: the early map
 * needs only the data, the geometry and the app, and over a slow connection every byte shared with MapLibre delays
 * them. Requested as soon as the entry script ran, it delayed the early map by half a second; requested once the
 * app or the geometry had arrived, the connection stood idle for a round trip before MapLibre's bytes came. The
 * entry script therefore requests it once the data file (the first of the early map's files to finish) has
 * arrived: MapLibre's first bytes then come about as the last of the early map's do. Measured over the phone
 * profile, three visits each: first idle 5.30–5.57 s, against 5.79–5.95 s when requested after the geometry, the
 * early map as early. The map view awaits the same import.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let mapView: Promise<typeof import('../map/MapView.svelte')> | null = null;

/** The MapLibre map view's module (with MapLibre), fetched on the first call. */
export function loadMapView(): Promise<typeof import('../map/MapView.svelte')> {
  return (mapView ??= import('../map/MapView.svelte'));
}

/**
 * Starts fetching MapLibre, its worker script and the worker itself, so they are ready when the map is created.
 * A failure here is not reported: the map view's own import reports it when it is awaited.
 */
let started = false;

export function startMapDownload(): void {
  // Without WebGL 2 the atlas shows the SVG map only, which needs none of this.
  if (started || typeof WebGL2RenderingContext === 'undefined') return;
  started = true;
  loadMapView().catch(() => {});
  // A preload cannot serve a worker (browsers ignore one); fetched now, the worker starts from the HTTP cache.
  void fetch(new URL(workerUrl, document.baseURI).href)
    .then((response) => response.arrayBuffer())
    .catch(() => {});
  import('../map/warmUpMap.ts').then(({ warmUpMap }) => warmUpMap()).catch(() => {});
}

/**
 * Starts MapLibre's download once `file` (a first-view file index.html preloads) has arrived, seen as a resource
 * timing entry: its request then takes its round trip while the rest of the first view is still arriving. Without
 * resource timing, it starts at once.
 */
export function startMapDownloadAfter(file: string): void {
  try {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === file)) return;
      observer.disconnect();
      startMapDownload();
    });
    observer.observe({ type: 'resource', buffered: true });
  } catch {
    // Without resource timing, at once.
    startMapDownload();
  }
}
