/**
 * Derives geo/countries.topo.json, the atlas's country shapes, from Natural Earth 50m as packaged on npm.
 * `npm run geo` writes the file; `npm run geo -- --check` exits 1 if the committed file is not what this derives.
 *
 * What the sources allow. Visionscarto's 50m (the base) draws Western Sahara whole, and Kosovo, Somaliland,
 * Northern Cyprus and the Siachen Glacier apart from their neighbours; here each is its own feature with
 * `disputed: true`. Visionscarto puts Crimea inside Ukraine without a line between them, while world-atlas (the
 * same Natural Earth data) draws Crimea as part of Russia with a Crimea–Ukraine line; Crimea is cut out of
 * Visionscarto's Ukraine along that line and is neither Russia's nor Ukraine's here, but disputed (X-CRI). Neither
 * source separates the rest of Kashmir (split along the Line of Control, Aksai Chin inside China), the Golan
 * Heights (inside Israel), Taiwan's or Palestine's status (both plain ISO countries), so those are left as drawn.
 * Ashmore and Cartier Islands join Australia; "Indian Ocean Ter." becomes Christmas Island and the Cocos Islands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian.ts';
import { separateCrimea } from './crimea.ts';
import { identifyCountries } from './identify.ts';
import { labelPoint } from './labels.ts';
import { readTopology, VISIONSCARTO_50M, WORLD_ATLAS_50M, type CountryGeometry } from './naturalEarth.ts';
import { restoreCollapsedRings } from './restore.ts';
import { simplifiedTopology } from './simplify.ts';

export const OUTPUT_FILE = fileURLToPath(new URL('./countries.topo.json', import.meta.url));

/** Countries smaller than this (km²) are hard to click at world zoom and get a marker. */
export const MARKER_MAX_AREA_KM2 = 20_000;

/** Tuned so the gzipped file stays under 100 KB while Bahrain, Qatar or Palestine keep their shape up to zoom 5. */
const SIMPLIFY = { minWeight: 5e-6, minRingVertices: 4, quantization: 1e5 };

export function deriveCountries(): Topology {
  const source = readTopology(VISIONSCARTO_50M);
  const worldAtlas = readTopology(WORLD_ATLAS_50M);
  const sourceFeatures = restoreCollapsedRings(
    feature(source, source.objects.countries as GeometryCollection).features,
    worldAtlas,
  );
  const countries = separateCrimea(identifyCountries(sourceFeatures, VISIONSCARTO_50M), worldAtlas)
    .map((country) => ({ ...country, geometry: splitAtAntimeridian(country.geometry) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return withLabelPoints(simplifiedTopology(countries, SIMPLIFY));
}

/** Adds one point per country, computed on the simplified shapes the map will draw. */
function withLabelPoints(topology: Topology): Topology {
  const { transform, bbox } = topology;
  const object = topology.objects.countries as GeometryCollection;
  if (!transform) throw new Error('geo/build.ts: the simplified topology is not quantized');

  const countries = object.geometries.map((geometry) => {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`geo/build.ts: country "${geometry.id}" lost its polygons in simplification`);
    }
    return { type: geometry.type, id: geometry.id, properties: geometry.properties, arcs: geometry.arcs };
  });
  const shapes = feature(topology, object).features;
  const points = countries.map((geometry, index) => {
    const shape = shapes[index]?.geometry as CountryGeometry;
    const areaKm2 = Math.round(area(shape) / 1e6);
    return {
      type: 'Point',
      id: geometry.id,
      properties: { label: true, ...(areaKm2 < MARKER_MAX_AREA_KM2 ? { marker: true } : {}), areaKm2 },
      coordinates: labelPoint(shape, transform),
    };
  });

  return {
    type: 'Topology',
    bbox,
    transform,
    objects: {
      countries: { type: 'GeometryCollection', geometries: countries },
      points: { type: 'GeometryCollection', geometries: points },
    },
    arcs: topology.arcs,
  } as Topology;
}

export function serialise(topology: Topology): string {
  return `${JSON.stringify(topology)}\n`;
}

function main(args: string[]): void {
  const derived = serialise(deriveCountries());
  if (!args.includes('--check')) {
    writeFileSync(OUTPUT_FILE, derived);
    console.log(`geo/countries.topo.json: written, ${derived.length} bytes`);
    return;
  }
  let committed: string | undefined;
  try {
    committed = readFileSync(OUTPUT_FILE, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === derived) return console.log('geo/countries.topo.json: up to date');
  console.error(
    committed === undefined
      ? 'geo/countries.topo.json: missing; run `npm run geo`'
      : 'geo/countries.topo.json: differs from a fresh derivation; run `npm run geo` and commit the result',
  );
  process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
