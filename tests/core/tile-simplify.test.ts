/**
 * The early map's shapes are the ones MapLibre's GeoJSON tiles hold: for real countries, the vertices kept at a tile
 * zoom are exactly those geojson-vt (MapLibre's tiler, with the options MapLibre gives it for the map's source)
 * keeps inside the tile, and islands too small for the zoom are left out as geojson-vt leaves them out.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  createTileSimplifier,
  SOURCE_MAX_ZOOM as MAX_ZOOM,
  SOURCE_TOLERANCE,
} from '../../src/core/geometry/tileSimplify.ts';
import { geometry } from '../fixtures/export/atlas.ts';

/** MapLibre's tile extent and tile size: a pixel of the source is 16 tile units. */
const EXTENT = 8192;
const UNITS_PER_PIXEL = EXTENT / 512;

const shapesOf = (code: string) => geometry.countries.features.filter((f) => f.properties?.['id'] === code);

function tiler(features: Feature[]) {
  return new GeoJSONVT(
    { type: 'FeatureCollection', features },
    {
      tolerance: SOURCE_TOLERANCE * UNITS_PER_PIXEL,
      extent: EXTENT,
      buffer: 128 * UNITS_PER_PIXEL,
      maxZoom: MAX_ZOOM,
      indexMaxZoom: 0,
    },
  );
}

const worldX = (lng: number) => lng / 360 + 0.5;
const worldY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
};

/** The vertices, in the tile's units, that lie well inside tile (z, x, y) (its edges get points from clipping). */
function insideTile(points: [number, number][], z: number, x: number, y: number): Set<string> {
  const margin = 64;
  return new Set(
    points
      .map(([px, py]) => [Math.round(EXTENT * (px * 2 ** z - x)), Math.round(EXTENT * (py * 2 ** z - y))])
      .filter(
        ([tx = 0, ty = 0]) => tx > margin && tx < EXTENT - margin && ty > margin && ty < EXTENT - margin,
      )
      .map(([tx, ty]) => `${tx},${ty}`),
  );
}

function simplifiedVertices(features: Feature[], z: number): [number, number][] {
  const simplify = createTileSimplifier(SOURCE_TOLERANCE);
  return features.flatMap((f) =>
    (simplify(f, z).geometry as MultiPolygon).coordinates
      .flat(2)
      .map(([lng = 0, lat = 0]) => [worldX(lng), worldY(lat)] as [number, number]),
  );
}

function tiledVertices(features: Feature[], z: number, x: number, y: number): [number, number][] {
  const tile = tiler(features).getTile(z, x, y);
  const rings = (tile?.features ?? []).flatMap((f) => f.geometry as unknown as [number, number][][]);
  return rings.flat().map(([tx, ty]) => [(tx / EXTENT + x) / 2 ** z, (ty / EXTENT + y) / 2 ** z]);
}

describe('shapes simplified as MapLibre tiles them', () => {
  it.each([
    ['KAZ', 2, 2, 1],
    ['KAZ', 4, 10, 5],
    ['IDN', 2, 3, 2],
    ['NOR', 3, 4, 1],
  ] as const)('%s at zoom %i keeps the vertices geojson-vt keeps in tile %i/%i', (code, z, x, y) => {
    const shapes = shapesOf(code);
    expect(shapes.length).toBeGreaterThan(0);
    const ours = insideTile(simplifiedVertices(shapes, z), z, x, y);
    const theirs = insideTile(tiledVertices(shapes, z, x, y), z, x, y);
    expect(theirs.size).toBeGreaterThan(20);
    expect([...ours].sort()).toEqual([...theirs].sort());
  });

  it('keeps every vertex at the source’s last zoom, where geojson-vt does not simplify', () => {
    const [shape] = shapesOf('KAZ');
    expect(createTileSimplifier(SOURCE_TOLERANCE)(shape!, MAX_ZOOM)).toBe(shape);
  });
});
