/**
 * Names broken into lines as MapLibre breaks them for `text-max-width`: as few lines as the limit needs, at spaces
 * or after hyphens, the lines as even as the words allow and a short last line preferred to a long one. Widths
 * here are one unit a character.
 */
import { describe, expect, it } from 'vitest';
import { labelLines } from '../../src/app/map/labelLines.ts';

const chars = (text: string) => text.length;

describe('labelLines', () => {
  it('keeps a name within the limit on one line, spaces not counted', () => {
    expect(labelLines('China', chars, 7)).toEqual(['China']);
    expect(labelLines('Sri Lanka', chars, 8)).toEqual(['Sri Lanka']);
  });

  it('uses as many lines as the limit needs, as even as the words allow', () => {
    // 18 units, limit 7: three lines of about 6.
    expect(labelLines('United Arab Emirates', chars, 7)).toEqual(['United', 'Arab', 'Emirates']);
    // Limit 10: two lines of about 9; a last line shorter than that beats a longer one.
    expect(labelLines('United Arab Emirates', chars, 10)).toEqual(['United Arab', 'Emirates']);
  });

  it('breaks after a hyphen and keeps it on the first line', () => {
    expect(labelLines('Guinea-Bissau', chars, 7)).toEqual(['Guinea-', 'Bissau']);
  });

  it('keeps a single word too long for the limit whole', () => {
    expect(labelLines('Liechtenstein', chars, 7)).toEqual(['Liechtenstein']);
  });
});
