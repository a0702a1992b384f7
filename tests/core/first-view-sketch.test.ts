/**
 * The first view's sketch, which the page carries instead of the whole geometry, draws at tile zooms 0–2 exactly
 * the shapes MapLibre's tiles hold there (see tile-simplify.test.ts for those), each vertex within half a pixel,
 * and keeps every country's id and properties, which the names are made from.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
  firstViewSketch,
  isFirstViewSketch,
  SKETCH_TILE_ZOOM,
  sketchAt,
  type FirstViewSketch,
} from '../../src/core/geometry/firstViewSketch.ts';
import { createTileSimplifier } from '../../src/core/geometry/tileSimplify.ts';
import { geometry } from '../fixtures/export/atlas.ts';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geo/countries.topo.json'), 'utf8'),
) as Topology;
// As the page carries it: through JSON.
const sketch = JSON.parse(JSON.stringify(firstViewSketch(topology))) as FirstViewSketch;
const asTiled = createTileSimplifier();

/** A position in pixels of the world at a tile zoom (MapLibre's 512-pixel tiles, Web Mercator). */
function pixel([lng = 0, lat = 0]: Position, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = Math.min(1, Math.max(0, 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI));
  return [(lng / 360 + 0.5) * size, y * size];
}

const polygonsOf = (shape: { geometry: unknown }) => (shape.geometry as MultiPolygon).coordinates;

describe('the first view sketch', () => {
  it('keeps every country and label point, with their ids and properties', () => {
    const drawn = sketchAt(sketch, SKETCH_TILE_ZOOM);
    expect(drawn.countries.features.map((f) => f.properties)).toEqual(
      geometry.countries.features.map((f) => f.properties),
    );
    expect(drawn.points.features.map((f) => f.properties)).toEqual(
      geometry.points.features.map((f) => f.properties),
    );
    // Some countries are too small to draw at these zooms, yet still there.
    expect(drawn.countries.features.filter((f) => polygonsOf(f).length === 0).length).toBeGreaterThan(10);
  });

  it.each([0, 1, 2])(
    'at tile zoom %i holds the shapes MapLibre’s tiles hold, within half a pixel',
    (zoom) => {
      const drawn = sketchAt(sketch, zoom);
      let vertices = 0;
      let farthest = 0;
      geometry.countries.features.forEach((feature, i) => {
        const theirs = polygonsOf(asTiled(feature, zoom));
        const ours = polygonsOf(drawn.countries.features[i]!);
        const code = feature.properties.id;
        expect(
          ours.map((rings) => rings.map((ring) => ring.length)),
          code,
        ).toEqual(theirs.map((rings) => rings.map((ring) => ring.length)));
        theirs.flat(2).forEach((position, k) => {
          const [x, y] = pixel(position, zoom);
          const [u, v] = pixel(ours.flat(2)[k]!, zoom);
          farthest = Math.max(farthest, Math.hypot(x - u, y - v));
          vertices++;
        });
      });
      expect(vertices).toBeGreaterThan(2000);
      expect(farthest).toBeLessThan(0.5);
    },
  );

  it('holds no more than the deepest of those zooms draws', () => {
    const total = (features: { geometry: unknown }[]) =>
      features.reduce((sum, f) => sum + polygonsOf(f).flat(2).length, 0);
    const kept = total(geometry.countries.features.map((f) => asTiled(f, SKETCH_TILE_ZOOM)));
    expect(sketch.arcs.reduce((sum, arc) => sum + arc.length, 0)).toBe(kept);
    expect(kept).toBeLessThan(topology.arcs.reduce((sum, arc) => sum + arc.length, 0) / 2);
  });

  it('label points stay within a quarter of a pixel at its deepest zoom', () => {
    const drawn = sketchAt(sketch, SKETCH_TILE_ZOOM);
    geometry.points.features.forEach((point, i) => {
      const [x, y] = pixel(point.geometry.coordinates, SKETCH_TILE_ZOOM);
      const [u, v] = pixel(drawn.points.features[i]!.geometry.coordinates, SKETCH_TILE_ZOOM);
      expect(Math.hypot(x - u, y - v), point.properties.id).toBeLessThan(0.25);
    });
  });

  it('is told from the whole geometry, and a sketch whose parts do not fit together fails', () => {
    expect(isFirstViewSketch(sketch)).toBe(true);
    expect(isFirstViewSketch(topology)).toBe(false);
    expect(isFirstViewSketch({ ...sketch, zooms: sketch.zooms.slice(1) })).toBe(false);
    const cut = { ...sketch, zooms: sketch.zooms.map((zooms) => zooms.slice(0, -1)) };
    expect(isFirstViewSketch(cut)).toBe(true);
    expect(() => sketchAt(cut, 0)).toThrow(/does not match its zooms/);
    const lost = { ...sketch, arcs: sketch.arcs.slice(0, 10), zooms: sketch.zooms.slice(0, 10) };
    expect(() => sketchAt(lost, 0)).toThrow(/is missing/);
  });
});
