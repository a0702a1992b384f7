/**
 * Breaks a name into lines the way MapLibre does for `text-max-width` (its `determineLineBreaks`): a name wider
 * than the limit is split into as few lines as the limit needs, at spaces or after hyphens and slashes, choosing
 * the breaks that keep the lines closest to equal width (a short last line is preferred to a long one). Widths
 * leave out the spaces, as MapLibre's do.
 */

/** Characters after which a line may break. */
const BREAK_AFTER = /[ \-/\u2013\u2014]/;

interface Break {
  /** Index in the text where the next line starts. */
  index: number;
  /** Width of the text before the break. */
  x: number;
  badness: number;
  prior: Break | null;
}

function badness(lineWidth: number, target: number, last: boolean): number {
  const raggedness = (lineWidth - target) ** 2;
  if (!last) return raggedness;
  return lineWidth < target ? raggedness / 2 : raggedness * 2;
}

function bestBreak(
  index: number,
  x: number,
  target: number,
  candidates: readonly Break[],
  last: boolean,
): Break {
  let best: Break = { index, x, badness: badness(x, target, last), prior: null };
  for (const candidate of candidates) {
    const total = badness(x - candidate.x, target, last) + candidate.badness;
    if (total <= best.badness) best = { index, x, badness: total, prior: candidate };
  }
  return best;
}

/** `width` measures a piece of text in the same units as `maxWidth`. */
export function labelLines(text: string, width: (piece: string) => number, maxWidth: number): string[] {
  const chars = [...text];
  const widthWithoutSpaces = (piece: string) => width(piece.replaceAll(' ', ''));
  const total = widthWithoutSpaces(text);
  if (total <= maxWidth) return [text];
  const target = total / Math.max(1, Math.ceil(total / maxWidth));
  const candidates: Break[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (BREAK_AFTER.test(chars[i - 1]!))
      candidates.push(
        bestBreak(i, widthWithoutSpaces(chars.slice(0, i).join('')), target, candidates, false),
      );
  }
  const breaks: number[] = [];
  for (let b = bestBreak(chars.length, total, target, candidates, true).prior; b; b = b.prior)
    breaks.unshift(b.index);
  return [0, ...breaks]
    .map((start, i) =>
      chars
        .slice(start, breaks[i] ?? chars.length)
        .join('')
        .trim(),
    )
    .filter((line) => line.length > 0);
}
