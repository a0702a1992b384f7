/**
 * Places names as MapLibre's symbol placement does, for the early map: in the order given, each name takes the
 * first of its anchors where its box (grown by the style's padding) overlaps no name placed before it, or is left
 * out. Boxes follow MapLibre's geometry: lines 1.2 ems apart, a padded box beside its point stands half an em away
 * (`text-radial-offset`), measured from the baseline MapLibre assumes above and below. MapLibre lays names out,
 * and so sizes their boxes, at the text size of the zoom above its tiles', whatever the size they are drawn at.
 */
import { LABEL_PADDING, ROLE_LABEL_OFFSET, type LabelAnchor } from './labelLayers.ts';

/** MapLibre's default `text-line-height`, in ems. */
export const LINE_HEIGHT = 1.2;
/** MapLibre assumes a line's baseline 7/24 of an em below its top when it shifts a name above or below a point. */
const BASELINE_SHIFT = 7 / 24;
/**
 * Where MapLibre sets a line's baseline: 10.5/24 of an em below the line's middle (its shaping offset of −17 and
 * glyph top adjustment of 27.5, in 24-pixel ems).
 */
export const BASELINE_BELOW_MIDDLE = 10.5 / 24;

export interface LabelCandidate {
  code: string;
  x: number;
  y: number;
  lines: readonly string[];
  anchors: readonly LabelAnchor[];
}

export interface PlacedLabel {
  code: string;
  lines: readonly string[];
  anchor: LabelAnchor;
  /** The centre of the name's box. */
  x: number;
  y: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The centre of a padded `width` × `height` box standing at `anchor` of the point (x, y). */
function centreAt(anchor: LabelAnchor, x: number, y: number, width: number, height: number, size: number) {
  const beside = ROLE_LABEL_OFFSET * size;
  const above = (ROLE_LABEL_OFFSET - BASELINE_SHIFT) * size;
  switch (anchor) {
    case 'center':
      return { x, y };
    case 'left':
      return { x: x + beside + width / 2, y };
    case 'right':
      return { x: x - beside - width / 2, y };
    case 'top':
      return { x, y: y + above + height / 2 };
    case 'bottom':
      return { x, y: y - above - height / 2 };
  }
}

export interface PlacementArea {
  width: number;
  height: number;
  /** The text size names are laid out at, in pixels. */
  size: number;
  /** Measures a line in pixels at `size`. */
  measure: (line: string) => number;
}

/**
 * Places each group in turn, so a later group's names give way to an earlier one's. Names whose box lies wholly
 * outside the area are skipped without taking room.
 */
export function placeLabels(
  groups: readonly (readonly LabelCandidate[])[],
  area: PlacementArea,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Rect[] = [];
  for (const candidate of groups.flat()) {
    const width = Math.max(...candidate.lines.map(area.measure)) + 2 * LABEL_PADDING;
    const height = candidate.lines.length * LINE_HEIGHT * area.size + 2 * LABEL_PADDING;
    for (const anchor of candidate.anchors) {
      const { x, y } = centreAt(anchor, candidate.x, candidate.y, width, height, area.size);
      const box = { x0: x - width / 2, x1: x + width / 2, y0: y - height / 2, y1: y + height / 2 };
      if (box.x1 < 0 || box.x0 > area.width || box.y1 < 0 || box.y0 > area.height) break;
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ code: candidate.code, lines: candidate.lines, anchor, x, y });
      break;
    }
  }
  return placed;
}
