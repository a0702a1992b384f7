// The least a page needs to draw the same countries: MapLibre's own build, the unsimplified world-atlas 50m
// countries as GeoJSON and one fill layer, framed like the atlas. It signals first idle the way the atlas does.
import * as maplibregl from './maplibre-gl.mjs';

maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: new URL('./countries.json', import.meta.url).href } },
    layers: [{ id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#d9d4c7' } }],
  },
  bounds: [
    [-12, -8],
    [148, 62],
  ],
  renderWorldCopies: false,
  attributionControl: false,
  fadeDuration: 0,
});

map.once('idle', () => {
  document.body.dataset.mapIdle = 'true';
  performance.mark('atlas:first-idle');
});
