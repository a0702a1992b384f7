/** Inverts the mention index (country → lines) into line → spans, for reading the whole article. */
import type { MentionIndex } from '../model/types.ts';
import type { Span } from './highlightSegments.ts';

export function mentionsByLine(index: MentionIndex): Map<number, Span[]> {
  const byLine = new Map<number, Span[]>();
  for (const [country, lines] of Object.entries(index)) {
    for (const { line, matches } of lines) {
      const spans = byLine.get(line) ?? [];
      for (const { start, end } of matches) spans.push({ start, end, key: country });
      byLine.set(line, spans);
    }
  }
  return byLine;
}
