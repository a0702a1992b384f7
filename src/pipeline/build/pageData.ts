/**
 * Writes the first view's data and geometry into index.html, each as a JSON block naming the file it copies
 * (`<script type="application/json" data-src="./assets/atlas-data-….json">`). Over a phone connection every request
 * waits a round trip before its bytes come: fetched, the files waited for theirs after the page's own; in the page,
 * their bytes arrive while the app's script and styles wait for theirs. The geometry the page carries is the first
 * view's sketch (`firstViewSketchPlugin.ts`), a third of the whole, which the app fetches while the early map is
 * drawn. The files are still built, for the app to fetch where a page lacks the blocks (the development server, a
 * host that rewrote the page), and for others to read. A block is a data block, never run, so the page's policy
 * (`script-src 'self'`) is unchanged; `<` is written as `\u003c`, so no text in the data can end the block. The
 * build check (`distCheck.ts`) requires each block to equal the file it names.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The files written into the page: the data, then the first view's geometry. */
const PAGE_DATA_FILES = [/^assets\/atlas-data-[\w-]+\.json$/, /^assets\/countries\.sketch-[\w-]+\.json$/];

/** Every JSON block in a built page: the file it names (`data-src`) and its text. */
export const PAGE_DATA_BLOCK = /<script type="application\/json" data-src="([^"]+)">([\s\S]*?)<\/script>/g;

/** The blocks of a built page, each with the file it names as written in the page and its text. */
export function pageDataBlocks(html: string): { src: string; text: string }[] {
  return [...html.matchAll(PAGE_DATA_BLOCK)].map(([, src = '', text = '']) => ({ src, text }));
}

/** A JSON file's text as it stands in the page's block. */
export function blockText(json: string): string {
  return json.replace(/</g, '\\u003c');
}

export function pageData(): Plugin {
  return {
    name: 'atlas-page-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        return PAGE_DATA_FILES.map((pattern): HtmlTagDescriptor => {
          const asset = Object.values(bundle).find((file) => pattern.test(file.fileName));
          if (asset?.type !== 'asset') throw new Error(`pageData: no asset matches ${pattern}`);
          const json =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          return {
            tag: 'script',
            attrs: { type: 'application/json', 'data-src': `./${asset.fileName}` },
            children: blockText(json),
            injectTo: 'body',
          };
        });
      },
    },
  };
}
