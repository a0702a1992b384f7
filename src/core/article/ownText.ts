/**
 * Checks a reader's own article before it is matched: up to 200 KB of UTF-8 text, not empty, not binary. The text
 * is split into paragraphs, one a non-blank line, and matched by the same matcher as the shipped articles.
 */
import { findAllMentions, type CompiledGazetteer } from './findMentions.ts';
import { splitLines } from './splitLines.ts';
import type { ArticleContent } from './articleContent.ts';

export const MAX_OWN_TEXT_BYTES = 200 * 1024;

export type OwnTextProblem = 'empty' | 'tooLong' | 'binary';

export type OwnTextCheck = { ok: true; paragraphs: string[] } | { ok: false; problem: OwnTextProblem };

/** Control characters other than tab and line breaks: a text file has next to none, a binary file many. */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/gu;

/** The length of `text` in UTF-8, as a .txt file would hold it (a lone surrogate is written as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function checkOwnText(text: string): OwnTextCheck {
  // Counting stops being useful past the limit: a 5 MB paste is refused without walking all of it.
  if (text.length > MAX_OWN_TEXT_BYTES || utf8Length(text) > MAX_OWN_TEXT_BYTES)
    return { ok: false, problem: 'tooLong' };
  if (text.includes('\0') || (text.match(CONTROL)?.length ?? 0) > Math.max(2, text.length / 1000))
    return { ok: false, problem: 'binary' };
  const paragraphs = splitLines(text)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return paragraphs.length === 0 ? { ok: false, problem: 'empty' } : { ok: true, paragraphs };
}

/** A file's bytes as text, or the problem that keeps it out: too long, or not UTF-8 (a binary file). */
export function decodeOwnFile(bytes: Uint8Array): OwnTextCheck | { ok: true; text: string } {
  if (bytes.length > MAX_OWN_TEXT_BYTES) return { ok: false, problem: 'tooLong' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'binary' };
  }
}

/** The reader's paragraphs as an article: the first is its title, no line is excluded, there is no gloss. */
export function ownArticleContent(
  paragraphs: readonly string[],
  gazetteer: CompiledGazetteer,
): ArticleContent {
  return {
    article: { lines: [...paragraphs], titleLine: 1, excludedLines: [], gloss: [] },
    ...findAllMentions(paragraphs, gazetteer),
  };
}
