/** Decodes the atlas's country topology (geo/countries.topo.json) into the GeoJSON MapLibre sources take. */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryProperties {
  /** ISO 3166-1 alpha-3, or `X-…` for a disputed area without one; repeated here for MapLibre's promoteId. */
  id: string;
  /** English name as Natural Earth writes it. */
  name: string;
  /** ISO 3166-1 alpha-2 where one exists (Kosovo: XK). */
  a2?: string;
  /** Set on areas whose sovereignty is contested; they belong to no neighbour on the map. */
  disputed?: true;
}

export interface CountryPointProperties {
  id: string;
  /** The point inside the country where its label goes. */
  label?: true;
  /** Set on countries too small to click at world zoom (under about 20,000 km²). */
  marker?: true;
  areaKm2: number;
}

export interface DecodedCountries {
  countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  points: FeatureCollection<Point, CountryPointProperties>;
}

export function decodeCountries(topo: Topology): DecodedCountries {
  return {
    countries: decode(topo, 'countries') as DecodedCountries['countries'],
    points: decode(topo, 'points') as DecodedCountries['points'],
  };
}

function decode(topo: Topology, name: 'countries' | 'points') {
  const object = topo.objects[name];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`countries topology: object "${name}" is missing or not a GeometryCollection`);
  }
  const collection = feature(topo, object as GeometryCollection);
  for (const f of collection.features) f.properties = { id: String(f.id), ...f.properties };
  return collection;
}
