import type { ArticleContent } from '../../core/article/articleContent.ts';
import type { AtlasBundle } from '../../core/bundle.ts';

/** The article the reader and the panel show instead of the default one: another shipped article, or the reader's. */
export interface ShownArticle {
  /** A shipped article's id; `own` for the reader's own text. */
  id: string;
  own: boolean;
  content: ArticleContent;
}

/** The shipped article `id` to show, or null for the default one (or an id the atlas does not ship). */
export function shippedArticle(bundle: AtlasBundle, id: string): ShownArticle | null {
  const content = Object.hasOwn(bundle.otherArticles, id) ? bundle.otherArticles[id] : undefined;
  return content ? { id, own: false, content } : null;
}
