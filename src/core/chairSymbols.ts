/**
 * The chair marks: a star for the SCO's chair, a diamond for the CICA's, dark with a white ring. The map, the
 * legend, the panel and the export all draw them from these paths, so a reader can match a mark to its
 * organisation anywhere. Pure geometry, no DOM.
 */
import type { OrgId } from './model/types.ts';

export const CHAIR_COLOUR = '#1d1d1b';
export const CHAIR_RING = '#ffffff';

export type ChairShape = 'star' | 'diamond';

export const CHAIR_SHAPES: Record<OrgId, ChairShape> = { SCO: 'star', CICA: 'diamond' };

/**
 * Where each organisation's mark sits relative to the chairing country's label point, in units of the mark's
 * radius: above the name, side by side, so a country chairing both shows both.
 */
export const CHAIR_OFFSETS: Record<OrgId, readonly [number, number]> = {
  SCO: [-1.1, -2.3],
  CICA: [1.1, -2.3],
};

const fixed = (n: number) => Number(n.toFixed(2));

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fixed(x)} ${fixed(y)}`).join('')}Z`;
}

/** The mark of an organisation's chair as SVG path data, centred on (cx, cy) and fitting a circle of radius r. */
export function chairSymbolPath(org: OrgId, cx: number, cy: number, r: number): string {
  if (CHAIR_SHAPES[org] === 'diamond') {
    return polygon([
      [cx, cy - r],
      [cx + r * 0.8, cy],
      [cx, cy + r],
      [cx - r * 0.8, cy],
    ]);
  }
  // A five-pointed star whose inner points are fat enough to stay a star at 8 px.
  const inner = r * 0.5;
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle) + r * 0.1] as const;
  });
  return polygon(points);
}
