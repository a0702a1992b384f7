/** What a link or a host command may name: a country on the map, a shipped article, a date inside the time control's span. */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { timelineSpan } from '../../core/timeline/playback.ts';
import type { UrlStateContext } from '../../core/share/urlState.ts';

export function linkContext(atlas: AtlasState): UrlStateContext {
  const span = timelineSpan(atlas.index.dateRange());
  return {
    isKnownCountry: (code) => atlas.mapped.has(code),
    isKnownArticle: (id) => atlas.bundle.articles.some((article) => article.id === id),
    firstDate: span.first,
    lastDate: span.last,
  };
}
