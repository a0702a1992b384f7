/**
 * MapLibre (its 230 kB module, its 120 kB worker script) is not part of the app's first download: the early map
 * needs only the data, the geometry and the app, and over a slow connection every byte shared with MapLibre delays
 * them. The entry script requests it when it runs, which is once the whole page, with the data and the geometry,
 * has arrived: each request waits a round trip before its bytes come, and MapLibre's then come about as the last of
 * the app's do. (Fetched files instead of the page's own data, MapLibre was best requested once the data file had
 * arrived, seen by its resource timing entry.) The map view awaits the same import.
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
