/**
 * What the page's link asks for, read once: the language (before the data has loaded), the reader's settings, and
 * the parameters an embedding host adds. `writeUrl.svelte.ts` keeps the link up to date afterwards.
 */
import type { AtlasState } from '../state/atlasState.svelte.ts';
import { parseUrlState, type UrlState } from '../../core/share/urlState.ts';
import { fill, type Lang } from '../../core/i18n/strings.ts';
import { parseAllowedOrigins } from '../../core/share/protocol.ts';
import { linkContext } from './linkContext.ts';

/** The language the link names, else the one the browser prefers: the loading screen speaks it already. */
export function languageFromLink(search: string, languages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'ar' || fromUrl === 'en') return fromUrl;
  return languages.some((l) => l.toLowerCase().startsWith('ar')) ? 'ar' : 'en';
}

/**
 * Applies the settings of the link to the state and tells the reader about any it ignored. Inside an iframe the
 * atlas takes its embed layout unless the link says `embed=0`.
 */
export function readUrlState(atlas: AtlasState, search: string, { embedded }: { embedded: boolean }) {
  const parsed = parseUrlState(search, linkContext(atlas));
  atlas.applyUrlState(parsed.state);
  for (const name of parsed.ignored) atlas.notify(fill(atlas.t.ignoredParam, { name }));
  if (embedded && parsed.state.embed !== false) atlas.applyUrlState({ embed: true });
}

/** The settings a link leaves out: the state before the link was read, with no country chosen. */
export function defaultUrlState(atlas: AtlasState): UrlState {
  return { ...atlas.toUrlState(), country: null };
}

/** What an embedding host puts in the link: its origin allow-list and, with pym.js, the child id. */
export function hostLinkParams(search: string): {
  allowedOrigins: string[] | null;
  pymChildId: string | null;
} {
  const params = new URLSearchParams(search);
  return {
    allowedOrigins: parseAllowedOrigins(params.get('origins')),
    // Word characters and dashes, at most 64: the id goes back into every message to the host.
    pymChildId:
      params
        .get('childId')
        ?.replace(/[^\w-]/g, '')
        .slice(0, 64) || null,
  };
}
