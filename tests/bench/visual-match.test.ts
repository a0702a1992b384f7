/** The outside measure of "map visible": frames compared with the settled one inside the map's box. */
import { describe, expect, it } from 'vitest';
import { matchingShare, visuallyCompleteAt, type Pixels } from '../../bench/visualMatch.ts';

/** A 10×10 image painted `colour`, with the pixels listed in `spots` painted `spotColour`. */
function image(colour: number[], spots: [number, number][] = [], spotColour = [0, 0, 0]): Pixels {
  const data = new Uint8Array(10 * 10 * 4);
  for (let i = 0; i < 100; i++) data.set([...colour, 255], i * 4);
  for (const [x, y] of spots) data.set([...spotColour, 255], (y * 10 + x) * 4);
  return { width: 10, height: 10, data };
}

const land = [217, 212, 199];
const sea = [238, 242, 245];
const whole = { x: 0, y: 0, width: 10, height: 10 };
const row = (y: number, from = 0, to = 10) =>
  Array.from({ length: to - from }, (_, i) => [from + i, y] as [number, number]);

describe('matchingShare', () => {
  it('counts pixels within the colour distance, and only inside the box', () => {
    const final = image(land);
    expect(matchingShare(image([220, 214, 201]), final, whole, 8)).toBe(1);
    expect(matchingShare(image(sea), final, whole, 8)).toBe(0);
    // One row of ten differs: 90 % match; a box that leaves that row out matches wholly.
    const frame = image(land, row(9), sea);
    expect(matchingShare(frame, final, whole, 8)).toBeCloseTo(0.9);
    expect(matchingShare(frame, final, { x: 0, y: 0, width: 10, height: 9 }, 8)).toBe(1);
  });

  it('clips the box to the frame and refuses frames of different sizes', () => {
    expect(matchingShare(image(land), image(land), { x: -5, y: 5, width: 50, height: 50 }, 0)).toBe(1);
    const small: Pixels = { width: 5, height: 5, data: new Uint8Array(100) };
    expect(() => matchingShare(small, image(land), whole, 8)).toThrow(/differ in size/);
    expect(() => matchingShare(image(land), image(land), { x: 20, y: 0, width: 5, height: 5 }, 8)).toThrow(
      /outside/,
    );
  });
});

describe('visuallyCompleteAt', () => {
  const options = { colourDistance: 8, share: 0.93 };

  it('takes the first frame from which on every frame matches the last', () => {
    const frames = [
      { at: 100, pixels: image(sea) },
      { at: 900, pixels: image(land, [...row(0), ...row(1)], sea) }, // 80 %: not yet
      { at: 1500, pixels: image(land, row(0, 0, 5), sea) }, // 95 %: visible
      { at: 4000, pixels: image(land) },
    ];
    expect(visuallyCompleteAt(frames, whole, options)).toBe(1500);
  });

  it('does not count a map that showed and went away again', () => {
    const frames = [
      { at: 200, pixels: image(land) },
      { at: 600, pixels: image(sea) },
      { at: 3000, pixels: image(land) },
    ];
    expect(visuallyCompleteAt(frames, whole, options)).toBe(3000);
  });

  it('gives null without frames', () => {
    expect(visuallyCompleteAt([], whole, options)).toBeNull();
  });
});
