/**
 * The entry point, kept small so it runs as soon as it arrives: it opens the GPU connection the map will wait for
 * and only then loads the app, so that overlaps with the app's own download and start-up. The data, geometry,
 * fonts and the app's modules are already on their way: index.html preloads them (see
 * `src/pipeline/build/firstViewPreloads.ts`); MapLibre is requested from here, after them (see `load/mapDownload.ts`).
 */
import dataUrl from 'virtual:atlas-data-url';
import geometryUrl from '../../geo/countries.topo.json?url';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import { warmUpGpu } from './load/warmUpGpu.ts';
import { startMapDownload } from './load/mapDownload.ts';
import type { AppUrls } from './startApp.ts';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const urls: AppUrls = {
  data: absolute(dataUrl),
  geometry: absolute(geometryUrl),
  // The map's labels: Arabic, and Latin for the English names.
  fonts: { arabic: absolute(arabic400), latin: absolute(latin400) },
};

warmUpGpu();
startMapDownload();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
const { startApp } = await import('./startApp.ts');
startApp(target, urls);
