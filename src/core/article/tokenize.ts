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

const WORD = /(?:(?=\p{Script=Arabic})[\p{L}\p{M}\p{N}])+|(?:(?!\p{Script=Arabic})[\p{L}\p{M}\p{N}])+/gu;

export function tokenize(normalized: string): Word[] {
  const words: Word[] = [];
  for (const match of normalized.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** What may stand between two words of a multi-word name: spaces, or a hyphen ("ألما-آتا"). */
export function joinsWords(between: string): boolean {
  return /^(?:\s+|\s*[-‐]\s*)$/u.test(between);
}
