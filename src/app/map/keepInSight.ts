/**
 * Keeps the selected country in the part of the map that the country panel (a side panel, or a bottom sheet on a
 * phone) leaves uncovered: where its label point lies under the panel or near an edge, the camera eases so that
 * the point sits in the middle of the uncovered part, at the same zoom. Nothing moves when it is already in view.
 */
import type { FeatureCollection } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';

/** How many pixels of each side of the map something lies over. */
export interface Cover {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_COVER: Cover = { top: 0, right: 0, bottom: 0, left: 0 };

/** A point this far inside the uncovered part counts as comfortably in view. */
const COMFORT_PX = 40;

/** The part of MapLibre's `Map` this needs. */
export interface Camera {
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
  getCenter(): { lng: number; lat: number };
  getContainer(): HTMLElement;
  easeTo(options: { center: [number, number]; duration: number }): unknown;
}

/** Each country's label point (or, failing that, its marker), keyed by ISO3. */
export function labelPoints(points: FeatureCollection): Map<Iso3, [number, number]> {
  const found = new Map<Iso3, [number, number]>();
  for (const point of points.features) {
    const properties = point.properties as { id?: unknown; label?: unknown; marker?: unknown } | null;
    if (typeof properties?.id !== 'string' || point.geometry.type !== 'Point') continue;
    const [lng, lat] = point.geometry.coordinates;
    if (lng === undefined || lat === undefined) continue;
    if (properties.label === true || !found.has(properties.id)) found.set(properties.id, [lng, lat]);
  }
  return found;
}

/** The uncovered part of a map `width` × `height` pixels, shrunk by `inset` on every side. */
export function openArea(width: number, height: number, cover: Cover, inset = 0) {
  return {
    left: cover.left + inset,
    top: cover.top + inset,
    right: width - cover.right - inset,
    bottom: height - cover.bottom - inset,
  };
}

/**
 * Eases the camera so that `point` lies in the middle of the uncovered part of the map, unless it is already
 * comfortably inside it. Returns whether the camera moved. Does nothing when the panel leaves too little map.
 */
export function keepInSight(
  camera: Camera,
  point: [number, number],
  cover: Cover,
  duration: number,
): boolean {
  const { clientWidth: width, clientHeight: height } = camera.getContainer();
  const open = openArea(width, height, cover);
  if (open.right - open.left < 2 * COMFORT_PX || open.bottom - open.top < 2 * COMFORT_PX) return false;
  // With world copies drawn, aim at the copy of the point nearest the current centre.
  const centre = camera.getCenter();
  const lng = point[0] + 360 * Math.round((centre.lng - point[0]) / 360);
  const at = camera.project([lng, point[1]]);
  const comfortable = openArea(width, height, cover, COMFORT_PX);
  if (
    at.x >= comfortable.left &&
    at.x <= comfortable.right &&
    at.y >= comfortable.top &&
    at.y <= comfortable.bottom
  )
    return false;
  const target = { x: (open.left + open.right) / 2, y: (open.top + open.bottom) / 2 };
  const next = camera.unproject([at.x - target.x + width / 2, at.y - target.y + height / 2]);
  camera.easeTo({ center: [next.lng, next.lat], duration });
  return true;
}
