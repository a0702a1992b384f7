/**
 * The reader's settings as URL query parameters (format version 1, documented in the README).
 * Only values that differ from the defaults are written; anything unknown or malformed is ignored and reported,
 * never thrown. The map view lives in the hash (`#zoom/lat/lng`), which MapLibre manages.
 */
import { ORG_VIEWS, type OrgView } from '../model/categories.ts';
import { isIsoDate } from '../model/dates.ts';
import { isSnapshotId, type IsoDate, type Iso3, type SnapshotId } from '../model/types.ts';
import { LANGS, type Lang } from '../i18n/strings.ts';

export const URL_STATE_VERSION = 1;
const MAX_VALUE_LENGTH = 64;
/** A link can carry thousands of junk parameters; a reader needs to hear about a few, once each. */
const MAX_IGNORED = 8;

export interface UrlState {
  org: OrgView;
  /** A snapshot id or an ISO date. */
  date: SnapshotId | IsoDate;
  country: Iso3 | null;
  /** The shipped article shown, by its id (`article=<id>`); absent where the atlas ships one article. */
  article?: string;
  lang: Lang;
  embed: boolean;
  /** Embed options: show the title, the legend and the controls. */
  title: boolean;
  legend: boolean;
  controls: boolean;
}

export interface UrlStateContext {
  isKnownCountry(code: Iso3): boolean;
  isKnownArticle?(id: string): boolean;
  firstDate: IsoDate;
  lastDate: IsoDate;
}

export interface ParsedUrlState {
  state: Partial<UrlState>;
  /** Parameter names whose values were ignored. */
  ignored: string[];
}

/** ASCII only: `toUpperCase` would turn look-alikes such as the dotless `ı` of `ırn` into a real code. */
const ISO3_LETTERS = /^[A-Za-z]{3}$/;

/**
 * Parameters that belong to the embed rather than to the reader's view: the origin allow-list, embed mode, and the
 * ones NPR's pym.js adds to every child URL. The atlas keeps them when it rewrites its link, so a reload or a
 * back/forward restore runs under the same trust as the first load.
 */
export const EMBED_PARAMS = [
  'origins',
  'embed',
  'childId',
  'initialWidth',
  'parentTitle',
  'parentUrl',
] as const;
const READ_ELSEWHERE = new Set<string>(EMBED_PARAMS.filter((name) => name !== 'embed'));

/**
 * Parameters that campaign tools, newsletters and social sites add to shared links. They say nothing to the atlas
 * and are no mistake of the reader's, so they are ignored without a notice.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'si',
]);

/** `utm_source`, `utm_medium`… and the like; a fixed list for the rest. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
}

function parseFlag(value: string): boolean | undefined {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return undefined;
}

type Parser = (value: string, context: UrlStateContext) => Partial<UrlState> | undefined;

const PARSERS: Record<string, Parser> = {
  v: (value) => (value === String(URL_STATE_VERSION) ? {} : undefined),
  org: (value) => {
    const org = ORG_VIEWS.find((o) => o.toLowerCase() === value.toLowerCase());
    return org ? { org } : undefined;
  },
  date: (value, context) => {
    if (isSnapshotId(value)) return { date: value };
    if (isIsoDate(value) && value >= context.firstDate && value <= context.lastDate) return { date: value };
    return undefined;
  },
  country: (value, context) => {
    const code = value.toUpperCase();
    return ISO3_LETTERS.test(value) && context.isKnownCountry(code) ? { country: code } : undefined;
  },
  article: (value, context) =>
    /^[a-z0-9-]+$/.test(value) && context.isKnownArticle?.(value) ? { article: value } : undefined,
  lang: (value) => (LANGS.includes(value as Lang) ? { lang: value as Lang } : undefined),
  embed: (value) => flagState('embed', value),
  title: (value) => flagState('title', value),
  legend: (value) => flagState('legend', value),
  controls: (value) => flagState('controls', value),
};

function flagState(
  key: 'embed' | 'title' | 'legend' | 'controls',
  value: string,
): Partial<UrlState> | undefined {
  const flag = parseFlag(value);
  return flag === undefined ? undefined : { [key]: flag };
}

/**
 * A parameter name as a notice may show it: short, and with control and formatting characters (bidi overrides,
 * zero-width joiners) replaced, so a crafted name cannot reorder or hide the text around it.
 */
export function printableName(name: string): string {
  const short = Array.from(name).slice(0, MAX_VALUE_LENGTH).join('');
  return short.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '\uFFFD');
}

/** Reads a query string (with or without `?`). Never throws; ignored names are unique, few and printable. */
export function parseUrlState(search: string, context: UrlStateContext): ParsedUrlState {
  const state: Partial<UrlState> = {};
  const ignored = new Set<string>();
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  for (const [name, value] of params) {
    if (READ_ELSEWHERE.has(name) || isTrackingParam(name)) continue;
    const parser = Object.hasOwn(PARSERS, name) ? PARSERS[name] : undefined;
    const parsed = parser && value.length <= MAX_VALUE_LENGTH ? parser(value.trim(), context) : undefined;
    if (parsed) Object.assign(state, parsed);
    else if (ignored.size < MAX_IGNORED) ignored.add(printableName(name));
  }
  return { state, ignored: [...ignored] };
}

/** The embed's own parameters in a query string, each once, as written (see `EMBED_PARAMS`). */
export function embedParams(search: string): [string, string][] {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  return EMBED_PARAMS.flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
}

/**
 * Writes the query string for `state`: only values that differ from `defaults`, in a stable order, followed by the
 * embed's parameters of the original link (`kept`, from `embedParams`) unchanged.
 */
export function serializeUrlState(
  state: UrlState,
  defaults: UrlState,
  kept: readonly [string, string][] = [],
): string {
  const params = new URLSearchParams();
  if (state.org !== defaults.org) params.set('org', state.org.toLowerCase());
  if (state.date !== defaults.date) params.set('date', state.date);
  if (state.country && state.country !== defaults.country) params.set('country', state.country);
  if (state.article && state.article !== defaults.article) params.set('article', state.article);
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  const keptNames = new Set(kept.map(([name]) => name));
  for (const key of ['embed', 'title', 'legend', 'controls'] as const) {
    if (state[key] !== defaults[key] && !keptNames.has(key)) params.set(key, state[key] ? '1' : '0');
  }
  for (const [name, value] of kept) params.set(name, value);
  if ([...params.keys()].length === 0) return '';
  return `?v=${URL_STATE_VERSION}&${params.toString()}`;
}

/** MapLibre's hash: `#zoom/lat/lng`, optionally `/bearing/pitch`. */
const MAP_HASH = /^#(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)(?:\/(-?\d+(?:\.\d+)?)){0,2}$/;

/** The view a valid `#zoom/lat/lng` names (bearing and pitch left out: the atlas never turns or tilts), or null. */
export function viewFromMapHash(hash: string): { zoom: number; lat: number; lng: number } | null {
  if (hash === '' || hash === '#' || !isValidMapHash(hash)) return null;
  const [zoom, lat, lng] = MAP_HASH.exec(hash)!.slice(1, 4).map(Number) as [number, number, number];
  return { zoom, lat, lng };
}

/** Whether a location hash is empty or a map view MapLibre can show; anything else it would drop silently. */
export function isValidMapHash(hash: string): boolean {
  if (hash === '' || hash === '#') return true;
  const match = MAP_HASH.exec(hash);
  if (!match) return false;
  const [zoom, lat, lng] = match.slice(1, 4).map(Number) as [number, number, number];
  return zoom >= 0 && zoom <= 24 && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}
