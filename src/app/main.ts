/**
 * The entry point, kept small so it runs as soon as it arrives: it opens the GPU connection the map will wait for
 * while the app's code, data, geometry and fonts are still on their way (index.html preloads them; see
 * `src/pipeline/build/firstViewPreloads.ts`), has MapLibre requested once the geometry is in (see
 * `load/mapDownload.ts`), then starts the app, whose first view is one chunk (see
 * `src/pipeline/build/firstViewChunk.ts`).
 */
import geometryUrl from '../../geo/countries.topo.json?url';
import { warmUpGpu } from './load/warmUpGpu.ts';
import { startMapDownloadAfter } from './load/mapDownload.ts';

warmUpGpu();
startMapDownloadAfter(new URL(geometryUrl, document.baseURI).href);

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
const { startApp } = await import('./startApp.ts');
startApp(target);
