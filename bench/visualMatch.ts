/**
 * When a page's map became visible, judged from the outside: frames recorded during load are compared, inside the
 * map's box, with the frame the page settled on. As Speed Index's "visually complete", a frame counts when nearly
 * all its pixels are within a small colour distance of the final frame's — JPEG noise, antialiasing and a label
 * drawn in another font do not hold the moment back; an empty box, or a map still missing its colours, does.
 */

/** An RGBA image, four bytes a pixel, row after row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** A rectangle in pixels of the image it is applied to. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatchOptions {
  /** Largest Euclidean RGB distance (0–441) at which two pixels count as the same colour. */
  colourDistance: number;
  /** Share of the box's pixels (0–1) that must match for the frame to count as the final one. */
  share: number;
}

/** Distance 24 absorbs JPEG artefacts at quality 70; 0.93 leaves room for labels, not for missing fills. */
export const DEFAULT_MATCH: MatchOptions = { colourDistance: 24, share: 0.93 };

/** The box clipped to the image, in whole pixels. */
function clip(box: Box, image: Pixels): Box {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** Share of the box's pixels whose colour in `frame` is within `colourDistance` of the colour in `final`. */
export function matchingShare(frame: Pixels, final: Pixels, box: Box, colourDistance: number): number {
  if (frame.width !== final.width || frame.height !== final.height)
    throw new Error(
      `frames differ in size: ${frame.width}×${frame.height} and ${final.width}×${final.height}`,
    );
  const area = clip(box, final);
  const total = area.width * area.height;
  if (total === 0) throw new Error('the map box lies outside the frame');
  const limit = colourDistance * colourDistance;
  let matching = 0;
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let i = (y * final.width + area.x) * 4, end = i + area.width * 4; i < end; i += 4) {
      const dr = frame.data[i]! - final.data[i]!;
      const dg = frame.data[i + 1]! - final.data[i + 1]!;
      const db = frame.data[i + 2]! - final.data[i + 2]!;
      if (dr * dr + dg * dg + db * db <= limit) matching++;
    }
  }
  return matching / total;
}

export interface TimedFrame {
  /** When the frame was presented, in the page's milliseconds since navigation start. */
  at: number;
  pixels: Pixels;
}

/**
 * The time of the first frame from which on every frame matches the last one inside `box`, or null without
 * frames. A map that shows and then disappears again (a flash) counts only from when it came back to stay.
 */
export function visuallyCompleteAt(
  frames: readonly TimedFrame[],
  box: Box,
  options: MatchOptions = DEFAULT_MATCH,
): number | null {
  const final = frames.at(-1);
  if (!final) return null;
  let since = final.at;
  for (let i = frames.length - 2; i >= 0; i--) {
    const frame = frames[i]!;
    if (matchingShare(frame.pixels, final.pixels, box, options.colourDistance) < options.share) break;
    since = frame.at;
  }
  return since;
}
