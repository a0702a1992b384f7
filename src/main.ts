import { mount } from 'svelte';
import dataUrl from 'virtual:atlas-data-url';
import geometryUrl from '../geo/countries.topo.json?url';
import arabicFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latinFont from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import App from './App.svelte';
import './app.css';

const absolute = (url: string) => new URL(url, document.baseURI).href;
const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

mount(App, {
  target,
  props: {
    dataUrl: absolute(dataUrl),
    geometryUrl: absolute(geometryUrl),
    fonts: { arabic: absolute(arabicFont), latin: absolute(latinFont) },
  },
});
