/**
 * Splits normalized text into words: runs of letters, marks and digits. A change of script ends a word, so a Latin
 * abbreviation written straight after an Arabic letter ("وSCO") is still a word of its own.
 */

export interface Word {
  text: string;
  /** Offsets into the normalized text. */
  start: number;
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ARABIC = /^\p{Script=Arabic}$/u;

/** What a character is: not yet known, outside words, in an Arabic word, in a word of another script. */
const UNKNOWN = 0;
const SPACE = 1;
const ARABIC_LETTER = 2;
const OTHER_LETTER = 3;

function kindOf(char: string): number {
  if (!WORD_CHAR.test(char)) return SPACE;
  return ARABIC.test(char) ? ARABIC_LETTER : OTHER_LETTER;
}

/**
 * The kind of each character of the Basic Multilingual Plane, filled on first use: a text repeats a few dozen
 * letters, so each is classified once instead of matching a Unicode-property pattern at every character.
 */
const BMP_KINDS = new Uint8Array(0x10000);

export function tokenize(normalized: string): Word[] {
  const words: Word[] = [];
  let start = 0;
  let current = SPACE;
  for (let index = 0; index < normalized.length;) {
    const code = normalized.codePointAt(index) ?? 0;
    let kind: number;
    if (code <= 0xffff) {
      kind = BMP_KINDS[code] ?? UNKNOWN;
      if (kind === UNKNOWN) BMP_KINDS[code] = kind = kindOf(normalized[index] as string);
    } else {
      kind = kindOf(String.fromCodePoint(code));
    }
    if (kind !== current) {
      if (current !== SPACE) words.push({ text: normalized.slice(start, index), start, end: index });
      start = index;
      current = kind;
    }
    index += code > 0xffff ? 2 : 1;
  }
  if (current !== SPACE) words.push({ text: normalized.slice(start), start, end: normalized.length });
  return words;
}

/** What may stand between two words of a multi-word name: spaces, or a hyphen ("ألما-آتا"). */
export function joinsWords(between: string): boolean {
  return /^(?:\s+|\s*[-‐]\s*)$/u.test(between);
}
