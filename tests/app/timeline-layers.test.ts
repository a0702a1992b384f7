/** The chair mark and the event highlight are valid MapLibre layers on the atlas's own sources. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { createMapStyle } from '../../src/app/map/mapStyle.ts';
import { chairLayer } from '../../src/app/map/chairLayer.ts';
import { eventHighlightCasing } from '../../src/app/map/highlightLayers.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = createMapStyle(empty, empty, { arabic: 'a.woff2', latin: 'l.woff2' }, 'en');
const layer = (id: string) => style.layers.find((l) => l.id === id);

describe('timeline map layers', () => {
  it('validate inside the atlas style', () => {
    const ids = style.layers.map((l) => l.id);
    for (const l of [eventHighlightCasing('atlas'), chairLayer('atlas')]) expect(ids).toContain(l.id);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('show nothing unless the feature state asks for it', () => {
    const chair = JSON.stringify(chairLayer('atlas').paint);
    expect(chair).toContain('"feature-state","chair"');
    // Shapes are outlined from the outline source by each feature's state; markers by feature state.
    for (const id of ['event-highlight-casing', 'highlight-outline', 'selected-outline', 'hover-outline'])
      expect(layer(id)).toHaveProperty('source', 'outline');
    expect(JSON.stringify((layer('event-highlight-casing') as LineLayerSpecification).filter)).toBe(
      '["==",["get","state"],"highlight"]',
    );
    expect(JSON.stringify(layer('markers')?.paint)).toContain('"feature-state","highlight"');
  });
});
