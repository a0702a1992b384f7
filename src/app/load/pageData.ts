/**
 * The JSON a built page carries for `url` (see `src/pipeline/build/pageData.ts`), or undefined where the page has
 * no block for it or the block does not parse: the caller then fetches the file. A block is read once and removed,
 * so its text does not stay in the document beside the parsed value.
 */
export function takePageData(url: string): unknown {
  for (const block of document.querySelectorAll<HTMLScriptElement>(
    'script[type="application/json"][data-src]',
  )) {
    if (new URL(block.dataset.src ?? '', document.baseURI).href !== url) continue;
    block.remove();
    try {
      return JSON.parse(block.textContent ?? '');
    } catch {
      return undefined;
    }
  }
  return undefined;
}
