/**
 * The entry point, kept small so it runs as soon as it arrives: it starts what the map will wait for (MapLibre's
 * worker script, the GPU connection) and only then loads the app, so those overlap with the app's own download and
 * start-up. The data, geometry, fonts and the app's modules are already on their way: index.html preloads them
 * (see `src/pipeline/build/firstViewPreloads.ts`).
 */
import dataUrl from 'virtual:atlas-data-url';
import geometryUrl from '../../geo/countries.topo.json?url';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import mapWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { warmUpGpu } from './load/warmUpGpu.ts';
import type { AppUrls } from './startApp.ts';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const urls: AppUrls = {
  data: absolute(dataUrl),
  geometry: absolute(geometryUrl),
  // The map's labels: Arabic, and Latin for the English names.
  fonts: { arabic: absolute(arabic400), latin: absolute(latin400) },
};

// MapLibre's worker script is requested only once MapLibre itself has arrived and run; fetched now, alongside the
// app's modules, the worker starts from the HTTP cache. (A preload cannot serve a worker: browsers ignore one.)
void fetch(absolute(mapWorkerUrl))
  .then((response) => response.arrayBuffer())
  .catch(() => {});
warmUpGpu();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
const { startApp } = await import('./startApp.ts');
startApp(target, urls);
