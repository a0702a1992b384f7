/**
 * The chair mark on the map: a dark dot with a white ring just above the chairing country's label point.
 * Layer filters cannot read feature state, so the layer covers every point and shows only those whose
 * feature state `chair` is true (set with `syncFeatureStates(map, 'chair', chairMarks(…))`).
 */
import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';

export const CHAIR_LAYER_ID = 'chair-mark';
export const CHAIR_COLOUR = '#1d1d1b';
export const CHAIR_RING = '#ffffff';
/** Pixels above the label point, so the dot sits over the country's name instead of under it. */
export const CHAIR_OFFSET_Y = -14;

const isChair: ExpressionSpecification = ['boolean', ['feature-state', 'chair'], false];

export function chairLayer(source = 'points'): CircleLayerSpecification {
  return {
    id: CHAIR_LAYER_ID,
    type: 'circle',
    source,
    paint: {
      'circle-color': CHAIR_COLOUR,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 1, 4, 6, 6],
      'circle-stroke-color': CHAIR_RING,
      'circle-stroke-width': 1.5,
      'circle-translate': [0, CHAIR_OFFSET_Y],
      'circle-opacity': ['case', isChair, 1, 0],
      'circle-stroke-opacity': ['case', isChair, 1, 0],
    },
  };
}
