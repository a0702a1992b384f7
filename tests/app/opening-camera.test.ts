/**
 * The camera the early map draws with must be the one MapLibre opens on: the opening bounds fitted into the map's
 * box and centred, the zoom held to the map's range.
 */
import { describe, expect, it } from 'vitest';
import {
  cameraProjection,
  constrainedCamera,
  MIN_ZOOM,
  OPENING_BOUNDS,
  openingCamera,
  WORLD_TILE_SIZE,
} from '../../src/app/map/openingView.ts';
import { project } from '../support/mapPage.ts';

const [[west, south], [east, north]] = OPENING_BOUNDS;

describe('openingCamera', () => {
  for (const [width, height] of [
    [1280, 550],
    [390, 480],
    [900, 300],
    [1024, 500],
  ] as const) {
    it(`fits the opening bounds into ${width} × ${height} px, touching two opposite sides`, () => {
      const box = { x: 0, y: 0, width, height };
      const camera = openingCamera(width, height);
      const topLeft = project([west, north], camera, box);
      const bottomRight = project([east, south], camera, box);
      // Centred both ways.
      expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(width / 2, 6);
      expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(height / 2, 6);
      // Inside the box, and filling it one way.
      expect(topLeft.x).toBeGreaterThanOrEqual(-1e-6);
      expect(topLeft.y).toBeGreaterThanOrEqual(-1e-6);
      const fillsWidth = Math.abs(bottomRight.x - topLeft.x - width) < 1e-6;
      const fillsHeight = Math.abs(bottomRight.y - topLeft.y - height) < 1e-6;
      expect(fillsWidth || fillsHeight).toBe(true);
    });
  }

  it('holds the zoom at the map’s minimum in a box too small for the bounds', () => {
    expect(openingCamera(120, 80).zoom).toBe(MIN_ZOOM);
  });

  it('keeps a tall phone map within the world’s latitudes, as MapLibre opened it (#0.78/31.1/68 at 390 × 718)', () => {
    const camera = openingCamera(390, 718);
    expect(camera.zoom).toBeCloseTo(0.78, 2);
    expect(camera.lng).toBe(68);
    expect(camera.lat).toBeCloseTo(31.1, 1);
    // The view's top edge is the world's top edge (85.05° N).
    const top = project([0, 85.0511287798], camera, { x: 0, y: 0, width: 390, height: 718 });
    expect(top.y).toBeCloseTo(0, 6);
  });
});

describe('constrainedCamera', () => {
  it('zooms a box taller than the world in until the world fills it, centred on the equator', () => {
    const camera = constrainedCamera({ zoom: MIN_ZOOM, lat: 40, lng: 10 }, 400, 1000);
    expect(WORLD_TILE_SIZE * 2 ** camera.zoom).toBeCloseTo(1000, 6);
    expect(camera).toMatchObject({ lat: 0, lng: 10 });
  });

  it('leaves a view within the world as it is', () => {
    expect(constrainedCamera({ zoom: 4, lat: 45, lng: 80 }, 1280, 550)).toEqual({
      zoom: 4,
      lat: 45,
      lng: 80,
    });
  });
});

describe('cameraProjection', () => {
  const camera = { zoom: 2.4, lat: 35, lng: 68 };
  const box = { x: 0, y: 0, width: 1280, height: 650 };
  const { project: toPixel, invert } = cameraProjection(camera, box.width, box.height);

  it('puts a place where MapLibre draws it, and back', () => {
    for (const place of [
      [68, 35],
      [-12, -8],
      [148, 62],
      [37.6, 55.75],
    ] as [number, number][]) {
      const { x, y } = project(place, camera, box);
      const [px, py] = toPixel(place);
      expect(px).toBeCloseTo(x, 6);
      expect(py).toBeCloseTo(y, 6);
      const [lng, lat] = invert([px, py]);
      expect(lng).toBeCloseTo(place[0], 6);
      expect(lat).toBeCloseTo(place[1], 6);
    }
  });

  it('puts latitudes past the Mercator world on its edge, as MapLibre’s tiles do', () => {
    const [, pole] = toPixel([0, -90]);
    const [, edge] = toPixel([0, -85.0511287798]);
    expect(pole).toBeCloseTo(edge, 6);
  });
});
