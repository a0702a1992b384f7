/**
 * Keeps one feature-state key in step with a map of values, on the atlas's source (a country's shape and its
 * point share the id, so they share the state).
 * Feature-state keys are managed one by one, so countries that lost their value get the key removed explicitly.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Iso3 } from '../../core/model/types.ts';
import { SOURCE_ID as source } from './mapStyle.ts';

const applied = new WeakMap<MapLibreMap, Map<string, Map<Iso3, unknown>>>();

export function syncFeatureStates(map: MapLibreMap, key: string, values: ReadonlyMap<Iso3, unknown>) {
  const byKey = applied.get(map) ?? new Map<string, Map<Iso3, unknown>>();
  applied.set(map, byKey);
  const previous = byKey.get(key) ?? new Map<Iso3, unknown>();
  for (const id of previous.keys()) {
    if (!values.has(id)) map.removeFeatureState({ source, id }, key);
  }
  for (const [id, value] of values) {
    if (previous.get(id) !== value) map.setFeatureState({ source, id }, { [key]: value });
  }
  byKey.set(key, new Map(values));
}
