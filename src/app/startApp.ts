/**
 * Mounts the atlas, whose first view has arrived with this module. MapLibre is on its way already: the entry
 * script asked for it before importing this module (see `load/mapDownload.ts`).
 */
import { mount } from 'svelte';
import dataUrl from 'virtual:atlas-data-url';
import sketchUrl from 'virtual:first-view-sketch-url';
import geometryUrl from '../../geo/countries.topo.json?url';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import App from './App.svelte';
import './app.css';

const absolute = (url: string) => new URL(url, document.baseURI).href;

export function startApp(target: HTMLElement) {
  mount(App, {
    target,
    props: {
      urls: { data: absolute(dataUrl), geometry: absolute(geometryUrl), sketch: absolute(sketchUrl) },
      // The map's labels: Arabic, and Latin for the English names.
      fonts: { arabic: absolute(arabic400), latin: absolute(latin400) },
    },
  });
}
