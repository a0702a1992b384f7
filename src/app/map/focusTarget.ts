/** Where the map looks to show a country: its label point (or marker), as [lng, lat]. */
import type { FeatureCollection } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';

export function focusTarget(points: FeatureCollection, code: Iso3): [number, number] | null {
  const point = points.features.find((f) => f.properties?.['id'] === code && f.geometry.type === 'Point');
  if (!point || point.geometry.type !== 'Point') return null;
  const [lng = 0, lat = 0] = point.geometry.coordinates;
  return [lng, lat];
}
