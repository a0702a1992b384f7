/**
 * Which country is under a point: the nearest marker of a small state within a finger-sized radius (neighbouring
 * Gulf states overlap at world zoom), then the shape under the point.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Iso3 } from '../model/types.ts';

const MARKER_TOLERANCE_PX = 8;

export function pickCountry(map: MapLibreMap, point: { x: number; y: number }): Iso3 | null {
  const box: [PointLike, PointLike] = [
    [point.x - MARKER_TOLERANCE_PX, point.y - MARKER_TOLERANCE_PX],
    [point.x + MARKER_TOLERANCE_PX, point.y + MARKER_TOLERANCE_PX],
  ];
  let nearest: { id: unknown; distance: number } | null = null;
  for (const marker of map.queryRenderedFeatures(box, { layers: ['markers'] })) {
    if (marker.geometry.type !== 'Point') continue;
    const at = map.project(marker.geometry.coordinates as [number, number]);
    const distance = Math.hypot(at.x - point.x, at.y - point.y);
    if (!nearest || distance < nearest.distance) nearest = { id: marker.properties?.id, distance };
  }
  const id =
    nearest?.id ??
    map.queryRenderedFeatures([point.x, point.y], { layers: ['country-fill'] })[0]?.properties?.id;
  return typeof id === 'string' ? id : null;
}
