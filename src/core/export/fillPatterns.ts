/**
 * Hatching and dots drawn as real strokes, clipped to the shape they fill. SVG `<pattern>` fills would be smaller
 * to write, but Chromium prints them into PDFs as large raster images; strokes stay vector everywhere.
 * Marks sit on one page-wide grid, so neighbouring shapes with the same pattern line up.
 */
import type { PathItem, Rect } from './displayList.ts';

export interface PatternStyle {
  kind: 'hatch' | 'dots';
  /** Distance between lines or dots, in pixels. */
  tile: number;
  ink: string;
  /** Line width (hatch) or dot diameter (dots). */
  mark: number;
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/** Rectangle as path data, to clip to it. */
export function rectPathData({ x, y, width, height }: Rect): string {
  return `M${r1(x)},${r1(y)}h${r1(width)}v${r1(height)}h${r1(-width)}z`;
}

/** The pattern's marks over `box` (diagonals rising to the right, or a grid of dots). */
export function patternMarks(style: PatternStyle, box: Rect): PathItem {
  const { tile } = style;
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const parts: string[] = [];
  if (style.kind === 'hatch') {
    // Lines x + y = c, for every grid c that crosses the box.
    for (let c = Math.floor((x0 + y0) / tile) * tile; c <= x1 + y1; c += tile) {
      parts.push(`M${r1(c - y1)},${r1(y1)}L${r1(c - y0)},${r1(y0)}`);
    }
  } else {
    for (let y = (Math.floor(y0 / tile) + 0.5) * tile; y <= y1 + tile; y += tile) {
      for (let x = (Math.floor(x0 / tile) + 0.5) * tile; x <= x1 + tile; x += tile) {
        parts.push(`M${r1(x)},${r1(y)}h.1`);
      }
    }
  }
  return {
    kind: 'path',
    d: parts.join(''),
    stroke: style.ink,
    strokeWidth: style.mark,
    ...(style.kind === 'dots' ? { lineCap: 'round' as const } : {}),
  };
}
