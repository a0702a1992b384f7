/**
 * Loads what the atlas needs — the data bundle and the country geometry — in parallel, and prepares them once:
 * decoded shapes, country names in both languages (also written onto the label points) and the role index.
 */
import type { Topology } from 'topojson-specification';
import { isAtlasBundle } from '../model/bundle.ts';
import { createRoleIndex } from '../model/roles.ts';
import { decodeCountries } from '../geo/countries.ts';
import { createCountryNames } from '../i18n/countryNames.ts';
import type { AtlasDeps } from '../state/atlasState.svelte.ts';
import { fetchJson } from './fetchJson.ts';

export interface LoadedAtlas {
  deps: AtlasDeps;
  countries: ReturnType<typeof decodeCountries>['countries'];
  points: ReturnType<typeof decodeCountries>['points'];
}

function isTopology(value: unknown): value is Topology {
  const topo = value as Partial<Topology> | null;
  return (
    topo?.type === 'Topology' &&
    typeof topo.objects?.countries === 'object' &&
    typeof topo.objects?.points === 'object'
  );
}

export async function loadAtlas(urls: { data: string; geometry: string }): Promise<LoadedAtlas> {
  const [bundle, topology] = await Promise.all([
    fetchJson(urls.data, 'atlas-data.json', isAtlasBundle),
    fetchJson(urls.geometry, 'countries.topo.json', isTopology),
  ]);
  const { countries, points } = decodeCountries(topology);
  const names = createCountryNames(countries.features.map((f) => f.properties));
  for (const point of points.features) {
    const id = point.properties.id;
    Object.assign(point.properties, { name_en: names.en.get(id), name_ar: names.ar.get(id) });
  }
  const mapped = new Set(
    countries.features.filter((f) => !f.properties.disputed).map((f) => f.properties.id),
  );
  return { deps: { bundle, index: createRoleIndex(bundle.data), names, mapped }, countries, points };
}
