/**
 * The outline around the countries of the event the reader chose, driven by feature state `highlight`
 * (`syncFeatureStates(map, 'highlight', timeline.highlighted)`): an orange line with a white casing on the shapes
 * (the casing keeps it apart from the amber observer fill), and a ring on the markers of states too small to see
 * at world zoom.
 */
import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';

export const HIGHLIGHT_COLOUR = '#e8590c';
export const HIGHLIGHT_LAYER_IDS = [
  'event-highlight-casing',
  'event-highlight-outline',
  'event-highlight-marker',
] as const;

const isHighlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];

export function eventHighlightLayers(): [
  LineLayerSpecification,
  LineLayerSpecification,
  CircleLayerSpecification,
] {
  return [
    {
      id: HIGHLIGHT_LAYER_IDS[0],
      type: 'line',
      source: 'countries',
      paint: { 'line-color': '#ffffff', 'line-width': ['case', isHighlighted, 4.6, 0] },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[1],
      type: 'line',
      source: 'countries',
      paint: { 'line-color': HIGHLIGHT_COLOUR, 'line-width': ['case', isHighlighted, 2.4, 0] },
    },
    {
      id: HIGHLIGHT_LAYER_IDS[2],
      type: 'circle',
      source: 'points',
      filter: ['==', ['get', 'marker'], true],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 7, 6, 10],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': HIGHLIGHT_COLOUR,
        'circle-stroke-width': ['case', isHighlighted, 2.4, 0],
      },
    },
  ];
}
