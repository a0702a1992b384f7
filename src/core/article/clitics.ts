/**
 * The letters Arabic writes onto the front of a name: a conjunction (و ف), then a preposition (ب ك ل), then the
 * article ال. "ل" before the article drops the article's alef ("للصين"), and before a word that itself starts with
 * lam only two lams are written ("للاذقية"). Works on normalized text.
 */

export interface CliticSplit {
  /** The clitic letters as written in the normalized word, possibly empty. */
  prefix: string;
  /** Whether the prefix ends with the definite article. */
  article: boolean;
  stem: string;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLE = 'ال';
const MIN_STEM = 2;

const PREFIXES: { prefix: string; article: boolean }[] = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.flatMap((preposition) => [
    { prefix: conjunction + preposition, article: false },
    { prefix: conjunction + (preposition === 'ل' ? 'لل' : preposition + ARTICLE), article: true },
  ]),
).sort((a, b) => a.prefix.length - b.prefix.length);

/** Every way to read `word` as clitics + stem, the most literal reading (shortest prefix) first. */
export function splitClitics(word: string): CliticSplit[] {
  const splits: CliticSplit[] = [];
  for (const { prefix, article } of PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < MIN_STEM) continue;
    const stem = word.slice(prefix.length);
    splits.push({ prefix, article, stem });
    if (article && prefix.endsWith('لل')) {
      splits.push({ prefix: prefix.slice(0, -1), article, stem: 'ل' + stem });
    }
  }
  return splits;
}

/** Whether a name as listed starts with the definite article (plain alef + lam; "ألماتي" does not). */
export function startsWithArticle(listed: string): boolean {
  return listed.startsWith(ARTICLE) && listed.length > ARTICLE.length + MIN_STEM - 1;
}

export function withoutArticle(normalizedWord: string): string {
  return normalizedWord.startsWith(ARTICLE) ? normalizedWord.slice(ARTICLE.length) : normalizedWord;
}
