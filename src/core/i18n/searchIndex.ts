/**
 * Finds countries by any of their names — English or Arabic, with or without hamza, taa marbuta or the article —
 * using the same Arabic normalisation as the mention matcher.
 */
import { normalizeArabic } from '../article/normalize.ts';
import type { Iso3 } from '../model/types.ts';

export interface SearchEntry {
  code: Iso3;
  names: string[];
}

interface IndexedName {
  code: Iso3;
  key: string;
}

export function searchKey(text: string): string {
  const folded = normalizeArabic(text.normalize('NFKD').replace(/\p{M}/gu, '')).normalized.toLowerCase();
  return folded
    .replace(/^ال(?=\S{2})/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function createSearchIndex(entries: readonly SearchEntry[]) {
  const names: IndexedName[] = entries.flatMap(({ code, names }) =>
    [...new Set(names.map(searchKey))].filter(Boolean).map((key) => ({ code, key })),
  );
  return {
    /** Best matches first: a name that starts with the query, then a word that does, then any substring. */
    search(query: string, limit = 8): Iso3[] {
      const q = searchKey(query);
      if (!q) return [];
      const ranked = new Map<Iso3, number>();
      for (const { code, key } of names) {
        const rank = key.startsWith(q) ? 0 : key.includes(` ${q}`) ? 1 : key.includes(q) ? 2 : -1;
        if (rank >= 0 && rank < (ranked.get(code) ?? 3)) ranked.set(code, rank);
      }
      return [...ranked.entries()]
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([code]) => code);
    },
  };
}
