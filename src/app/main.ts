/**
 * The entry point, kept small so it runs as soon as it arrives: it opens the GPU connection the map will wait for
 * while the app's code and fonts are still on their way (index.html preloads them, and carries the data and the
 * first view's geometry itself; see `src/pipeline/build/firstViewPreloads.ts` and `pageData.ts`), has MapLibre
 * requested (see `load/mapDownload.ts`), makes the reader's date formats while it waits, then starts the app, whose
 * first view is one chunk (see `src/pipeline/build/firstViewChunk.ts`).
 */
import { warmUpGpu } from './load/warmUpGpu.ts';
import { startMapDownload } from './load/mapDownload.ts';
import { languageFromLink } from './effects/linkLanguage.ts';
import { prepareDateFormats } from '../core/i18n/dateFormats.ts';

// The bundler keeps what this script shares with the lazy chunks (the map download, the bundler's preload helper) in
// its chunk, so that they cost no request of their own, and those chunks import it. Loaded that way into a page
// that is not the atlas (the benchmark times the article matcher in a blank page), it starts nothing. Not awaited
// at the top level either: a chunk with a top-level await is one the bundler will not let others import from.
const target = document.getElementById('app');
if (target) {
  warmUpGpu();
  startMapDownload();
  void import('./startApp.ts').then(({ startApp }) => startApp(target));
  prepareDateFormats(languageFromLink(location.search, navigator.languages));
}
