/**
 * Text widths estimated without a font engine (the layout also runs in Node, where nothing can measure text).
 * The per-character advances are Noto Sans averages, rounded up, so estimates err on the wide side: a legend item
 * may get a little more room than it needs but never overlaps the next one.
 */
const ARABIC_NARROW = /[\u0621-\u0627\u062f-\u0632\u0644\u0648\u0629]/;
/** Harakat and other combining marks sit on their letter and take no room of their own. */
const COMBINING = /\p{Mn}/u;
const ARABIC_WIDE = /[\u062c-\u062e\u0633-\u063a\u0641-\u0643\u0647\u064a\u0649]/;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const NARROW = /[ .,:;'’|!il()[\]\-–]/;
const WIDE = /[MWmw@%]/;
const DIGIT = /[0-9\u0660-\u0669]/;
const UPPER = /[A-Z★]/;

/** Kerning and shaping vary; a few per cent of room keep the estimate on the wide side. */
const SAFETY = 1.04;

function advance(char: string): number {
  if (COMBINING.test(char)) return 0;
  if (DIGIT.test(char)) return 0.6;
  if (ARABIC_NARROW.test(char)) return 0.32;
  if (ARABIC_WIDE.test(char)) return 0.66;
  if (ARABIC.test(char)) return 0.5;
  if (NARROW.test(char)) return 0.3;
  if (WIDE.test(char)) return 0.88;
  if (UPPER.test(char)) return 0.64;
  return 0.56;
}

export function estimateTextWidth(text: string, size: number, weight: 400 | 600 | 700 = 400): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (weight >= 600 ? 1.07 : 1) * SAFETY;
}

/** The largest size up to `maxSize` at which the text fits in `maxWidth`. */
export function fitTextSize(
  text: string,
  maxSize: number,
  maxWidth: number,
  weight: 400 | 600 | 700 = 400,
): number {
  const width = estimateTextWidth(text, maxSize, weight);
  return width <= maxWidth ? maxSize : (maxSize * maxWidth) / width;
}
