/**
 * The Content-Security-Policy the app is built to run under, as one structured object from which the HTTP header
 * (test server, preview, host configurations) and the `<meta>` tag in index.html are both written.
 *
 * Scripts come only from the app's own origin, never inline or evaluated. MapLibre's worker is a same-origin
 * module file; in a sandboxed iframe without `allow-same-origin` (an opaque origin) MapLibre starts the same script
 * from a `data:` URL, and it decodes images through `blob:` URLs — those are the only other sources the worker
 * needs. Styles allow inline attributes because Svelte and MapLibre position elements with style attributes.
 */

export type Directives = Readonly<Record<string, readonly string[]>>;

export interface Policy {
  readonly directives: Directives;
}

const BASE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:', 'data:'],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Directives a `<meta http-equiv>` policy cannot carry (CSP Level 3, §3.3): the browser ignores them there. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The documented default: the atlas is made to be embedded, so any site may frame it. */
export const ANY_EMBEDDER: readonly string[] = ['*'];

/**
 * One `frame-ancestors` source: `'self'`, `'none'`, `*`, a scheme (`https:`) or a host source such as
 * `https://news.example` or `https://*.example.org:8443`. Anything else (a path, a quote, a keyword) is refused.
 */
const FRAME_ANCESTOR_SOURCE =
  /^(?:'self'|'none'|\*|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)$/i;

/**
 * Reads which sites may embed the atlas from a space-separated list (the `ATLAS_FRAME_ANCESTORS` build setting);
 * an empty or missing value keeps the default (any site).
 */
export function parseFrameAncestors(value: string | undefined, name = 'ATLAS_FRAME_ANCESTORS'): string[] {
  const sources = (value ?? '').trim().split(/\s+/).filter(Boolean);
  if (sources.length === 0) return [...ANY_EMBEDDER];
  const invalid = sources.filter((source) => !FRAME_ANCESTOR_SOURCE.test(source));
  if (invalid.length > 0)
    throw new Error(
      `${name}: ${invalid.map((source) => JSON.stringify(source)).join(', ')} is not a frame-ancestors source ` +
        `(expected 'self', 'none', *, a scheme like https: or an origin like https://news.example)`,
    );
  if (sources.includes("'none'") && sources.length > 1)
    throw new Error(`${name}: 'none' cannot be combined with other sources`);
  return sources;
}

export function atlasPolicy(frameAncestors: readonly string[] = ANY_EMBEDDER): Policy {
  return { directives: { ...BASE_DIRECTIVES, 'frame-ancestors': [...frameAncestors] } };
}

function serialize(directives: Directives, keep: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => keep(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy as a `Content-Security-Policy` response header: every directive. */
export function policyHeader(policy: Policy): string {
  return serialize(policy.directives, () => true);
}

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`: every directive a meta tag carries. */
export function policyMeta(policy: Policy): string {
  return serialize(policy.directives, (name) => !HEADER_ONLY_DIRECTIVES.includes(name));
}

/** The policy with its defaults (any site may embed the atlas), as a header. */
export const CONTENT_SECURITY_POLICY = policyHeader(atlasPolicy());
