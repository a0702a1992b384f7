/**
 * The Content-Security-Policy the app is built to run under. Scripts come only from the app's own origin, never
 * inline or evaluated. MapLibre's worker is a same-origin module file; in a sandboxed iframe without
 * `allow-same-origin` (an opaque origin) MapLibre starts the same script from a `data:` URL, and it decodes
 * images through `blob:` URLs — those are the only other sources the worker needs.
 * Styles allow inline attributes because Svelte and MapLibre position elements with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob: data:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
