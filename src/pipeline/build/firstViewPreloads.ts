/**
 * Names in index.html the files the first view needs, so the browser requests them with the page instead of a
 * round trip later, once the entry script has arrived and asked for them: the app's chunk and styles (loaded by the
 * entry script's dynamic import; one chunk, see firstViewChunk.ts) and the interface's regular Latin font, which the
 * early map's names and most of the text use. The data and the geometry come in the page itself (pageData.ts).
 * The semibold and bold weights are left to the text that uses them: preloaded, they shared the phone connection
 * with the early map's files and delayed it by about a fifth of a second.
 */
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

/** The module the entry script imports once its downloads have begun (see `src/app/main.ts`). */
export const APP_MODULE = /[\\/]src[\\/]app[\\/]startApp\.ts$/;
const FONT = /^assets\/noto-sans-arabic-latin-400-normal-[\w-]+\.woff2$/;

function staticGraph(bundle: Rollup.OutputBundle, root: Rollup.OutputChunk): Rollup.OutputChunk[] {
  const seen = new Map<string, Rollup.OutputChunk>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(root);
  return [...seen.values()];
}

const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
  tag: 'link',
  attrs,
  injectTo: 'head',
});

export function firstViewPreloads(): Plugin {
  return {
    name: 'atlas-first-view-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const files = Object.values(bundle);
        const app = files.find(
          (file): file is Rollup.OutputChunk =>
            file.type === 'chunk' && file.moduleIds.some((id) => APP_MODULE.test(id)),
        );
        if (!app) throw new Error('firstViewPreloads: no chunk is built from src/app/startApp.ts');
        const graph = staticGraph(bundle, app);
        // Vite names the entry's own imports already.
        const chunks = graph.filter((chunk) => !html.includes(chunk.fileName));
        const styles = new Set(
          graph
            .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])])
            .filter((file) => !html.includes(file)),
        );
        const fonts = files.filter((file) => FONT.test(file.fileName)).map((file) => file.fileName);
        if (fonts.length !== 1)
          throw new Error(`firstViewPreloads: expected one regular Latin font, found ${fonts.length}`);
        return [
          ...chunks.map((chunk) =>
            link({ rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }),
          ),
          ...[...styles].map((file) =>
            link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }),
          ),
          ...fonts.map((file) =>
            link({
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: 'anonymous',
              href: `./${file}`,
            }),
          ),
        ];
      },
    },
  };
}
