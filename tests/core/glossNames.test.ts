import { describe, expect, it } from 'vitest';
import { glossNameSpans } from '../../src/core/article/glossNames.ts';
import { highlightSegments } from '../../src/core/article/highlightSegments.ts';

describe('country names in an English gloss', () => {
  const names = new Map([
    ['KAZ', ['Kazakhstan', 'Astana']],
    ['IND', ['India']],
  ]);

  it('finds each whole-word name with its country, longest first where names overlap', () => {
    const gloss = 'Astana hosts the summit; Kazakhstan chairs it, with India (not Indiana).';
    const marked = highlightSegments(gloss, glossNameSpans(gloss, names)).filter((s) => s.highlighted);
    expect(marked.map((s) => [s.text, s.key])).toEqual([
      ['Astana', 'KAZ'],
      ['Kazakhstan', 'KAZ'],
      ['India', 'IND'],
    ]);
  });

  it('treats names as text, not patterns', () => {
    expect(glossNameSpans('a (b) c', new Map([['X', ['(b)']]]))).toEqual([{ start: 2, end: 5, key: 'X' }]);
    expect(glossNameSpans('anything', new Map([['X', ['.*']]]))).toEqual([]);
  });
});
