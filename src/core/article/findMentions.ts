/**
 * Finds the countries and organisations a text names, line by line, using the gazetteer's Arabic names.
 *
 * - Whole words only: a name inside a longer word ("الهند" in "الهندسة", "مهندس") is no mention; plural, dual and
 *   possessive endings count only when the adjective list spells them out.
 * - A name may carry clitics (و ف ب ك ل and ال, "للصين", "وبالهند"); a bare name never takes ال, an adjective may.
 * - A match reports the word as written, clitics included ("لكازاخستان"), so a highlight covers the whole word.
 *   "لـ" written apart before a name ("لـ “سيكا”") is a word of its own and stays outside the match.
 * - At each word the longest listed phrase wins ("روسيا البيضاء" is Belarus, not Russia); organisation names and
 *   notPlaces phrases win the same way and hide the place names inside them ("منظمة شنغهاي للتعاون" is no mention
 *   of China, "نور سلطان نزارباييف" is a person).
 */
import type { Iso3, LineMentions, MentionIndex, MentionMatch, OrgId } from '../model/types.ts';
import { ORG_IDS } from '../model/types.ts';
import { splitClitics } from './clitics.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normalizeArabic, originalRange } from './normalize.ts';
import { gazetteerPhrases, type ArticleRule, type Owner, type Phrase } from './phrases.ts';
import { joinsWords, tokenize, type Word } from './tokenize.ts';

export interface CompiledGazetteer {
  readonly kind: 'compiled-gazetteer';
  /** Listed phrases by the stem of their first word. */
  readonly byStem: ReadonlyMap<string, readonly Phrase[]>;
}

export interface FoundName extends MentionMatch {
  owner: Exclude<Owner, { kind: 'notPlace' }>;
}

export interface MentionOptions {
  /** 1-based lines that are not part of the text proper: still reported, marked `excluded: true`. */
  excludedLines?: readonly number[];
}

export function compileGazetteer(gazetteer: Gazetteer, include = { notPlaces: true }): CompiledGazetteer {
  const byStem = new Map<string, Phrase[]>();
  for (const phrase of gazetteerPhrases(gazetteer, include)) {
    const list = byStem.get(phrase.stem);
    if (list) list.push(phrase);
    else byStem.set(phrase.stem, [phrase]);
  }
  return { kind: 'compiled-gazetteer', byStem };
}

const compiled = new WeakMap<Gazetteer, CompiledGazetteer>();

function matcherFor(gazetteer: Gazetteer | CompiledGazetteer): CompiledGazetteer {
  if ('kind' in gazetteer) return gazetteer;
  let matcher = compiled.get(gazetteer);
  if (!matcher) {
    matcher = compileGazetteer(gazetteer);
    compiled.set(gazetteer, matcher);
  }
  return matcher;
}

function articleAllows(rule: ArticleRule, hasArticle: boolean): boolean {
  return rule === 'optional' || (rule === 'required') === hasArticle;
}

function restFollows(
  words: readonly Word[],
  at: number,
  rest: readonly string[],
  normalized: string,
): boolean {
  for (let k = 0; k < rest.length; k++) {
    const previous = words[at + k];
    const word = words[at + k + 1];
    if (!previous || !word || word.text !== rest[k]) return false;
    if (!joinsWords(normalized.slice(previous.end, word.start))) return false;
  }
  return true;
}

