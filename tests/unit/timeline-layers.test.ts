/** The chair mark and the event highlight are valid MapLibre layers on the atlas's own sources. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createMapStyle } from '../../src/lib/map/mapStyle.ts';
import { chairLayer } from '../../src/lib/timeline/chairLayer.ts';
import { eventHighlightLayers } from '../../src/lib/timeline/highlightLayers.ts';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

describe('timeline map layers', () => {
  it('validate inside the atlas style', () => {
    const style = createMapStyle(empty, empty, { arabic: 'a.woff2', latin: 'l.woff2' }, 'en');
    const ids = style.layers.map((layer) => layer.id);
    for (const layer of [...eventHighlightLayers(), chairLayer()]) expect(ids).toContain(layer.id);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('show nothing unless the feature state asks for it', () => {
    const paint = chairLayer().paint!;
    expect(JSON.stringify(paint['circle-opacity'])).toContain('"feature-state","chair"');
    for (const layer of eventHighlightLayers()) {
      expect(JSON.stringify(layer.paint)).toContain('"feature-state","highlight"');
    }
  });
});
