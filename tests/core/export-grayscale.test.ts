/**
 * Readable in grayscale and for colour-blind readers: the role colours that share a map are at least 12 apart in
 * CIE L*, and a role whose fill is too close to land without a role is drawn with a pattern in exports.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, LAND_COLOUR } from '../../src/core/palette.ts';
import { OVERLAP_CATEGORIES, type MapCategory } from '../../src/core/model/categories.ts';
import { cieLightness, darken, MIN_LIGHTNESS_STEP, needsPattern } from '../../src/core/export/lightness.ts';
import { exportSvg } from '../../src/core/export/exportMap.ts';
import { data, elements, LATEST_DATE, request } from '../fixtures/export/atlas.ts';

/** The sets of categories one map can show together: each organisation's statuses, and the "both" view. */
const MAPS: [string, readonly MapCategory[]][] = [
  ...data.organisations.map((org): [string, readonly MapCategory[]] => [org.id, org.statuses]),
  ['both', OVERLAP_CATEGORIES],
];

describe('CIE lightness', () => {
  it('is 0 for black, 100 for white and about 50 for #777777', () => {
    expect(cieLightness('#000000')).toBeCloseTo(0, 5);
    expect(cieLightness('#ffffff')).toBeCloseTo(100, 3);
    expect(cieLightness('#777777')).toBeCloseTo(50.03, 1);
  });

  it('darkening a colour lowers its lightness', () => {
    expect(cieLightness(darken('#e9b949', 0.45))).toBeLessThan(cieLightness('#e9b949') - 20);
  });
});

describe('role colours in grayscale', () => {
  for (const [map, categories] of MAPS) {
    it(`every two roles on the ${map} map differ by at least ${MIN_LIGHTNESS_STEP} in L*`, () => {
      for (const a of categories) {
        for (const b of categories) {
          if (a >= b) continue;
          const step = Math.abs(cieLightness(CATEGORY_COLOURS[a]) - cieLightness(CATEGORY_COLOURS[b]));
          expect(step, `${a} ${CATEGORY_COLOURS[a]} vs ${b} ${CATEGORY_COLOURS[b]}`).toBeGreaterThanOrEqual(
            MIN_LIGHTNESS_STEP,
          );
        }
      }
    });
  }

  it('a role as light as land without a role is patterned, and only such a role', () => {
    const land = cieLightness(LAND_COLOUR);
    for (const category of Object.keys(CATEGORY_COLOURS) as MapCategory[]) {
      const close = Math.abs(cieLightness(CATEGORY_COLOURS[category]) - land) < MIN_LIGHTNESS_STEP;
      expect(needsPattern(category), category).toBe(close);
    }
    // Amber (observer) is 10.6 L* from land: the case the pattern exists for.
    expect(needsPattern('observer')).toBe(true);
    expect(needsPattern('member')).toBe(false);
  });

  it('in the CICA export every observer shape and the observer swatch carry dots; members do not', () => {
    const svg = exportSvg(request({ org: 'CICA', date: LATEST_DATE }));
    const groups = [...svg.matchAll(/<g id="([^"]+)"/g)].map(([, id]) => id);
    const observers = elements(svg, 'path').filter((p) => p.attrs['data-category'] === 'observer');
    const members = elements(svg, 'path').filter((p) => p.attrs['data-category'] === 'member');
    expect(observers.length).toBeGreaterThan(0);
    for (const shape of observers)
      expect(groups, shape.attrs['data-iso']).toContain(`pattern-${shape.attrs['data-iso']}`);
    for (const shape of members) expect(groups).not.toContain(`pattern-${shape.attrs['data-iso']}`);
    expect(groups).toContain('swatch-observer');
    expect(groups).not.toContain('swatch-member');
  });
});
