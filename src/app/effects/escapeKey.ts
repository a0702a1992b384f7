/** Esc closes the country panel, unless a dialog over it takes the key (the dialog closes itself). */
import type { AtlasState } from '../state/atlasState.svelte.ts';

export function closePanelOnEscape(
  atlas: AtlasState,
  closePanel: () => void,
  target: Window = window,
): () => void {
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && atlas.selected && !atlas.anyOpen) closePanel();
  };
  target.addEventListener('keydown', onkeydown);
  return () => target.removeEventListener('keydown', onkeydown);
}
