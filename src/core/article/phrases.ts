/**
 * Every name the gazetteer lists, read once into the shape the matcher looks up: the stem of its first word (without
 * a listed article), whether that word takes the article, and the words that must follow.
 */
import type { Iso3, OrgId } from '../model/types.ts';
import { startsWithArticle, withoutArticle } from './clitics.ts';
import { COUNTRY_FIELD_ARTICLES, COUNTRY_FIELDS, type Gazetteer } from './gazetteer.ts';
import { normalizeArabic } from './normalize.ts';
import { tokenize } from './tokenize.ts';

/** What a listed phrase names; a "notPlace" phrase names nothing and only hides the place names inside it. */
export type Owner = { kind: 'country'; code: Iso3 } | { kind: 'org'; org: OrgId } | { kind: 'notPlace' };

/** `required`: listed with ال; `none`: a bare name (روسيا, never الروسيا); `optional`: a bare adjective. */
export type ArticleRule = 'required' | 'none' | 'optional';

export interface Phrase {
  owner: Owner;
  /** Where the phrase is listed, for error messages: record and field. */
  record: string;
  field: string;
  listed: string;
  stem: string;
  article: ArticleRule;
  rest: string[];
}

export function readPhrase(
  listed: string,
  bare: 'none' | 'optional',
): Pick<Phrase, 'stem' | 'article' | 'rest'> | undefined {
  const words = tokenize(normalizeArabic(listed).normalized).map((word) => word.text);
  const [first, ...rest] = words;
  if (first === undefined) return undefined;
  const article: ArticleRule = startsWithArticle(listed.trim()) ? 'required' : bare;
  return { stem: article === 'required' ? withoutArticle(first) : first, article, rest };
}

/** The normalized word sequences a phrase can stand for once clitics are taken off. */
export function phraseForms(phrase: Pick<Phrase, 'stem' | 'article' | 'rest'>): string[] {
  const tail = phrase.rest.length > 0 ? ' ' + phrase.rest.join(' ') : '';
  const withArticle = 'ال' + phrase.stem + tail;
  const bare = phrase.stem + tail;
  if (phrase.article === 'required') return [withArticle];
  if (phrase.article === 'none') return [bare];
  return [bare, withArticle];
}

export function ownerLabel(owner: Owner): string {
  if (owner.kind === 'country') return `countries.${owner.code}`;
  if (owner.kind === 'org') return `organisations.${owner.org}`;
  return 'notPlaces';
}

export function sameOwner(a: Owner, b: Owner): boolean {
  return ownerLabel(a) === ownerLabel(b);
}

export function gazetteerPhrases(gazetteer: Gazetteer, include = { notPlaces: true }): Phrase[] {
  const phrases: Phrase[] = [];
  const add = (owner: Owner, record: string, field: string, listed: string, bare: 'none' | 'optional') => {
    const read = readPhrase(listed, bare);
    if (read) phrases.push({ owner, record, field, listed, ...read });
  };
  for (const [code, entry] of Object.entries(gazetteer.countries)) {
    for (const field of COUNTRY_FIELDS) {
      entry[field].forEach((listed, i) =>
        add(
          { kind: 'country', code },
          `countries/${code}`,
          `${field}[${i}]`,
          listed,
          COUNTRY_FIELD_ARTICLES[field],
        ),
      );
    }
  }
  for (const [org, names] of Object.entries(gazetteer.organisations) as [OrgId, string[]][]) {
    names.forEach((listed, i) => add({ kind: 'org', org }, 'organisations', `${org}[${i}]`, listed, 'none'));
  }
  if (include.notPlaces) {
    gazetteer.notPlaces.forEach((listed, i) =>
      add({ kind: 'notPlace' }, 'notPlaces', `[${i}]`, listed, 'none'),
    );
  }
  return phrases;
}
