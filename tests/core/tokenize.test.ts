/**
 * Words are runs of letters, marks and digits, and a change of script ends one: the tokenizer classifies each
 * character once instead of matching a Unicode-property pattern, and must split exactly as that pattern does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/article/tokenize.ts';

const PATTERN = /(?:(?=\p{Script=Arabic})[\p{L}\p{M}\p{N}])+|(?:(?!\p{Script=Arabic})[\p{L}\p{M}\p{N}])+/gu;
const byPattern = (text: string) =>
  [...text.matchAll(PATTERN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

describe('tokenize', () => {
  it('splits Arabic, Latin and mixed words', () => {
    expect(tokenize('زار وSCO قطر-2024').map((w) => w.text)).toEqual(['زار', 'و', 'SCO', 'قطر', '2024']);
  });

  it('splits every character as the Unicode-property pattern does, between an Arabic and a Latin letter', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const text = `${char}a${char}ب${char}`;
      const words = tokenize(text);
      // Only the first difference is reported: a loop of a million expects would be slow.
      if (JSON.stringify(words) !== JSON.stringify(byPattern(text)))
        expect(words, `U+${code.toString(16)}`).toEqual(byPattern(text));
    }
  });

  it('splits any text as the pattern does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(tokenize(text)).toEqual(byPattern(text));
      }),
    );
  });
});
