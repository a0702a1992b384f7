/**
 * How much land an organisation's members cover, computed from the map's own country polygons with turf's
 * geodesic `area`, so the figure always agrees with the shapes the reader sees.
 *
 * "The world's land" is every polygon on the map except Antarctica: the continent belongs to no state, and
 * counting it would make every bloc look a tenth smaller than readers expect. Disputed areas count as land but
 * belong to no bloc.
 */
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Iso3 } from '../model/types.ts';

/** Shapes left out of the world's land. */
export const NOT_COUNTED_AS_LAND: readonly string[] = ['ATA'];

type CountryFeatures = FeatureCollection<Polygon | MultiPolygon, { id: string }> | FeatureCollection;

export interface LandAreas {
  /** Square kilometres per shape id (ISO3, or `X-…` for disputed areas). */
  byCountry: ReadonlyMap<string, number>;
  /** Square kilometres of all land outside Antarctica. */
  world: number;
}

export interface BlocFigures {
  /** Square kilometres covered by the countries that have a shape. */
  areaKm2: number;
  /** The area as a share (0–1) of the world's land. */
  share: number;
  /** Countries counted. */
  countries: number;
  /** Countries without a shape on the map, so not in the area. */
  missing: Iso3[];
}

const cache = new WeakMap<object, LandAreas>();

/** The area of every shape, computed once per feature collection. */
export function landAreas(collection: CountryFeatures): LandAreas {
  const cached = cache.get(collection);
  if (cached) return cached;
  const byCountry = new Map<string, number>();
  for (const feature of collection.features as Feature[]) {
    const id = String(feature.properties?.id ?? feature.id ?? '');
    if (!id || (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon')) continue;
    byCountry.set(id, (byCountry.get(id) ?? 0) + area(feature) / 1e6);
  }
  let world = 0;
  for (const [id, km2] of byCountry) if (!NOT_COUNTED_AS_LAND.includes(id)) world += km2;
  const result = { byCountry, world };
  cache.set(collection, result);
  return result;
}

/** The land a group of countries covers and its share of the world's land. */
export function blocFigures(areas: LandAreas, countries: readonly Iso3[]): BlocFigures {
  let areaKm2 = 0;
  const missing: Iso3[] = [];
  for (const code of new Set(countries)) {
    const km2 = areas.byCountry.get(code);
    if (km2 === undefined) missing.push(code);
    else areaKm2 += km2;
  }
  return {
    areaKm2,
    share: areas.world > 0 ? areaKm2 / areas.world : 0,
    countries: new Set(countries).size - missing.length,
    missing: missing.sort(),
  };
}
