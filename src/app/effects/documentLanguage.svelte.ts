/** The document's language, direction and title follow the interface language. */
import type { AtlasState } from '../state/atlasState.svelte.ts';

export function syncDocumentLanguage(atlas: AtlasState, doc: Document = document): () => void {
  return $effect.root(() => {
    $effect(() => {
      doc.documentElement.lang = atlas.lang;
      doc.documentElement.dir = atlas.dir;
      doc.title = atlas.t.appTitle;
    });
  });
}
