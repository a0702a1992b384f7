/**
 * Loads what the atlas needs — the data bundle and the country geometry — in parallel, and prepares them once:
 * decoded shapes, country names in both languages (also written onto the label points) and the role index. A built
 * page carries the data and the first view's sketch of the geometry (`src/core/geometry/firstViewSketch.ts`): the
 * atlas then opens on those while the geometry is fetched. A file that arrives but cannot be used fails, with its
 * name, rather than later as a blank map.
 */
import type { Topology } from 'topojson-specification';
import { isAtlasBundle, type AtlasBundle } from '../../core/bundle.ts';
import { createRoleIndex } from '../../core/model/roles.ts';
import { decodeCountries } from '../../core/model/countryShapes.ts';
import {
  isFirstViewSketch,
  SKETCH_TILE_ZOOM,
  sketchAt,
  type FirstViewSketch,
} from '../../core/geometry/firstViewSketch.ts';
import { createCountryNames, type CountryNames } from '../../core/i18n/countryNames.ts';
import { SNAPSHOT_IDS } from '../../core/model/types.ts';
import type { AtlasDeps } from '../state/atlasState.svelte.ts';
import { fetchJson, LoadError } from './fetchJson.ts';
import { takePageData } from './pageData.ts';

type Decoded = ReturnType<typeof decodeCountries>;

/** Where the data, the country geometry and the first view's sketch of it are served. */
export interface AtlasUrls {
  data: string;
  geometry: string;
  /** Only ever read from the page: where the page lacks it, the geometry itself is waited for. */
  sketch: string;
}

/**
 * The loaded atlas. A class rather than a plain object on purpose: Svelte's `$state` deeply proxies plain objects,
 * and proxied geometry made every read by MapLibre and the exporter create signals (about 20 MB of heap after
 * load). Svelte leaves class instances as they are.
 */
export class LoadedAtlas {
  constructor(
    readonly deps: AtlasDeps,
    /** The first view's shapes, where the page carried them (the early map draws them); else null. */
    readonly sketch: FirstViewSketch | null,
    /** All the shapes: settled already where the page carried no sketch, else still on their way. */
    readonly shapes: Promise<Decoded>,
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

/** Writes each label point's names on it, for MapLibre's label layers. */
function nameThePoints(points: Decoded['points'], names: CountryNames): void {
  for (const point of points.features) {
    const id = point.properties.id;
    Object.assign(point.properties, { name_en: names.en.get(id), name_ar: names.ar.get(id) });
  }
}

/**
 * The page's sketch and its shapes at its deepest zoom; null where the page has none, or one whose parts do not fit
 * together (the geometry serves instead).
 */
function sketchInPage(url: string): { sketch: FirstViewSketch; decoded: Decoded } | null {
  const inPage = takePageData(url);
  if (!isFirstViewSketch(inPage)) return null;
  try {
    return { sketch: inPage, decoded: sketchAt(inPage, SKETCH_TILE_ZOOM) };
  } catch {
    return null;
  }
}

export async function loadAtlas(urls: AtlasUrls): Promise<LoadedAtlas> {
  const inPage = sketchInPage(urls.sketch);
  const shapes = loadJson(urls.geometry, GEOMETRY_ASSET, isTopology).then((topology) =>
    prepare(GEOMETRY_ASSET, () => decodeCountries(topology)),
  );
  // Settled below or by the caller; should the data fail first, its failure is not an unhandled rejection.
  shapes.catch(() => {});
  // Without a sketch the atlas waits for the whole geometry, and fails here if it cannot have it.
  const [bundle, first] = await Promise.all([
    loadJson(urls.data, DATA_ASSET, isUsableBundle),
    inPage?.decoded ?? shapes,
  ]);
  // The sketch carries every country with the geometry's properties: the names and the mapped countries are the same.
  const names = prepare(GEOMETRY_ASSET, () =>
    createCountryNames(
      first.countries.features.map((f) => f.properties),
      bundle.countryNames,
    ),
  );
  const mapped = new Set(
    first.countries.features.filter((f) => !f.properties.disputed).map((f) => f.properties.id),
  );
  const index = prepare(DATA_ASSET, () => createRoleIndex(bundle.data));
  const named = shapes.then((all) => {
    nameThePoints(all.points, names);
    return all;
  });
  named.catch(() => {});
  return new LoadedAtlas({ bundle, index, names, mapped }, inPage?.sketch ?? null, named);
}
