/**
 * The shapes as MapLibre's GeoJSON source draws them at a zoom. Its tiles (geojson-vt) keep a ring's vertex only
 * where Douglas–Peucker, run once over the whole ring in world coordinates, found it farther from the simplified
 * line than the source's `tolerance` in pixels of a tile at the tile's zoom, and they leave out rings whose area is
 * under that tolerance squared. The early map draws the same vertices, so its outlines fall on MapLibre's pixels.
 * geojson-vt does not export this step, so it is written out here, following its `simplify` and `addLine`.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Pixels within which the countries' source simplifies the shapes at each tile zoom (MapLibre's default is 0.375):
 * they look the same, yet every frame draws about a quarter less.
 */
export const SOURCE_TOLERANCE = 2;

/** The source's last tile zoom (MapLibre's `maxzoom`), the map's deepest: its tiles hold the shapes unsimplified. */
export const SOURCE_MAX_ZOOM = 7;

/** MapLibre's GeoJSON tiles are 512 px. */
const TILE_SIZE = 512;

const worldX = (lng: number) => lng / 360 + 0.5;
function worldY(lat: number) {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.min(1, Math.max(0, y));
}

/** Squared distance from (px, py) to the segment a–b. */
function sqSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  let [x, y] = [ax, ay];
  let [dx, dy] = [bx - ax, by - ay];
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [bx, by];
    else if (t > 0) [x, y] = [ax + dx * t, ay + dy * t];
  }
  [dx, dy] = [px - x, py - y];
  return dx * dx + dy * dy;
}

export interface Ranked {
  /** Each vertex's squared distance when Douglas–Peucker kept it (1 for the ends, 0 if never kept). */
  importance: Float64Array;
  /** The ring's area in world units. */
  area: number;
}

function rank(ring: readonly Position[], sqTolerance: number): Ranked {
  const n = ring.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let area = 0;
  for (let i = 0; i < n; i++) {
    xs[i] = worldX(ring[i]![0]!);
    ys[i] = worldY(ring[i]![1]!);
    if (i > 0) area += (xs[i - 1]! * ys[i]! - xs[i]! * ys[i - 1]!) / 2;
  }
  const importance = new Float64Array(n);
  importance[0] = 1;
  importance[n - 1] = 1;
  const stack = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let maxSqDistance = sqTolerance;
    let index = -1;
    const mid = first + ((last - first) >> 1);
    let fromMid = last - first;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(xs[i]!, ys[i]!, xs[first]!, ys[first]!, xs[last]!, ys[last]!);
      if (d > maxSqDistance) [index, maxSqDistance] = [i, d];
      else if (d === maxSqDistance && Math.abs(i - mid) < fromMid) [index, fromMid] = [i, Math.abs(i - mid)];
    }
    if (index >= 0 && maxSqDistance > sqTolerance) {
      importance[index] = maxSqDistance;
      if (index - first > 1) stack.push(first, index);
      if (last - index > 1) stack.push(index, last);
    }
  }
  return { importance, area: Math.abs(area) };
}

/** The squared tolerance in world units (the world is 1 wide) of tiles at `tileZoom`. */
export const sqToleranceAt = (tileZoom: number, tolerance = SOURCE_TOLERANCE) =>
  (tolerance / (TILE_SIZE * 2 ** tileZoom)) ** 2;

/**
 * A ring as the source ranks it, once for every zoom: at a tile zoom its tiles keep the ring if its area is at
 * least the zoom's squared tolerance, and in it the vertices whose importance is above that.
 */
export function rankRing(ring: readonly Position[], tolerance = SOURCE_TOLERANCE): Ranked {
  return rank(ring, sqToleranceAt(SOURCE_MAX_ZOOM, tolerance));
}

export function createTileSimplifier(tolerance = SOURCE_TOLERANCE) {
  const ranked = new WeakMap<readonly Position[], Ranked>();
  const rankOf = (ring: readonly Position[]) => {
    let found = ranked.get(ring);
    if (!found) ranked.set(ring, (found = rankRing(ring, tolerance)));
    return found;
  };
  const cache = new Map<number, WeakMap<Feature, Feature>>();

  /** A polygon's rings as its tiles keep them: none if its outer ring is too small, else the large enough ones. */
  function simplifyPolygon(rings: readonly Position[][], sqTolerance: number): Position[][] {
    const [outer] = rings;
    if (!outer || rankOf(outer).area < sqTolerance) return [];
    return rings
      .filter((ring) => rankOf(ring).area >= sqTolerance)
      .map((ring) => ring.filter((_, j) => rankOf(ring).importance[j]! > sqTolerance));
  }

  /** The feature as MapLibre's tiles at `tileZoom` hold it (the feature itself at the source's last zoom). */
  return function simplified(feature: Feature, tileZoom: number): Feature {
    if (tileZoom >= SOURCE_MAX_ZOOM) return feature;
    let byFeature = cache.get(tileZoom);
    if (!byFeature) cache.set(tileZoom, (byFeature = new WeakMap()));
    if (byFeature.has(feature)) return byFeature.get(feature)!;
    const sqTolerance = sqToleranceAt(tileZoom, tolerance);
    const geometry = feature.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const kept = polygons
      .map((rings) => simplifyPolygon(rings, sqTolerance))
      // A ring down to a few points still draws its border, as in MapLibre.
      .filter((rings) => rings.length > 0);
    const result: Feature = { ...feature, geometry: { type: 'MultiPolygon', coordinates: kept } };
    byFeature.set(feature, result);
    return result;
  };
}
