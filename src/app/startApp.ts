/**
 * Mounts the atlas, whose first view has arrived with this module. MapLibre is normally on its way already (the
 * entry script asks for it once the geometry has arrived); where that could not be observed, it is requested now.
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
