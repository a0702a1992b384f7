import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the planar signed area in degrees (x east, y north): negative for a clockwise ring. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/**
 * Winds exteriors clockwise and holes counter-clockwise, the convention of world-atlas and d3-geo's spherical
 * polygons; planar renderers such as MapLibre accept either.
 */
export function windPolygon(polygon: Position[][]): Position[][] {
  return polygon.map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

/**
 * A ring with fewer than three distinct points, such as the single repeated point Visionscarto leaves of a tiny
 * island. (A planar area test would also reject a ring that circles a pole along a parallel.)
 */
export function isDegenerate(ring: Position[]): boolean {
  return new Set(ring.map(([x, y]) => `${x},${y}`)).size < 3;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
