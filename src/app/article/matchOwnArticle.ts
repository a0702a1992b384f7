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