/** A reading of a word as clitics + stem whose stem starts some listed phrases, with those phrases. */
interface Candidate {
  article: boolean;
  phrases: readonly Phrase[];
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

/**
 * The readings of each word as written that may start a name, worked out once per distinct word: a text repeats
 * its words (a news article uses a few thousand forms in tens of thousands of words), and most start no name.
 */
type CandidateMemo = Map<string, readonly Candidate[]>;

function candidatesOf(word: string, matcher: CompiledGazetteer, memo: CandidateMemo): readonly Candidate[] {
  let candidates = memo.get(word);
  if (candidates === undefined) {
    const found: Candidate[] = [];
    // Splits come most literal first, so on equal length the reading with fewer clitics wins.
    for (const split of splitClitics(word)) {
      const phrases = matcher.byStem.get(split.stem);
      if (phrases) found.push({ article: split.article, phrases });
    }
    candidates = found.length > 0 ? found : NO_CANDIDATES;
    memo.set(word, candidates);
  }
  return candidates;
}

function longestPhraseAt(
  words: readonly Word[],
  at: number,
  normalized: string,
  matcher: CompiledGazetteer,
  memo: CandidateMemo,
): { phrase: Phrase; length: number } | undefined {
  const word = words[at];
  if (!word) return undefined;
  let best: { phrase: Phrase; length: number } | undefined;
  for (const { article, phrases } of candidatesOf(word.text, matcher, memo)) {
    for (const phrase of phrases) {
      if (!articleAllows(phrase.article, article)) continue;
      const length = 1 + phrase.rest.length;
      if (best && length <= best.length) continue;
      if (restFollows(words, at, phrase.rest, normalized)) best = { phrase, length };
    }
  }
  return best;
}

/** The countries and organisations named in one line, in order, with offsets into the line as written. */
export function findNamesInLine(
  line: string,
  gazetteer: Gazetteer | CompiledGazetteer,
  memo: CandidateMemo = new Map(),
): FoundName[] {
  const matcher = matcherFor(gazetteer);
  const { normalized, map } = normalizeArabic(line);
  const words = tokenize(normalized);
  const found: FoundName[] = [];
  for (let at = 0; at < words.length;) {
    const best = longestPhraseAt(words, at, normalized, matcher, memo);
    if (!best) {
      at++;
      continue;
    }
    const { owner } = best.phrase;
    if (owner.kind !== 'notPlace') {
      const first = words[at] as Word;
      const last = words[at + best.length - 1] as Word;
      const { start, end } = originalRange(map, first.start, last.end);
      found.push({ owner, text: line.slice(start, end), start, end });
    }
    at += best.length;
  }
  return found;
}

interface Collected {
  countries: Map<Iso3, LineMentions[]>;
  orgs: Map<OrgId, LineMentions[]>;
}

/** One pass over the lines for both kinds of owner: matching is the costly part, so it is done once. */
function collect(
  lines: readonly string[],
  gazetteer: Gazetteer | CompiledGazetteer,
  options: MentionOptions,
): Collected {
  const matcher = matcherFor(gazetteer);
  const excluded = new Set(options.excludedLines ?? []);
  const collected: Collected = { countries: new Map(), orgs: new Map() };
  const memo: CandidateMemo = new Map();
  lines.forEach((line, i) => {
    const perCountry = new Map<Iso3, MentionMatch[]>();
    const perOrg = new Map<OrgId, MentionMatch[]>();
    for (const { owner, text, start, end } of findNamesInLine(line, matcher, memo)) {
      const [perKey, key] = owner.kind === 'country' ? [perCountry, owner.code] : [perOrg, owner.org];
      const matches = perKey.get(key) ?? [];
      matches.push({ text, start, end });
      perKey.set(key, matches);
    }
    addLine(collected.countries, perCountry, i + 1, excluded);
    addLine(collected.orgs, perOrg, i + 1, excluded);
  });
  return collected;
}

function addLine<K extends string>(
  byKey: Map<K, LineMentions[]>,
  perKey: ReadonlyMap<K, MentionMatch[]>,
  line: number,
  excluded: ReadonlySet<number>,
) {
  for (const [key, matches] of perKey) {
    const entry: LineMentions = { line, matches };
    if (excluded.has(line)) entry.excluded = true;
    const list = byKey.get(key) ?? [];
    list.push(entry);
    byKey.set(key, list);
  }
}

function mentionIndex(byCountry: ReadonlyMap<Iso3, LineMentions[]>): MentionIndex {
  const index: MentionIndex = {};
  for (const code of [...byCountry.keys()].sort()) index[code] = byCountry.get(code) ?? [];
  return index;
}

function orgIndex(byOrg: ReadonlyMap<OrgId, LineMentions[]>): Record<OrgId, LineMentions[]> {
  return Object.fromEntries(ORG_IDS.map((org) => [org, byOrg.get(org) ?? []])) as Record<
    OrgId,
    LineMentions[]
  >;
}

/** Country (ISO3, keys sorted) → the lines naming it; `lines[0]` is line 1. */
export function findMentions(
  lines: readonly string[],
  gazetteer: Gazetteer | CompiledGazetteer,
  options: MentionOptions = {},
): MentionIndex {
  return mentionIndex(collect(lines, gazetteer, options).countries);
}

/** Each organisation → the lines naming it (an empty list when none does). */
export function findOrgMentions(
  lines: readonly string[],
  gazetteer: Gazetteer | CompiledGazetteer,
  options: MentionOptions = {},
): Record<OrgId, LineMentions[]> {
  return orgIndex(collect(lines, gazetteer, options).orgs);
}

/** Both indexes from one pass: `findMentions` and `findOrgMentions` together, at the cost of one. */
export function findAllMentions(
  lines: readonly string[],
  gazetteer: Gazetteer | CompiledGazetteer,
  options: MentionOptions = {},
): { mentions: MentionIndex; orgMentions: Record<OrgId, LineMentions[]> } {
  const { countries, orgs } = collect(lines, gazetteer, options);
  return { mentions: mentionIndex(countries), orgMentions: orgIndex(orgs) };
}
