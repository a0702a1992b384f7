/**
 * What the page's link asks for, read once: the language (before the data has loaded), the reader's settings, and
 * the parameters an embedding host adds. `writeUrl.svelte.ts` keeps the link up to date afterwards.
 */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { isValidMapHash, parseUrlState, printableName, type UrlState } from '../../core/share/urlState.ts';
import { fill } from '../../core/i18n/strings.ts';
import { parseAllowedOrigins, type AllowedOrigins } from '../../core/share/protocol.ts';
import { linkContext } from './linkContext.ts';

/**
 * Applies the settings of the link to the state and tells the reader, in one notice, about any it ignored (an
 * invalid `#zoom/lat/lng` included: MapLibre would drop it silently). Inside an iframe the atlas takes its embed
 * layout unless the link says `embed=0`.
 */
export function readUrlState(
  atlas: AtlasState,
  { search, hash }: { search: string; hash: string },
  { embedded }: { embedded: boolean },
) {
  const parsed = parseUrlState(search, linkContext(atlas));
  atlas.applyUrlState(parsed.state);
  const ignored = [...parsed.ignored];
  if (!isValidMapHash(hash)) ignored.push('#zoom/lat/lng');
  if (ignored.length > 0) atlas.notify(fill(atlas.t.ignoredParams, { names: ignored.join(', ') }));
  if (embedded && parsed.state.embed !== false) atlas.applyUrlState({ embed: true });
}

/** The settings a link leaves out: the state before the link was read, with no country chosen. */
export function defaultUrlState(atlas: AtlasState): UrlState {
  return { ...atlas.toUrlState(), country: null };
}

/**
 * What an embedding host puts in the link: its origin allow-list (with the entries that are not origins, for a
 * notice) and, with pym.js, the child id.
 */
export function hostLinkParams(search: string): {
  allowedOrigins: AllowedOrigins;
  rejectedOrigins: string[];
  pymChildId: string | null;
} {
  const params = new URLSearchParams(search);
  const origins = parseAllowedOrigins(params.get('origins'));
  return {
    allowedOrigins: origins.allowed,
    rejectedOrigins: origins.rejected.slice(0, 4).map(printableName),
    // Word characters and dashes, at most 64: the id goes back into every message to the host.
    pymChildId:
      params
        .get('childId')
        ?.replace(/[^\w-]/g, '')
        .slice(0, 64) || null,
  };
}
