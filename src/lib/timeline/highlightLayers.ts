/**
 * The outline around the countries of the event the reader chose, driven by feature state `highlight`
 * (`syncFeatureStates(map, 'highlight', timeline.highlighted)`): an orange line (drawn by the map's state outline)
 * over a white casing that keeps it apart from the amber observer fill. Markers of states too small to see at
 * world zoom get an orange ring from the marker layer itself.
 */
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';

export const HIGHLIGHT_COLOUR = '#e8590c';
export const HIGHLIGHT_WIDTH = 2.4;
export const HIGHLIGHT_CASING_ID = 'event-highlight-casing';

export const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];

export function eventHighlightCasing(source: string): LineLayerSpecification {
  return {
    id: HIGHLIGHT_CASING_ID,
    type: 'line',
    source,
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#ffffff', 'line-width': ['case', isHighlighted, 4.6, 0] },
  };
}
