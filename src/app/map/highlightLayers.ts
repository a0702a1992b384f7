/**
 * How the countries of the event the reader chose stand out: an orange outline (drawn by the map's state outline,
 * see `outlineFeatures`) over a white casing that keeps it apart from the amber observer fill. Markers of states
 * too small to see at world zoom get an orange ring from the marker layer, through feature state `highlight`.
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';

export const HIGHLIGHT_COLOUR = '#e8590c';
export const HIGHLIGHT_WIDTH = 2.4;
export const HIGHLIGHT_CASING_ID = 'event-highlight-casing';

export const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];

/** The casing, on the outline source (whose features carry their `state`). */
export function eventHighlightCasing(source: string): LineLayerSpecification {
  return {
    id: HIGHLIGHT_CASING_ID,
    type: 'line',
    source,
    filter: ['==', ['get', 'state'], 'highlight'],
    paint: { 'line-color': '#ffffff', 'line-width': 4.6 },
  };
}
