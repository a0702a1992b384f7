import type { Iso3 } from '../../core/model/types.ts';

/** Feature-state values that mark a set of countries, for `syncFeatureStates(map, key, …)`. */
export function flagsFor(codes: Iterable<Iso3>): ReadonlyMap<Iso3, true> {
  return new Map([...codes].map((code) => [code, true] as const));
}
