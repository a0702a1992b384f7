/** Keeps the link in step with the reader's state (read once at start by `readUrl.ts`). */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import type { TimelineState } from '../state/timelineState.svelte.ts';
import { embedParams, serializeUrlState, type UrlState } from '../../core/share/urlState.ts';

/**
 * Keeps the query string in step with the state, leaving the path, the map's hash and the embed's own parameters
 * (origin allow-list, pym.js, embed mode) as the link had them. Only where the document may rewrite its URL (see
 * `canRewriteUrl`).
 */
export function writeUrlState(
  atlas: AtlasState,
  timeline: TimelineState,
  { defaults }: { defaults: UrlState },
): () => void {
  const kept = embedParams(location.search);
  return $effect.root(() => {
    $effect(() => {
      // Playback would rewrite the URL every frame (browsers throttle that): write once it stops.
      if (timeline.playing) return;
      const search = serializeUrlState(atlas.toUrlState(), defaults, kept);
      if (search !== location.search)
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    });
  });
}
