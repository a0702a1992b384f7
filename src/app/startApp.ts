/**
 * Mounts the atlas. Its first view has arrived with this module; MapLibre is requested only now (see
 * `load/mapDownload.ts`), so that over a slow connection it did not share the bandwidth with what the early map
 * needs.
 */
import { mount } from 'svelte';
import dataUrl from 'virtual:atlas-data-url';
import geometryUrl from '../../geo/countries.topo.json?url';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import App from './App.svelte';
import { startMapDownload } from './load/mapDownload.ts';
import './app.css';

const absolute = (url: string) => new URL(url, document.baseURI).href;

export function startApp(target: HTMLElement) {
  startMapDownload();
  mount(App, {
    target,
    props: {
      dataUrl: absolute(dataUrl),
      geometryUrl: absolute(geometryUrl),
      // The map's labels: Arabic, and Latin for the English names.
      fonts: { arabic: absolute(arabic400), latin: absolute(latin400) },
    },
  });
}
