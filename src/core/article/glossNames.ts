/**
 * Where an English gloss names a country: spans over each whole-word occurrence of any of the country's English
 * names, for highlighting with `highlightSegments`, so the gloss shows whose passage it is as the Arabic does.
 */
import type { Span } from './highlightSegments.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function glossNameSpans(gloss: string, names: ReadonlyMap<string, readonly string[]>): Span[] {
  const spans: Span[] = [];
  for (const [key, list] of names) {
    for (const name of list.filter((n) => n.trim().length > 1)) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu');
      for (const match of gloss.matchAll(pattern))
        spans.push({ start: match.index, end: match.index + match[0].length, key });
    }
  }
  return spans;
}
