/**
 * While the pointer rests on a country, its panel is built out of sight, so that a click has only to show it. In
 * traces here, building a panel (its components, then laying out its text) was 35–45 ms of a click's 150–200 ms
 * without a GPU; shown, the panel needs no new layout. Built in an idle moment once the pointer has stayed on the
 * country, so that sweeping over the map builds nothing. A tap, with no hover before it, builds the panel as it opens.
 */
import { untrack } from 'svelte';
import type { Iso3 } from '../../core/model/types.ts';
import type { AtlasState } from '../state/atlasState.svelte.ts';

/** How long the pointer stays on a country before its panel is built. */
const REST_MS = 100;

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run);
  return () => clearTimeout(handle);
}

export class PreparedPanel {
  #country = $state<Iso3 | null>(null);

  /** The country whose panel is built out of sight, if any. */
  get country(): Iso3 | null {
    return this.#country;
  }

  constructor(atlas: AtlasState) {
    // A panel opened or closed starts afresh: the next country the pointer rests on.
    $effect(() => {
      void atlas.selected;
      untrack(() => (this.#country = null));
    });
    $effect(() => {
      const hovered = atlas.hovered;
      untrack(() => (this.#country = null));
      if (hovered === null || !atlas.mapped.has(hovered) || untrack(() => atlas.selected) !== null) return;
      let cancelIdle = () => {};
      const timer = setTimeout(() => (cancelIdle = whenIdle(() => (this.#country = hovered))), REST_MS);
      return () => {
        clearTimeout(timer);
        cancelIdle();
      };
    });
  }
}
