import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/core/article/highlightSegments.ts';

describe('highlightSegments', () => {
  const line = 'وتضم الصين وكازاخستان وروسيا';

  it('splits a line into plain and highlighted runs that join back into the line', () => {
    const segments = highlightSegments(line, [
      { start: 5, end: 10, key: 'CHN' },
      { start: 11, end: 21, key: 'KAZ' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(line);
    expect(segments.filter((s) => s.highlighted).map((s) => [s.text, s.key])).toEqual([
      ['الصين', 'CHN'],
      ['وكازاخستان', 'KAZ'],
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const segments = highlightSegments('<img src=x onerror=alert(1)>', [{ start: 0, end: 4 }]);
    expect(segments[0]).toEqual({ text: '<img', key: undefined, highlighted: true });
  });

  it('drops spans that fall outside the line or overlap an earlier one', () => {
    const segments = highlightSegments('abcdef', [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
      { start: 4, end: 99 },
    ]);
    expect(segments).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcd', key: undefined, highlighted: true },
      { text: 'ef', highlighted: false },
    ]);
  });
});
