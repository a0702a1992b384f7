/** The chair mark and the event highlight are valid MapLibre layers on the atlas's own sources. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LineLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { createMapStyle } from '../../src/app/map/mapStyle.ts';
import { chairLayers } from '../../src/app/map/chairLayer.ts';
import { eventHighlightCasing } from '../../src/app/map/highlightLayers.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = createMapStyle(empty, empty, { arabic: 'a.woff2', latin: 'l.woff2' }, 'en');
const layer = (id: string) => style.layers.find((l) => l.id === id);

describe('timeline map layers', () => {
  it('validate inside the atlas style', () => {
    const ids = style.layers.map((l) => l.id);
    for (const l of [eventHighlightCasing('atlas'), ...chairLayers('atlas')]) expect(ids).toContain(l.id);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('show nothing unless the feature state asks for it', () => {
    const [sco, cica] = chairLayers('atlas').map((l) => JSON.stringify(l.paint));
    expect(sco).toContain('"feature-state","chair-SCO"');
    expect(cica).toContain('"feature-state","chair-CICA"');
    // Two different marks, so the reader can tell the organisations' chairs apart.
    const images = chairLayers('atlas').map((l) => l.layout?.['icon-image']);
    expect(new Set(images).size).toBe(2);
    // Shapes are outlined from the outline source by each feature's state; markers by feature state.
    for (const id of ['event-highlight-casing', 'highlight-outline', 'selected-outline', 'hover-outline'])
      expect(layer(id)).toHaveProperty('source', 'outline');
    expect(JSON.stringify((layer('event-highlight-casing') as LineLayerSpecification).filter)).toBe(
      '["==",["get","state"],"highlight"]',
    );
    expect(JSON.stringify(layer('markers')?.paint)).toContain('"feature-state","highlight"');
  });
});
