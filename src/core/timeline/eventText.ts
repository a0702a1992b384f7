/** An event of the list told in words: what happened, and to whom. */
import { fill, type Lang } from '../i18n/strings.ts';
import type { AtlasEvent } from '../model/events.ts';
import type { Iso3, Status } from '../model/types.ts';
import type { TimelineStrings } from './strings.ts';

export interface EventTextContext {
  lang: Lang;
  t: TimelineStrings;
  /** Status names as they open a sentence ("Observer"). */
  statusName: Record<Status, string>;
  name: (code: Iso3) => string;
}

export interface EventText {
  /** What happened: "Joined as member", "Observer → Member", "Chair renewed", "Summit in Astana". */
  what: string;
  /** The countries concerned, as a list a reader says aloud. */
  who: string;
}

export function eventText(event: AtlasEvent, context: EventTextContext): EventText {
  const { t, statusName, name } = context;
  const who = listOf(event.countries.map(name), context.lang);
  switch (event.kind) {
    case 'joined':
      return { what: fill(t.joined, { status: t.statusInline[event.status ?? 'member'] }), who };
    case 'left':
      return { what: fill(t.left, { status: t.statusInline[event.status ?? 'member'] }), who };
    case 'status_changed':
      return {
        what: `${event.previousStatus ? statusName[event.previousStatus] : '?'} ${t.arrow} ${statusName[event.status ?? 'member']}`,
        who,
      };
    case 'chair_handover':
      return {
        what: t.newChair,
        who: event.previousChair ? `${name(event.previousChair)} ${t.arrow} ${who}` : who,
      };
    case 'chair_renewed':
      return { what: t.chairRenewed, who };
    case 'summit':
      return { what: fill(t.summit, { place: event.place?.[context.lang] ?? '' }), who };
  }
}

/** A stable key for an event in lists and URLs of tests. */
export function eventKey(event: AtlasEvent): string {
  return [
    event.date,
    event.org,
    event.kind,
    event.previousStatus ?? '',
    event.status ?? '',
    event.countries.join('+'),
  ].join('|');
}

const listFormats = new Map<Lang, Intl.ListFormat>();

function listOf(names: string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(names);
}
