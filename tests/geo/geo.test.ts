import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { area, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { deriveCountries } from '../../geo/build.ts';
import { decodeCountries } from '../../src/core/model/countryShapes.ts';

const committedText = readFileSync(new URL('../../geo/countries.topo.json', import.meta.url), 'utf8');
const committed = JSON.parse(committedText) as Topology;
const { countries, points } = decodeCountries(committed);
const country = (id: string) => countries.features.find((f) => f.id === id);
const pointOf = (id: string) => points.features.find((f) => f.id === id);
const rings = (geometry: Polygon | MultiPolygon): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
const countriesAt = (lon: number, lat: number) =>
  countries.features.filter((f) => booleanPointInPolygon([lon, lat], f)).map((f) => f.id);

/** Any country with a role in the SCO or CICA, from the data file once it exists. */
function countriesWithRoles(): string[] {
  const file = new URL('../../data/memberships.json', import.meta.url);
  if (existsSync(file)) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { memberships: Array<{ country: string }> };
    return [...new Set(data.memberships.map((m) => m.country))];
  }
  return (
    'CHN KAZ KGZ RUS TJK UZB IND PAK IRN BLR MNG AFG LKA TUR KHM AZE NPL ARM EGY QAT SAU BHR KWT MDV MMR ARE LAO ' +
    'ISR PSE THA KOR JOR IRQ VNM BGD IDN JPN USA MYS UKR PHL TKM'
  ).split(' ');
}

describe('geo/countries.topo.json', () => {
  it(
    'is exactly what `npm run geo` derives from the installed Natural Earth packages',
    { timeout: 60_000 },
    () => {
      expect(deriveCountries()).toEqual(committed);
    },
  );

  it('stays within 120 KB gzipped, so the first map load stays light', () => {
    expect(gzipSync(committedText).length).toBeLessThanOrEqual(120 * 1024);
  });

  it('gives every area one unique id: ISO 3166-1 alpha-3, or X-… for a disputed area without one', () => {
    const ids = countries.features.map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of countries.features) {
      const id = String(f.id);
      expect(f.properties.id, id).toBe(id);
      if (/^X-[A-Z]{3}$/.test(id)) {
        expect(f.properties.disputed, id).toBe(true);
      } else {
        expect(countryCodes.isValid(id) && /^[A-Z]{3}$/.test(id), `${id} is an ISO alpha-3 code`).toBe(true);
        expect(f.properties.a2, id).toBe(countryCodes.alpha3ToAlpha2(id));
      }
      expect(f.properties.name, id).not.toBe('');
    }
  });

  it('keeps Australia and Ashmore and Cartier Islands, which share a numeric code, as one country', () => {
    expect(countries.features.filter((f) => f.properties.name.startsWith('Ashmore'))).toEqual([]);
    expect(countriesAt(123.594, -12.428)).toEqual(['AUS']);
  });

  it('draws no streak across the map: no ring steps more than 180° of longitude', () => {
    for (const f of countries.features) {
      for (const ring of rings(f.geometry)) {
        ring.forEach(([lon = 0], i) => {
          expect(Math.abs(lon), `${f.id} stays within ±180°`).toBeLessThanOrEqual(180);
          if (i > 0) expect(Math.abs(lon - (ring[i - 1]?.[0] ?? 0)), String(f.id)).toBeLessThanOrEqual(180);
        });
      }
    }
  });

  it('keeps Russia, Fiji and Antarctica whole on both sides of the antimeridian', () => {
    expect(countriesAt(-172, 66)).toEqual(['RUS']); // Chukotka, east of 180°
    expect(countriesAt(170, 64)).toEqual(['RUS']);
    expect(countriesAt(-179.9, -16.75)).toEqual(['FJI']); // Taveuni, east of 180°
    expect(countriesAt(178, -17.8)).toEqual(['FJI']); // Viti Levu
    expect(countriesAt(0, -85)).toEqual(['ATA']);
    expect(countriesAt(179.99, -89)).toEqual(['ATA']);
  });

  it('draws every area as itself under d3-geo, never as the rest of the globe', () => {
    for (const f of countries.features) expect(geoArea(f), String(f.id)).toBeLessThan(2 * Math.PI);
  });

  it('has one label point per area, inside it, with its area in km²', () => {
    expect(points.features.map((p) => p.id)).toEqual(countries.features.map((f) => f.id));
    for (const p of points.features) {
      const shape = country(String(p.id));
      expect(shape && booleanPointInPolygon(p.geometry, shape), `${p.id} label inside`).toBe(true);
      expect(p.properties.label).toBe(true);
      expect(p.properties.areaKm2, String(p.id)).toBe(Math.round(area(shape!) / 1e6));
    }
  });

  it('gives a marker to every country under 20,000 km² and to no larger one', () => {
    for (const p of points.features) {
      expect(p.properties.marker === true, String(p.id)).toBe(p.properties.areaKm2 < 20_000);
    }
  });

  it.each(countriesWithRoles())('draws %s, which has a role in the SCO or CICA, with a label point', (id) => {
    const shape = country(id);
    expect(shape?.properties.disputed).toBeUndefined();
    const point = pointOf(id);
    expect(point && shape && booleanPointInPolygon(point.geometry, shape)).toBe(true);
    if (area(shape!) < 20_000e6) expect(point?.properties.marker).toBe(true);
  });

  it.each([
    ['Bahrain', 'BHR', [50.586, 26.228]],
    ['Qatar', 'QAT', [51.531, 25.286]],
    ['Kuwait', 'KWT', [47.978, 29.376]],
    ['the Maldives', 'MDV', [73.509, 4.175]],
    ['Sri Lanka', 'LKA', [79.861, 6.927]],
    ['Palestine (Ramallah)', 'PSE', [35.204, 31.903]],
    ['Palestine (Gaza)', 'PSE', [34.45, 31.5]],
    ['Laos', 'LAO', [102.633, 17.975]],
    ['Cambodia', 'KHM', [104.916, 11.556]],
    ['Armenia', 'ARM', [44.514, 40.183]],
  ] as const)('keeps %s recognisable: its capital lies within 5 km of its shape', (_, id, capital) => {
    expect(pointToPolygonDistance([...capital], country(id)!, { units: 'kilometers' })).toBeLessThan(5);
  });
});

describe('disputed areas', () => {
  it('are exactly the areas the sources draw apart, each marked disputed', () => {
    const disputed = countries.features.filter((f) => f.properties.disputed).map((f) => f.id);
    expect(disputed.sort()).toEqual(['ESH', 'X-CRI', 'X-CYN', 'X-KAS', 'X-KOS', 'X-SOL']);
  });

  it.each([
    ['Laayoune, Western Sahara', [-13.2, 27.15], 'ESH'],
    ['Simferopol, Crimea', [34.1, 44.95], 'X-CRI'],
    ['Pristina, Kosovo', [21.17, 42.66], 'X-KOS'],
    ['Hargeisa, Somaliland', [44.06, 9.56], 'X-SOL'],
    ['Kyrenia, Northern Cyprus', [33.32, 35.33], 'X-CYN'],
    ['the Siachen Glacier', [77.1, 35.45], 'X-KAS'],
  ] as const)('place %s in no neighbouring country', (_, [lon, lat], id) => {
    expect(countriesAt(lon, lat)).toEqual([id]);
  });

  it('leave Ukraine and Russia their undisputed land around Crimea', () => {
    expect(countriesAt(33.6, 46.7)).toEqual(['UKR']); // Kherson oblast, north of the Crimea line
    expect(countriesAt(37.3, 45.1)).toEqual(['RUS']); // Taman peninsula, across the Kerch Strait
  });
});
