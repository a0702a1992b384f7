/**
 * The chair mark on the map: a dark dot with a white ring just above the chairing country's label point.
 * Layer filters cannot read feature state, so the layer covers every point and draws only those whose
 * feature state `chair` is true (set from the timeline state's `chairs`); the others have no
 * size. Colours and sizes are all expressions, like the marker layer's, so both share one compiled shader.
 */
import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';

export const CHAIR_LAYER_ID = 'chair-mark';
export const CHAIR_COLOUR = '#1d1d1b';
export const CHAIR_RING = '#ffffff';
/** Pixels above the label point, so the dot sits over the country's name instead of under it. */
export const CHAIR_OFFSET_Y = -14;

const isChair: ExpressionSpecification = ['boolean', ['feature-state', 'chair'], false];
const onlyChair = (value: number | string, otherwise: number | string): ExpressionSpecification => [
  'case',
  isChair,
  value,
  otherwise,
];

export function chairLayer(source: string): CircleLayerSpecification {
  return {
    id: CHAIR_LAYER_ID,
    type: 'circle',
    source,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': onlyChair(CHAIR_COLOUR, 'rgba(0,0,0,0)'),
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, onlyChair(4, 0), 6, onlyChair(6, 0)],
      'circle-stroke-color': onlyChair(CHAIR_RING, 'rgba(0,0,0,0)'),
      'circle-stroke-width': onlyChair(1.5, 0),
      'circle-translate': [0, CHAIR_OFFSET_Y],
    },
  };
}
