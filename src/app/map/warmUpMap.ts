/**
 * Starts MapLibre's worker (a 500 kB script to fetch and compile) while the data is still downloading, so it is
 * ready when the map is created instead of starting only once the data is loaded and decoded.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function warmUpMap(): void {
  // Without WebGL 2 the atlas shows its fallback map, which needs no worker.
  if (typeof WebGL2RenderingContext === 'undefined') return;
  setWorkerUrl(workerUrl);
  prewarm();
}
