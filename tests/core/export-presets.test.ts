/** Output sizes and views: paper at 300 dpi, screen sizes from the map, custom pixels within limits. */
import { describe, expect, it } from 'vitest';
import { parseSize, pdfPageSize, presetSize } from '../../src/core/export/presets.ts';
import { parseView } from '../../src/core/export/projection.ts';

const SCREEN = { width: 1200, height: 700 };

describe('size presets', () => {
  it('A4 landscape at 300 dpi is 3508 × 2480 px and prints on 297 × 210 mm', () => {
    const size = presetSize('a4-landscape', SCREEN);
    expect(size).toMatchObject({ width: 3508, height: 2480 });
    expect(pdfPageSize(size)).toEqual({ width: '297mm', height: '210mm' });
  });

  it('A4 portrait and both A3 orientations', () => {
    expect(presetSize('a4-portrait', SCREEN)).toMatchObject({ width: 2480, height: 3508 });
    expect(presetSize('a3-portrait', SCREEN)).toMatchObject({ width: 3508, height: 4961 });
    expect(presetSize('a3-landscape', SCREEN)).toMatchObject({ width: 4961, height: 3508 });
  });

  it('screen sizes follow the map on screen, once or twice', () => {
    expect(presetSize('screen-1x', SCREEN)).toEqual({ width: 1200, height: 700 });
    expect(presetSize('screen-2x', SCREEN)).toEqual({ width: 2400, height: 1400 });
    expect(pdfPageSize(presetSize('screen-1x', SCREEN))).toEqual({ width: '1200px', height: '700px' });
  });

  it('reads presets and WIDTHxHEIGHT, and refuses anything else or out of range', () => {
    expect(parseSize('a3-landscape', SCREEN)).toMatchObject({ width: 4961, height: 3508 });
    expect(parseSize('1600x900', SCREEN)).toEqual({ width: 1600, height: 900 });
    for (const bad of ['a5', '10x10', '9000x1000', '1600 x 900', '1600x', '16.5x900', '']) {
      expect(parseSize(bad, SCREEN), bad).toBeNull();
    }
  });
});

describe('views', () => {
  it('reads "world" and a W,S,E,N box', () => {
    expect(parseView('world')).toBe('world');
    expect(parseView('40,20,100,60')).toEqual({ west: 40, south: 20, east: 100, north: 60 });
  });

  it('keeps a box across the antimeridian continuous', () => {
    expect(parseView('170,-50,-170,-30')).toEqual({ west: 170, south: -50, east: 190, north: -30 });
  });

  it('refuses boxes that are not boxes', () => {
    for (const bad of ['1,2,3', '0,60,10,20', '0,-95,10,20', 'a,b,c,d', '0,,10,20', 'europe']) {
      expect(parseView(bad), bad).toBeNull();
    }
  });
});
