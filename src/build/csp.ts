/**
 * The Content-Security-Policy the app is built to run under. MapLibre needs nothing beyond the page's own origin:
 * its worker is a same-origin module file, and `blob:` covers the images it decodes off the main thread.
 * Styles allow inline attributes because Svelte and MapLibre position elements with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
