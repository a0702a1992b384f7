/**
 * The early map's name placement, MapLibre's greedy way: each name in turn takes the first anchor where its
 * padded box overlaps no earlier name, a name beside its point stands half an em from it, and names wholly
 * outside the map take no room.
 */
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../src/app/map/placeLabels.ts';
import { LABEL_PADDING, ROLE_LABEL_ANCHORS, ROLE_LABEL_OFFSET } from '../../src/app/map/labelLayers.ts';

const SIZE = 10;
const area = { width: 400, height: 300, size: SIZE, measure: (line: string) => line.length * 6 };
const at = (code: string, x: number, y: number, anchors: LabelCandidate['anchors']): LabelCandidate => ({
  code,
  x,
  y,
  lines: [code],
  anchors,
});

describe('placeLabels', () => {
  it('places a name on its point, a neighbour colliding there beside it, one with no other anchor not at all', () => {
    // AAA's padded box spans x 189..211; BBB's point is 10 px left of AAA's.
    const placed = placeLabels(
      [
        [at('AAA', 200, 150, ROLE_LABEL_ANCHORS), at('BBB', 190, 150, ROLE_LABEL_ANCHORS)],
        [at('CCC', 195, 152, ['center'])],
      ],
      area,
    );
    expect(placed.map((p) => [p.code, p.anchor])).toEqual([
      ['AAA', 'center'],
      ['BBB', 'right'],
    ]);
    const [first, beside] = placed;
    expect(first).toMatchObject({ x: 200, y: 150 });
    // Standing to the left of its point: its padded box (text 18 wide) ends half an em from the point, clear of AAA's.
    const besideRight = beside!.x + 18 / 2 + LABEL_PADDING;
    expect(besideRight).toBeCloseTo(190 - ROLE_LABEL_OFFSET * SIZE);
    expect(besideRight).toBeLessThanOrEqual(200 - 9 - LABEL_PADDING);
  });

  it('lets names far enough apart both stand on their points', () => {
    const placed = placeLabels(
      [[at('AAA', 100, 100, ['center']), at('BBB', 100, 100 + 12 + 2 * LABEL_PADDING + 1, ['center'])]],
      area,
    );
    expect(placed.map((p) => p.code)).toEqual(['AAA', 'BBB']);
  });

  it('skips a name wholly outside the map without taking room from the next', () => {
    const placed = placeLabels([[at('OUT', -100, 150, ['center']), at('IN', 5, 150, ['center'])]], area);
    expect(placed.map((p) => p.code)).toEqual(['IN']);
  });
});
