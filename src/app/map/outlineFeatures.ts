/**
 * The shapes the map outlines: the selected country, the countries of the chosen timeline event and the hovered
 * country, each once with its strongest state (selected, then highlight, then hover), weakest first. They live in a
 * small source of their own: outline layers over every country, shown or hidden by feature state, would be drawn
 * (invisibly) on every frame.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Iso3 } from '../../core/model/types.ts';

export type OutlineState = 'hover' | 'highlight' | 'selected';
const STRENGTH: Record<OutlineState, number> = { hover: 0, highlight: 1, selected: 2 };

export interface Outlined {
  selected: Iso3 | null;
  highlighted: Iterable<Iso3>;
  hovered: Iso3 | null;
}

export function shapesById(countries: FeatureCollection): Map<Iso3, Feature[]> {
  const byId = new Map<Iso3, Feature[]>();
  for (const shape of countries.features) {
    const id = String(shape.properties?.id ?? shape.id);
    byId.set(id, [...(byId.get(id) ?? []), shape]);
  }
  return byId;
}

export function outlineFeatures(shapes: ReadonlyMap<Iso3, Feature[]>, outlined: Outlined): FeatureCollection {
  const states = new Map<Iso3, OutlineState>();
  const mark = (id: Iso3, state: OutlineState) => {
    const current = states.get(id);
    if (!current || STRENGTH[state] > STRENGTH[current]) states.set(id, state);
  };
  if (outlined.hovered) mark(outlined.hovered, 'hover');
  for (const id of outlined.highlighted) mark(id, 'highlight');
  if (outlined.selected) mark(outlined.selected, 'selected');
  const features = [...states]
    .sort(([, a], [, b]) => STRENGTH[a] - STRENGTH[b])
    .flatMap(([id, state]) =>
      (shapes.get(id) ?? []).map((shape): Feature => ({
        type: 'Feature',
        geometry: shape.geometry,
        properties: { id, state },
      })),
    );
  return { type: 'FeatureCollection', features };
}
