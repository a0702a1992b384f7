/**
 * The postMessage API between an embedded atlas and its host page (version 1, documented in the README).
 * Every incoming message is checked for shape, types and known values; anything else is ignored.
 * Nothing received is ever evaluated or inserted as markup.
 */
import { ORG_VIEWS, type OrgView } from '../model/categories.ts';
import { isSnapshotId, type IsoDate, type Iso3, type SnapshotId } from '../model/types.ts';
import { LANGS, type Lang } from '../i18n/strings.ts';
import { isIsoDate } from '../model/dates.ts';

export const PROTOCOL = 'sco-cica-atlas';
export const PROTOCOL_VERSION = 1;
/** Messages larger than this (as JSON) are ignored unread. */
export const MAX_MESSAGE_BYTES = 2048;

export type HostCommand =
  | { type: 'select'; country: Iso3 | null }
  | { type: 'setOrg'; org: OrgView }
  | { type: 'setDate'; date: SnapshotId | IsoDate }
  | { type: 'setLang'; lang: Lang }
  | { type: 'resetView' };

export type EmbedEvent =
  | { type: 'ready'; version: number }
  | { type: 'countrySelected'; country: Iso3 | null }
  | { type: 'viewChanged'; zoom: number; lat: number; lng: number }
  | { type: 'height'; height: number };

export interface CommandContext {
  isKnownCountry(code: Iso3): boolean;
  firstDate: string;
  lastDate: string;
}

export type ParseResult = { ok: true; command: HostCommand } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? Infinity;
  } catch {
    return Infinity;
  }
}

/**
 * Reads one message from a host. Messages that are not ours (other libraries share the channel) return
 * `null`; ours that are malformed return a reason, so the atlas can show a notice.
 */
export function parseHostMessage(data: unknown, context: CommandContext): ParseResult | null {
  if (!isPlainObject(data) || data.source !== PROTOCOL || data.direction === 'atlas-to-host') return null;
  if (sizeOf(data) > MAX_MESSAGE_BYTES) return { ok: false, reason: 'message too large' };
  if (data.version !== PROTOCOL_VERSION) return { ok: false, reason: 'unsupported version' };
  const { type } = data;
  switch (type) {
    case 'select': {
      if (data.country === null) return { ok: true, command: { type, country: null } };
      // ASCII only: `toUpperCase` would turn look-alikes such as the dotless `ı` of `ırn` into a real code.
      const code =
        typeof data.country === 'string' && /^[A-Za-z]{3}$/.test(data.country)
          ? data.country.toUpperCase()
          : '';
      return code !== '' && context.isKnownCountry(code)
        ? { ok: true, command: { type, country: code } }
        : { ok: false, reason: 'unknown country' };
    }
    case 'setOrg': {
      const org = ORG_VIEWS.find(
        (o) => typeof data.org === 'string' && o.toLowerCase() === data.org.toLowerCase(),
      );
      return org ? { ok: true, command: { type, org } } : { ok: false, reason: 'unknown organisation' };
    }
    case 'setDate': {
      const { date } = data;
      const valid =
        isSnapshotId(date) ||
        (typeof date === 'string' &&
          isIsoDate(date) &&
          date >= context.firstDate &&
          date <= context.lastDate);
      return valid
        ? { ok: true, command: { type, date: date as string } }
        : { ok: false, reason: 'invalid date' };
    }
    case 'setLang':
      return LANGS.includes(data.lang as Lang)
        ? { ok: true, command: { type, lang: data.lang as Lang } }
        : { ok: false, reason: 'unknown language' };
    case 'resetView':
      return { ok: true, command: { type } };
    default:
      return { ok: false, reason: 'unknown message type' };
  }
}

/** The envelope every message from the atlas carries. */
export function atlasMessage(event: EmbedEvent) {
  return { source: PROTOCOL, version: PROTOCOL_VERSION, direction: 'atlas-to-host', ...event };
}

/** Height in the formats newsroom pages already understand: AMP's `embed-size` and NPR's pym.js. */
export function heightMessages(height: number, pymChildId: string | null): unknown[] {
  const messages: unknown[] = [
    atlasMessage({ type: 'height', height }),
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (pymChildId) messages.push(`pymxPYMx${pymChildId}xPYMxheightxPYMx${height}`);
  return messages;
}

/** The value of `origins=` that lets every origin talk to the embed; it has to be written out to mean that. */
export const ANY_ORIGIN = '*';

/** Who may talk to the embed: `'any'`, or exactly these origins (none at all when the list named no valid one). */
export type AllowedOrigins = 'any' | readonly string[];

export interface ParsedOrigins {
  allowed: AllowedOrigins;
  /** Entries that are not an `http(s)://host[:port]` origin, as written (for a notice). */
  rejected: string[];
}

function originOf(entry: string): string | null {
  try {
    const url = new URL(entry);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // Only an origin, as a browser reports it: a path, query or credentials would be a different value.
    return entry === url.origin || entry === `${url.origin}/` ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Parses an origin allow-list (`origins=https://a.example,https://b.example`). It fails closed: a list whose entries
 * are all invalid allows nobody. Without the parameter, or with exactly `*`, every origin is allowed.
 */
export function parseAllowedOrigins(value: string | null): ParsedOrigins {
  if (value === null) return { allowed: 'any', rejected: [] };
  if (value.trim() === ANY_ORIGIN) return { allowed: 'any', rejected: [] };
  const allowed: string[] = [];
  const rejected: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    const origin = originOf(entry);
    if (origin === null) rejected.push(entry);
    else if (!allowed.includes(origin)) allowed.push(origin);
  }
  return { allowed, rejected };
}

/** Whether a message from `origin` may be heard under `allowed`. */
export function isAllowedOrigin(allowed: AllowedOrigins, origin: string): boolean {
  return allowed === 'any' || allowed.includes(origin);
}
