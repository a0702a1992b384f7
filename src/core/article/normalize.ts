/**
 * Folds Arabic text to one spelling for matching and search: hamza seats, alef maqsura and taa marbuta are unified,
 * tatweel, diacritics and invisible format marks are dropped, quotation marks and digits are unified and Latin is
 * lower-cased. `map` leads every normalized index back to the original text, so a match found in the normalized
 * text is reported with offsets into the text as written.
 */

export interface NormalizedText {
  normalized: string;
  /**
   * `map[i]` is the UTF-16 index in the original text of the character that produced `normalized[i]`.
   * One extra entry, `map[normalized.length]`, is the original length, so an exclusive end can be mapped too.
   */
  map: number[];
}

const FOLDED: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ة: 'ه',
  // Persian and Urdu letters that turn up in names copied from other sources.
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ۀ: 'ه',
  ە: 'ه',
  ھ: 'ه',
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‹': '"',
  '›': '"',
  "'": '"',
  '‘': '"',
  '’': '"',
  '‚': '"',
};

function isRemoved(code: number): boolean {
  return (
    code === 0x0640 || // tatweel
    (code >= 0x064b && code <= 0x065f) || // harakat, shadda, sukun, hamza marks
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    code === 0x061c || // Arabic letter mark
    code === 0x00ad || // soft hyphen
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

function foldCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (isRemoved(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  const folded = FOLDED[char];
  if (folded !== undefined) return folded;
  if (code < 0x80) return char;
  if (isPresentationForm(code)) {
    return [...char.normalize('NFKC')].map((part) => (part === char ? part : foldCodePoint(part))).join('');
  }
  const lower = char.toLowerCase();
  // Some capitals lower-case to two code units (İ → i̇); keeping them whole keeps one output per input.
  return lower.length === char.length ? lower : char;
}

/**
 * The fold of each character of the Basic Multilingual Plane, filled on first use: folding depends on the character
 * alone, and a 200 KB article repeats a few dozen letters, so each is worked out once.
 */
const BMP_FOLDS: (string | undefined)[] = [];

export function normalizeArabic(text: string): NormalizedText {
  // Most characters fold to themselves: they are copied a run at a time, which spares a 200 KB text some hundred
  // thousand short-lived strings.
  let normalized = '';
  let runStart = 0;
  const map: number[] = [];
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    let folded = code <= 0xffff ? BMP_FOLDS[code] : undefined;
    if (folded === undefined) {
      folded = foldCodePoint(text.slice(index, index + size));
      if (code <= 0xffff) BMP_FOLDS[code] = folded;
    }
    for (let i = 0; i < folded.length; i++) map.push(index);
    const unchanged =
      size === 1
        ? folded.length === 1 && folded.charCodeAt(0) === code
        : folded.length === 2 && folded.codePointAt(0) === code;
    if (!unchanged) {
      normalized += text.slice(runStart, index) + folded;
      runStart = index + size;
    }
    index += size;
  }
  normalized += text.slice(runStart);
  map.push(text.length);
  return { normalized, map };
}

/**
 * The original range covered by `normalized[start, end)`. The end reaches up to the next kept character, so marks
 * written after the last letter (a final vowel sign, a tatweel) stay inside the reported text.
 */
export function originalRange(
  map: readonly number[],
  start: number,
  end: number,
): { start: number; end: number } {
  const last = map[end - 1] ?? 0;
  let next = end;
  while (next < map.length - 1 && map[next] === last) next++;
  return { start: map[start] ?? 0, end: map[next] ?? 0 };
}
