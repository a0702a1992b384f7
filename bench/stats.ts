/** Summaries of repeated measurements: the median a figure is reported as, with the spread beside it. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** The values one field takes over the runs, leaving out runs where it could not be measured. */
export function column<T>(runs: readonly T[], pick: (run: T) => number | null): number[] {
  return runs.map(pick).filter((value): value is number => value !== null && Number.isFinite(value));
}
