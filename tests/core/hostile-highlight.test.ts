/**
 * Highlights are cut from match offsets and rendered as text, so no line — whatever it contains — and no offsets —
 * however wrong — can turn into markup, lose text or repeat it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightSegments, type Span } from '../../src/core/article/highlightSegments.ts';
import { hostileString, SCRIPT_PAYLOADS } from '../support/hostileInput.ts';

const line = fc.oneof(
  hostileString,
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom(...SCRIPT_PAYLOADS),
);
const integerSpan = fc.record(
  { start: fc.integer({ min: -5, max: 130 }), end: fc.integer({ min: -5, max: 130 }), key: fc.string() },
  { requiredKeys: ['start', 'end'] },
);
const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 130 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0),
);
const wildSpan = fc.record({ start: anyNumber, end: anyNumber });

describe('highlighting a line', () => {
  it('gives back exactly the line, in order, in non-empty runs, for any offsets', () => {
    fc.assert(
      fc.property(line, fc.array(integerSpan, { maxLength: 12 }), (text, spans) => {
        const segments = highlightSegments(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const segment of segments) expect(segment.text.length).toBeGreaterThan(0);
        segments.forEach((segment, i) => {
          if (i > 0 && !segment.highlighted) expect(segments[i - 1]?.highlighted).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('highlights only runs that a given span covers exactly, each once', () => {
    fc.assert(
      fc.property(line, fc.array(integerSpan, { maxLength: 12 }), (text, spans) => {
        let offset = 0;
        const used = new Set<Span>();
        for (const segment of highlightSegments(text, spans)) {
          if (segment.highlighted) {
            const span = spans.find(
              (s) =>
                !used.has(s) &&
                s.start === offset &&
                s.end === offset + segment.text.length &&
                s.key === segment.key,
            );
            expect(span, `no span covers ${offset}–${offset + segment.text.length}`).toBeDefined();
            used.add(span!);
          }
          offset += segment.text.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on offsets that are fractions, infinite or not numbers', () => {
    fc.assert(
      fc.property(line, fc.array(wildSpan, { maxLength: 8 }), (text, spans) => {
        const segments = highlightSegments(text, spans);
        expect(segments.every((s) => typeof s.text === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a script payload as the very characters it is made of', () => {
    for (const payload of SCRIPT_PAYLOADS) {
      const segments = highlightSegments(payload, [
        { start: 0, end: Math.min(5, payload.length), key: 'KAZ' },
      ]);
      expect(segments.map((s) => s.text).join('')).toBe(payload);
    }
  });
});
