/** Mounts the atlas: the app's own bundle, loaded by `main.ts` once the downloads the map waits for have begun. */
import { mount } from 'svelte';
import arabicFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latinFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import App from './App.svelte';
import './app.css';

export function startApp(target: HTMLElement, urls: { data: string; geometry: string }) {
  const absolute = (url: string) => new URL(url, document.baseURI).href;
  mount(App, {
    target,
    props: {
      dataUrl: urls.data,
      geometryUrl: urls.geometry,
      fonts: { arabic: absolute(arabicFont), latin: absolute(latinFont) },
    },
  });
}
