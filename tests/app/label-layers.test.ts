/**
 * The map's name layers: every role-holder in the view is a candidate for the first-placed layer, ranked members
 * first and larger first; the other layers leave them out; disputed areas have Arabic names too.
 */
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createMapStyle } from '../../src/app/map/mapStyle.ts';
import {
  otherLabelFilter,
  ROLE_LABEL_LAYER,
  roleLabelFilter,
  roleLabelSortKey,
} from '../../src/app/map/labelLayers.ts';
import { categoriesOn } from '../../src/core/model/categories.ts';
import { ARTICLE_DATE, geometry, index, names } from '../fixtures/export/atlas.ts';

const sco = categoriesOn(index, 'SCO', ARTICLE_DATE);
const both = categoriesOn(index, 'both', ARTICLE_DATE);
const points = geometry.points.features;
const pointOf = (code: string) => {
  const point = points.find((p) => p.properties.id === code);
  if (!point) throw new Error(`no point for ${code}`);
  return { type: 1, id: code, properties: point.properties, geometry: [] };
};
const zoom = { zoom: 2 };

function sortKeyOf(code: string, categories = sco): number {
  const compiled = createExpression(roleLabelSortKey(categories), 'layers[0].layout.symbol-sort-key');
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate(zoom, pointOf(code) as never) as number;
}

describe('map name layers', () => {
  it('are a valid style with the roles of the view', () => {
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const style = createMapStyle(empty, empty, { arabic: 'a.woff2', latin: 'l.woff2' }, 'ar', both);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    // The role-holders' layer is the last symbol layer under the chair marks, so MapLibre places it first.
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(ROLE_LABEL_LAYER)).toBeGreaterThan(ids.indexOf('labels-large'));
  });

  it('offer a name for every role-holder, and leave them out of the other layers', () => {
    const roles = featureFilter(roleLabelFilter(sco), 'layers[0].filter');
    const large = featureFilter(otherLabelFilter(sco, 'large'), 'layers[1].filter');
    const small = featureFilter(otherLabelFilter(sco, 'small'), 'layers[2].filter');
    expect(sco.size).toBe(26);
    for (const code of sco.keys()) {
      expect(roles.filter(zoom, pointOf(code) as never), code).toBe(true);
      expect(large.filter(zoom, pointOf(code) as never) || small.filter(zoom, pointOf(code) as never)).toBe(
        false,
      );
    }
    expect(roles.filter(zoom, pointOf('BRA') as never)).toBe(false);
    expect(large.filter(zoom, pointOf('BRA') as never)).toBe(true);
  });

  it('place members before observers and partners, and the larger first', () => {
    // Kyrgyzstan (a small member) before Mongolia (a large observer) before Saudi Arabia (a dialogue partner).
    expect(sortKeyOf('KGZ')).toBeLessThan(sortKeyOf('MNG'));
    expect(sortKeyOf('MNG')).toBeLessThan(sortKeyOf('SAU'));
    expect(sortKeyOf('RUS')).toBeLessThan(sortKeyOf('KAZ'));
    expect(sortKeyOf('KAZ')).toBeLessThan(sortKeyOf('TJK'));
    // In the Both view, states in both organisations rank with the members.
    expect(sortKeyOf('KAZ', both)).toBeLessThan(sortKeyOf('EGY', both));
  });

  it('name disputed areas in Arabic too', () => {
    expect(names.ar.get('X-KAS')).toBe('نهر سياتشين الجليدي');
    for (const area of geometry.countries.features.filter((f) => f.properties.disputed)) {
      expect(names.ar.get(area.properties.id), area.properties.id).toMatch(/[\u0600-\u06ff]/);
    }
  });
});
