/**
 * The matcher and the full gazetteer, loaded only when a reader asks for their own article (a chunk of its own, so
 * the first view does not carry them). The build has already checked data/gazetteer.json.
 */
import gazetteerJson from '../../../data/gazetteer.json';
import { compileGazetteer, type CompiledGazetteer } from '../../core/article/findMentions.ts';
import type { Gazetteer } from '../../core/article/gazetteer.ts';
import { ownArticleContent } from '../../core/article/ownText.ts';
import type { ArticleContent } from '../../core/article/articleContent.ts';

let compiled: CompiledGazetteer | undefined;

export function matchOwnArticle(paragraphs: readonly string[]): ArticleContent {
  compiled ??= compileGazetteer(gazetteerJson as unknown as Gazetteer);
  return ownArticleContent(paragraphs, compiled);
}

/**
 * One step of getting the matcher ready while the reader is still pasting: compiles the gazetteer on the first call,
 * and matches a short sample. The first runs of this code are several times slower than later ones (the engine has
 * not optimised it yet), so a few steps here, each short enough not to hold up the page, take that wait out of
 * "Show on the map".
 */
export function prepareMatcher(sample: readonly string[]): void {
  matchOwnArticle(sample);
}

/** How many sample matches get the matcher up to speed (measured by `npm run bench:own-article`). */
export const PREPARE_STEPS = 8;
