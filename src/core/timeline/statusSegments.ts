/** A country's statuses in one organisation as segments of a bar over the timeline's span (fractions 0–1). */
import type { Chair, IsoDate, Status, StatusPeriod } from '../model/types.ts';
import { daysBetween, type TimelineSpan } from './playback.ts';

export interface Segment {
  /** Where the segment starts and how long it is, as fractions of the span. */
  start: number;
  length: number;
  from: IsoDate;
  /** Absent while the period is open. */
  until?: IsoDate;
}

export interface StatusSegment extends Segment {
  status: Status;
  period: StatusPeriod;
}

export function positionIn(span: TimelineSpan, date: IsoDate): number {
  const total = daysBetween(span.first, span.last);
  return total > 0 ? Math.min(1, Math.max(0, daysBetween(span.first, date) / total)) : 0;
}

function segment(span: TimelineSpan, from: IsoDate, until: IsoDate | undefined): Segment {
  const start = positionIn(span, from);
  return { start, length: positionIn(span, until ?? span.last) - start, from, ...(until ? { until } : {}) };
}

export function statusSegments(span: TimelineSpan, history: readonly StatusPeriod[]): StatusSegment[] {
  return history.map((period) => ({
    ...segment(span, period.from, period.until),
    status: period.status,
    period,
  }));
}

export function chairSegments(span: TimelineSpan, chairs: readonly Chair[]): (Segment & { chair: Chair })[] {
  return chairs.map((chair) => ({ ...segment(span, chair.from, chair.until), chair }));
}
