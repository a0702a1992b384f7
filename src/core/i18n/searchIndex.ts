/**
 * Finds countries by any of their names — English or Arabic, with or without hamza, taa marbuta or the article,
 * common aliases ("UAE", "Burma") — as people type them: whole names, then names and words that start with the
 * query, then any part, then near misses ("kazakstan", "uzbekistn"). Within each, countries the caller marks as
 * relevant (those with a role) come first, then the closer and shorter names.
 */
import { normalizeArabic } from '../article/normalize.ts';
import type { Iso3 } from '../model/types.ts';

export interface SearchEntry {
  code: Iso3;
  names: string[];
}

export interface SearchOptions {
  /** Countries ranked before others of the same closeness (for the atlas: those with a role). */
  relevant?: (code: Iso3) => boolean;
}

interface IndexedName {
  code: Iso3;
  key: string;
  words: string[];
}

export function searchKey(text: string): string {
  const folded = normalizeArabic(text.normalize('NFKD').replace(/\p{M}/gu, '')).normalized.toLowerCase();
  return folded
    .replace(/\./g, '')
    .replace(/(^|\s)ال(?=\S{2})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edit distance with transpositions (optimal string alignment), stopping early once over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How many typing slips a query of this length may hold and still match. */
const allowedSlips = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** 0 whole name, 1 name starts with it, 2 a word does, 3 contains it, 4+ near miss by its distance; -1 none. */
function closeness(q: string, name: IndexedName): number {
  const { key, words } = name;
  if (key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (words.some((word) => word.startsWith(q))) return 2;
  if (q.length >= 3 && key.includes(q)) return 3;
  const slips = allowedSlips(q.length);
  if (slips === 0) return -1;
  let best = slips + 1;
  for (const candidate of [key, ...words]) {
    best = Math.min(
      best,
      editDistance(q, candidate, slips),
      editDistance(q, candidate.slice(0, q.length), slips) + 0.5,
    );
  }
  return best <= slips ? 3 + best : -1;
}

export function createSearchIndex(
  entries: readonly SearchEntry[],
  { relevant = () => false }: SearchOptions = {},
) {
  const names: IndexedName[] = entries.flatMap(({ code, names }) =>
    [...new Set(names.map(searchKey))].filter(Boolean).map((key) => ({ code, key, words: key.split(' ') })),
  );
  return {
    /** Best matches first (see the module comment). */
    search(query: string, limit = 8): Iso3[] {
      const q = searchKey(query);
      if (!q) return [];
      const best = new Map<Iso3, { rank: number; length: number }>();
      for (const name of names) {
        const rank = closeness(q, name);
        if (rank < 0) continue;
        const known = best.get(name.code);
        if (!known || rank < known.rank || (rank === known.rank && name.key.length < known.length))
          best.set(name.code, { rank, length: name.key.length });
      }
      // Whole names and prefixes stay in their order of closeness; relevance decides among equals.
      const tier = (rank: number) => (rank <= 2 ? Math.min(rank, 1) : rank);
      return [...best.entries()]
        .sort(
          ([a, x], [b, y]) =>
            tier(x.rank) - tier(y.rank) ||
            Number(relevant(b)) - Number(relevant(a)) ||
            x.rank - y.rank ||
            x.length - y.length ||
            a.localeCompare(b),
        )
        .slice(0, limit)
        .map(([code]) => code);
    },
  };
}
