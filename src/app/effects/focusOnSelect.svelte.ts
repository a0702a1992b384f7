/** A country chosen after the page opened takes focus to its panel; one from the link leaves focus alone. */
import { untrack } from 'svelte';
import type { AtlasState } from '../state/atlasState.svelte.ts';

export interface FocusOnSelectOptions {
  /** Moves focus into the country panel. */
  focusPanel: () => void;
  /** Inside an iframe, only when the reader is already in it: a host's `select` must not steal the page's focus. */
  embedded: boolean;
}

export function focusPanelOnSelect(
  atlas: AtlasState,
  { focusPanel, embedded }: FocusOnSelectOptions,
): () => void {
  let shownBefore = untrack(() => atlas.selected);
  return $effect.root(() => {
    $effect(() => {
      const selected = atlas.selected;
      const mayFocus = !embedded || document.hasFocus();
      // Focus waits until the panel has been painted: moving it lays out the whole page, which would otherwise
      // hold back the panel's first frame.
      if (selected && selected !== shownBefore && mayFocus)
        requestAnimationFrame(() => setTimeout(focusPanel));
      shownBefore = selected;
    });
  });
}
