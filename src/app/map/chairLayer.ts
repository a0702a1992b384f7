/**
 * The chair marks on the map: one symbol layer per organisation (a star for the SCO, a diamond for the CICA), just
 * above the chairing country's label point. Layouts cannot read feature state, so each layer covers every point and
 * shows only those whose feature state `chair-<org>` is true (set from the timeline state's `chairs`); the marks
 * neither hide labels nor are hidden by them.
 */
import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { CHAIR_COLOUR, CHAIR_OFFSETS, CHAIR_RING, chairSymbolPath } from '../../core/chairSymbols.ts';
import { ORG_IDS, type OrgId } from '../../core/model/types.ts';

export { CHAIR_COLOUR, CHAIR_RING };

/** The marks' radius in CSS pixels at every zoom. */
export const CHAIR_RADIUS = 6;
/** The white ring's width outside the mark. */
const RING = 1.5;
const PIXEL_RATIO = 2;

export const chairLayerId = (org: OrgId) => `chair-${org}`;
export const chairStateKey = (org: OrgId) => `chair-${org}`;
const imageId = (org: OrgId) => `chair-mark-${org}`;

/** Pixels from the label point to the centre of an organisation's mark. */
export function chairOffset(org: OrgId): [number, number] {
  const [x, y] = CHAIR_OFFSETS[org];
  return [x * CHAIR_RADIUS, y * CHAIR_RADIUS];
}

export function chairLayers(source: string): SymbolLayerSpecification[] {
  return ORG_IDS.map((org) => ({
    id: chairLayerId(org),
    type: 'symbol',
    source,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'icon-image': imageId(org),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: {
      'icon-opacity': ['case', ['boolean', ['feature-state', chairStateKey(org)], false], 1, 0],
      'icon-translate': chairOffset(org),
    },
  }));
}

/** Paints an organisation's mark centred on (x, y), `scale` device pixels to a CSS pixel. */
export function paintChairMark(
  context: CanvasRenderingContext2D,
  org: OrgId,
  x: number,
  y: number,
  scale = 1,
): void {
  const mark = new Path2D(chairSymbolPath(org, x, y, CHAIR_RADIUS * scale));
  context.save();
  context.lineJoin = 'round';
  context.lineWidth = RING * 2 * scale;
  context.strokeStyle = CHAIR_RING;
  context.stroke(mark);
  context.fillStyle = CHAIR_COLOUR;
  context.fill(mark);
  context.restore();
}

function drawMark(org: OrgId): ImageData {
  const size = Math.ceil((CHAIR_RADIUS + RING) * 2 * PIXEL_RATIO);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back once: a canvas kept in main memory. A GPU canvas's read-back took half a second without a GPU.
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas for the chair marks');
  paintChairMark(context, org, size / 2, size / 2, PIXEL_RATIO);
  return context.getImageData(0, 0, size, size);
}

/** Gives the map the marks' images (drawn here, so the style needs no sprite file). */
export function addChairImages(map: MapLibreMap) {
  for (const org of ORG_IDS) {
    if (!map.hasImage(imageId(org))) map.addImage(imageId(org), drawMark(org), { pixelRatio: PIXEL_RATIO });
  }
}
