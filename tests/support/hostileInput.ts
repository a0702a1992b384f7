/**
 * What a hostile link, host page or data editor may send the atlas: markup and script payloads, oversized values and
 * Unicode tricks. Shared by the property tests (as fast-check arbitraries) and the browser tests (as plain lists).
 */
import fc from 'fast-check';

/** Payloads that would run script or add markup if anything were inserted as HTML or evaluated. */
export const SCRIPT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x id=pwned onerror=alert(1)>',
  "'><svg id=pwned onload=alert(1)>",
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '</textarea><iframe id=pwned srcdoc="<script>alert(1)</script>">',
  '__proto__',
  'constructor',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
] as const;

/** Characters that change how text is shown or compared without being visible. */
export const INVISIBLE = {
  rtlOverride: '\u202E',
  popDirectional: '\u202C',
  leftToRightMark: '\u200E',
  zeroWidthSpace: '\u200B',
  zeroWidthJoiner: '\u200D',
  byteOrderMark: '\uFEFF',
  nul: '\u0000',
  loneSurrogate: '\uD800',
} as const;

/**
 * Strings that look like (or upper-case to) a real value but are not one: mixed scripts, full-width letters,
 * the dotless ı that `toUpperCase` turns into I, combining marks, invisible characters inside a code.
 */
export const UNICODE_TRICKS = [
  '\u202EZAK',
  'K\u200BAZ',
  'KA\u200DZ',
  '\u0131rn',
  'KAZ\u0301',
  '\u041A\u0410Z', // Cyrillic К and А
  '\uFF2B\uFF21\uFF3A', // full-width KAZ
  'ＳＣＯ',
  'С\u0421О', // Cyrillic С
  '٢٠٢٤-٠٧-٠٤', // Arabic-Indic digits
  '2024\u20130704',
  'a\u0000r',
  'e\u200Dn',
  '\uD800\uDC00\uD800',
] as const;

/** Codes that have the right shape but mean nothing here. */
export const UNKNOWN_CODES = [
  'XXX',
  'ZZZ',
  'NATO',
  'sco2',
  'fr',
  '9999-99-99',
  '2024-02-30',
  'yes',
  '-1',
] as const;

export const OVERSIZED = 'K'.repeat(100_000);

/** A character that no valid value contains and that `String.prototype.trim` keeps. */
export const taintCharacter = fc.constantFrom(
  INVISIBLE.rtlOverride,
  INVISIBLE.leftToRightMark,
  INVISIBLE.zeroWidthSpace,
  INVISIBLE.zeroWidthJoiner,
  INVISIBLE.nul,
  INVISIBLE.loneSurrogate,
  '\u0301',
  '\u0131',
  '<',
  '"',
  '\\',
  '\u041A',
);

/** `value` with one taint character inserted anywhere, the ends included. */
export function tainted(value: string): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: value.length }), taintCharacter)
    .map(([at, char]) => value.slice(0, at) + char + value.slice(at));
}

/** Any string a hostile sender might try: random code units, whole graphemes, and the lists above. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SCRIPT_PAYLOADS, ...UNICODE_TRICKS, ...UNKNOWN_CODES),
  fc.string({ unit: 'binary-ascii', minLength: 65, maxLength: 400 }),
);

/** Any JSON-able or structured-clonable value, the shapes `postMessage` can deliver. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});
