/** The UTF-8 check that names the first bad byte agrees with the WHATWG decoder on every input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8Offset } from '../../src/pipeline/readInput.ts';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('invalidUtf8Offset', () => {
  it('finds no error in valid text and the offset of the first bad byte otherwise', () => {
    expect(invalidUtf8Offset(new TextEncoder().encode('أستانا — Astana 🗺'))).toBe(-1);
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(invalidUtf8Offset(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(invalidUtf8Offset(Uint8Array.from([0x61, 0xd8]))).toBe(1); // cut short
  });

  it('agrees with TextDecoder, and the bytes before the offset decode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const offset = invalidUtf8Offset(bytes);
        expect(offset === -1).toBe(decodes(bytes));
        if (offset !== -1) expect(decodes(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(invalidUtf8Offset(new TextEncoder().encode(text))).toBe(-1);
      }),
    );
  });
});
