/** Keeps the link in step with the reader's state (read once at start by `readUrl.ts`). */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import type { TimelineState } from '../state/timelineState.svelte.ts';
import { embedParams, parseUrlState, serializeUrlState, type UrlState } from '../../core/share/urlState.ts';
import type { Iso3 } from '../../core/model/types.ts';
import { linkContext } from './linkContext.ts';

/**
 * Keeps the query string in step with the state, leaving the path, the map's hash and the embed's own parameters
 * (origin allow-list, pym.js, embed mode) as the link had them. Only where the document may rewrite its URL (see
 * `canRewriteUrl`). Choosing a country adds a history entry, so Back returns to the country chosen before (and then
 * to none); every other change rewrites the current entry.
 */
export function writeUrlState(
  atlas: AtlasState,
  timeline: TimelineState,
  { defaults }: { defaults: UrlState },
): () => void {
  const kept = embedParams(location.search);
  let written: Iso3 | null = atlas.selected;
  const onpopstate = () => {
    const country = parseUrlState(location.search, linkContext(atlas)).state.country ?? null;
    written = country;
    atlas.select(country);
  };
  addEventListener('popstate', onpopstate);
  const stop = $effect.root(() => {
    $effect(() => {
      // Playback would rewrite the URL every frame (browsers throttle that): write once it stops.
      if (timeline.playing) return;
      const search = serializeUrlState(atlas.toUrlState(), defaults, kept);
      const selected = atlas.selected;
      if (search === location.search) {
        written = selected;
        return;
      }
      const url = `${location.pathname}${search}${location.hash}`;
      if (selected !== written) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
      written = selected;
    });
  });
  return () => {
    removeEventListener('popstate', onpopstate);
    stop();
  };
}
