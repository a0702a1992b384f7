/** What a link or a host command may name: a country on the map, a date inside the time control's span. */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { timelineSpan } from '../../core/timeline/playback.ts';
import type { UrlStateContext } from '../../core/share/urlState.ts';

export function linkContext(atlas: AtlasState): UrlStateContext {
  const span = timelineSpan(atlas.index.dateRange());
  return {
    isKnownCountry: (code) => atlas.mapped.has(code),
    firstDate: span.first,
    lastDate: span.last,
  };
}
