/**
 * The camera the early map draws with must be the one MapLibre opens on: the opening bounds fitted into the map's
 * box and centred, the zoom held to the map's range.
 */
import { describe, expect, it } from 'vitest';
import { MIN_ZOOM, OPENING_BOUNDS, openingCamera } from '../../src/app/map/openingView.ts';
import { project } from '../support/mapPage.ts';

const [[west, south], [east, north]] = OPENING_BOUNDS;

describe('openingCamera', () => {
  for (const [width, height] of [
    [1280, 550],
    [390, 480],
    [900, 300],
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
});
