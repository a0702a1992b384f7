/**
 * The early map draws the page's sketch where it holds the view's tile zoom, and otherwise the whole geometry as
 * MapLibre's tiles simplify it, which it asks for only then.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiPolygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it, vi } from 'vitest';
import { firstViewSketch, SKETCH_TILE_ZOOM } from '../../src/core/geometry/firstViewSketch.ts';
import { earlyShapes } from '../../src/app/map/earlyShapes.ts';
import { geometry } from '../fixtures/export/atlas.ts';

const topology = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../geo/countries.topo.json'), 'utf8'),
) as Topology;
const sketch = firstViewSketch(topology);
const vertices = (shapes: { countries: { features: { geometry: unknown }[] } } | null) =>
  shapes?.countries.features.reduce((n, f) => n + (f.geometry as MultiPolygon).coordinates.flat(2).length, 0);

describe('earlyShapes', () => {
  it('draws the sketch up to its tile zoom, without asking for the whole geometry', () => {
    const whole = vi.fn(() => geometry);
    for (let zoom = 0; zoom <= SKETCH_TILE_ZOOM; zoom++) {
      expect(vertices(earlyShapes(sketch, whole, zoom))).toBe(vertices(earlyShapes(null, whole, zoom)));
    }
    whole.mockClear();
    earlyShapes(sketch, whole, SKETCH_TILE_ZOOM);
    expect(whole).not.toHaveBeenCalled();
  });

  it('beyond it, waits for the whole geometry and draws that, simplified for the zoom', () => {
    const deeper = SKETCH_TILE_ZOOM + 1;
    expect(earlyShapes(sketch, () => null, deeper)).toBeNull();
    const drawn = vertices(earlyShapes(sketch, () => geometry, deeper))!;
    expect(drawn).toBeGreaterThan(vertices(earlyShapes(sketch, () => null, SKETCH_TILE_ZOOM))!);
    expect(drawn).toBeLessThan(vertices(geometry)!);
  });
});
