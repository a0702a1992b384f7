/**
 * A sandboxed iframe without `allow-same-origin` gives the document an opaque origin: it cannot rewrite its own
 * URL, so the atlas then keeps its state out of the URL. (MapLibre starts its worker from a blob by itself there,
 * which the CSP's `worker-src blob:` allows.)
 */
export function canRewriteUrl(): boolean {
  try {
    history.replaceState(history.state, '', location.href);
    return true;
  } catch {
    return false;
  }
}
