import { SOURCE_MAX_ZOOM } from '../../core/geometry/tileSimplify.ts';

/** The box the map opens on and returns to (Eurasia with Africa's north), as [west, south] and [east, north]. */
export const OPENING_BOUNDS: [[number, number], [number, number]] = [
  [-12, -8],
  [148, 62],
];

/** The map's zoom range (MapLibre's `minZoom` and `maxZoom`). */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = SOURCE_MAX_ZOOM;

/** A camera as MapLibre keeps it (and writes it into `#zoom/lat/lng`): zoom 0 draws the world 512 px wide. */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

/** MapLibre's tiles are 512 px: the world is 512 × 2^zoom pixels wide. */
export const WORLD_TILE_SIZE = 512;

/** Web Mercator y of a latitude, 0 at the top of the world and 1 at the bottom. */
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/**
 * Web Mercator on MapLibre's camera, for a map `width` × `height` CSS pixels: where a [lng, lat] lands, and back.
 * Flat, as MapLibre draws its tiles: straight lines between vertices, latitudes past the Mercator world's ±85.05°
 * on its edge.
 */
export function cameraProjection(camera: Camera, width: number, height: number) {
  const size = WORLD_TILE_SIZE * 2 ** camera.zoom;
  const left = (camera.lng / 360 + 0.5) * size - width / 2;
  const top = mercatorY(camera.lat) * size - height / 2;
  return {
    project: ([lng = 0, lat = 0]: readonly number[]): [number, number] => [
      (lng / 360 + 0.5) * size - left,
      Math.min(1, Math.max(0, mercatorY(lat))) * size - top,
    ],
    invert: ([x, y]: readonly [number, number]): [number, number] => [
      ((x + left) / size - 0.5) * 360,
      latitudeOf((y + top) / size),
    ],
  };
}

/**
 * The camera MapLibre keeps for a map `width` × `height` CSS pixels: the zoom held to the map's range, and the view
 * kept within the Mercator world's latitudes (±85.05°, y 0 to 1) — a box taller than the world zooms in, a view
 * reaching past its top or bottom is moved back (MapLibre's `defaultConstrain`).
 */
export function constrainedCamera(camera: Camera, width: number, height: number): Camera {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, camera.zoom));
  const worldSize = WORLD_TILE_SIZE * 2 ** zoom;
  if (worldSize < height) return { zoom: zoom + Math.log2(height / worldSize), lat: 0, lng: camera.lng };
  const half = height / 2;
  const y = Math.min(worldSize - half, Math.max(half, mercatorY(camera.lat) * worldSize));
  return { zoom, lng: camera.lng, lat: latitudeOf(y / worldSize) };
}

/**
 * The camera MapLibre opens on when given `bounds` for a map `width` × `height` CSS pixels: the bounds fitted
 * into the box (Web Mercator, no padding) and centred, then constrained as MapLibre constrains every camera. The
 * early map draws with this camera, so that MapLibre's first frame lands exactly on it.
 */
export function openingCamera(
  width: number,
  height: number,
  [[west, south], [east, north]] = OPENING_BOUNDS,
): Camera {
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const span = { x: (east - west) / 360, y: bottom - top };
  const fit = Math.min(width / (span.x * WORLD_TILE_SIZE), height / (span.y * WORLD_TILE_SIZE));
  const fitted = { zoom: Math.log2(fit), lng: (west + east) / 2, lat: latitudeOf((top + bottom) / 2) };
  return constrainedCamera(fitted, width, height);
}
