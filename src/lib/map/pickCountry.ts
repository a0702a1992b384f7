/** Which country is under a point: markers of small states first (with a finger-sized tolerance), then shapes. */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Iso3 } from '../model/types.ts';

const MARKER_TOLERANCE_PX = 8;

export function pickCountry(map: MapLibreMap, point: { x: number; y: number }): Iso3 | null {
  const box: [PointLike, PointLike] = [
    [point.x - MARKER_TOLERANCE_PX, point.y - MARKER_TOLERANCE_PX],
    [point.x + MARKER_TOLERANCE_PX, point.y + MARKER_TOLERANCE_PX],
  ];
  const marker = map.queryRenderedFeatures(box, { layers: ['markers'] })[0];
  const feature = marker ?? map.queryRenderedFeatures([point.x, point.y], { layers: ['country-fill'] })[0];
  const id = feature?.properties?.id;
  return typeof id === 'string' ? id : null;
}
