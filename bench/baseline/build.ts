/**
 * Writes the baseline page into a directory: the page and its script from here, MapLibre's published build
 * (main module, worker, stylesheet) and the world-atlas 50m countries converted to GeoJSON, unsimplified.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const PAGE_FILES = ['index.html', 'main.js'];
const MAPLIBRE_FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

export function buildBaseline(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const file of PAGE_FILES) copyFileSync(join(import.meta.dirname, file), join(outDir, file));
  const maplibreDist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
  for (const file of MAPLIBRE_FILES) copyFileSync(join(maplibreDist, file), join(outDir, file));
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  writeFileSync(join(outDir, 'countries.json'), JSON.stringify(countries));
}
