/**
 * The entry point, kept small so it runs as soon as it arrives: it starts what the map will wait for (the data and
 * geometry downloads, the GPU connection) and only then loads the app, so those overlap with the app's own
 * download and start-up.
 */
import dataUrl from 'virtual:atlas-data-url';
import geometryUrl from '../geo/countries.topo.json?url';
import { warmUpGpu } from './lib/load/warmUpGpu.ts';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const urls = { data: absolute(dataUrl), geometry: absolute(geometryUrl) };

for (const href of Object.values(urls)) {
  // The app's own fetch() of the same URL (CORS mode, as here) takes the preloaded response.
  const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href });
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
warmUpGpu();

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
const { startApp } = await import('./startApp.ts');
startApp(target, urls);
