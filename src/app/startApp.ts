/** Mounts the atlas: the app's own bundle, loaded by `main.ts` once the downloads the map waits for have begun. */
import { mount } from 'svelte';
import App from './App.svelte';
import type { FontFiles } from './map/mapStyle.ts';
import './app.css';

/** Absolute URLs of what the app loads: its data, its geometry and the map labels' fonts. */
export interface AppUrls {
  data: string;
  geometry: string;
  fonts: FontFiles;
}

export function startApp(target: HTMLElement, urls: AppUrls) {
  mount(App, { target, props: { dataUrl: urls.data, geometryUrl: urls.geometry, fonts: urls.fonts } });
}
