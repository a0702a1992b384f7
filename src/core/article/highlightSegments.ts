/**
 * Splits a line into plain and highlighted runs from match offsets, so highlights are rendered as text nodes —
 * never by building HTML from the article or any other input.
 */
export interface Span {
  start: number;
  end: number;
  /** What the highlight stands for (e.g. the ISO3 code of the country named). */
  key?: string;
}

export interface Segment {
  text: string;
  key?: string;
  highlighted: boolean;
}

export function highlightSegments(line: string, spans: readonly Span[]): Segment[] {
  const ordered = [...spans]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end))
    .filter((s) => s.start >= 0 && s.end <= line.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of ordered) {
    if (span.start < cursor) continue; // overlapping matches: the first, longest one wins
    if (span.start > cursor) segments.push({ text: line.slice(cursor, span.start), highlighted: false });
    segments.push({ text: line.slice(span.start, span.end), key: span.key, highlighted: true });
    cursor = span.end;
  }
  if (cursor < line.length) segments.push({ text: line.slice(cursor), highlighted: false });
  return segments;
}
