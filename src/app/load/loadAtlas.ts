/**
 * Loads what the atlas needs — the data bundle and the country geometry, which a built page carries — in
 * parallel, and prepares them once: decoded shapes, country names in both languages (also written onto the label
 * points) and the role index.
 * A file that arrives but cannot be used fails here, with its name, rather than later as a blank map.
 */
import type { Topology } from 'topojson-specification';
import { isAtlasBundle, type AtlasBundle } from '../../core/bundle.ts';
import { createRoleIndex } from '../../core/model/roles.ts';
import { decodeCountries } from '../../core/model/countryShapes.ts';
import { createCountryNames } from '../../core/i18n/countryNames.ts';
import { SNAPSHOT_IDS } from '../../core/model/types.ts';
import type { AtlasDeps } from '../state/atlasState.svelte.ts';
import { fetchJson, LoadError } from './fetchJson.ts';
import { takePageData } from './pageData.ts';

type Decoded = ReturnType<typeof decodeCountries>;

/**
 * The loaded atlas. A class rather than a plain object on purpose: Svelte's `$state` deeply proxies plain objects,
 * and proxied geometry made every read by MapLibre and the exporter create signals (about 20 MB of heap after
 * load). Svelte leaves class instances as they are.
 */
export class LoadedAtlas {
  constructor(
    readonly deps: AtlasDeps,
    readonly countries: Decoded['countries'],
    readonly points: Decoded['points'],
  ) {}
}

const DATA_ASSET = 'atlas-data.json';
const GEOMETRY_ASSET = 'countries.topo.json';

function isTopology(value: unknown): value is Topology {
  const topo = value as Partial<Topology> | null;
  return (
    topo?.type === 'Topology' &&
    Array.isArray(topo.arcs) &&
    typeof topo.objects?.countries === 'object' &&
    typeof topo.objects?.points === 'object'
  );
}

/** The atlas opens on the article's date and offers the latest one, so both snapshots must be there. */
function isUsableBundle(value: unknown): value is AtlasBundle {
  if (!isAtlasBundle(value)) return false;
  const snapshots: unknown = value.data.snapshots;
  return (
    Array.isArray(snapshots) &&
    SNAPSHOT_IDS.every((id) =>
      snapshots.some(
        (s: { id?: unknown; date?: unknown } | null) => s?.id === id && typeof s.date === 'string',
      ),
    )
  );
}

function prepare<T>(asset: string, run: () => T): T {
  try {
    return run();
  } catch {
    throw new LoadError(asset, 'the file does not have the expected content');
  }
}

/** From the page where it carries the file, else from the network. */
async function loadJson<T>(url: string, asset: string, isValid: (value: unknown) => value is T): Promise<T> {
  const inPage = takePageData(url);
  return isValid(inPage) ? inPage : fetchJson(url, asset, isValid);
}

export async function loadAtlas(urls: { data: string; geometry: string }): Promise<LoadedAtlas> {
  const [bundle, topology] = await Promise.all([
    loadJson(urls.data, DATA_ASSET, isUsableBundle),
    loadJson(urls.geometry, GEOMETRY_ASSET, isTopology),
  ]);
  const { countries, points } = prepare(GEOMETRY_ASSET, () => decodeCountries(topology));
  const names = prepare(GEOMETRY_ASSET, () =>
    createCountryNames(
      countries.features.map((f) => f.properties),
      bundle.countryNames,
    ),
  );
  for (const point of points.features) {
    const id = point.properties.id;
    Object.assign(point.properties, { name_en: names.en.get(id), name_ar: names.ar.get(id) });
  }
  const mapped = new Set(
    countries.features.filter((f) => !f.properties.disputed).map((f) => f.properties.id),
  );
  const index = prepare(DATA_ASSET, () => createRoleIndex(bundle.data));
  return new LoadedAtlas({ bundle, index, names, mapped }, countries, points);
}
