/**
 * The atlas opens on the article's moment, so the "article" snapshot must be the date the article's metadata
 * argues for (`moment` in article.meta.json), not a date chosen elsewhere.
 */
import type { ArticleMeta } from '../../core/article/articleMeta.ts';
import type { DataProblem } from '../../core/model/DataError.ts';
import type { Snapshot } from '../../core/model/types.ts';

export function checkArticleMoment(
  snapshots: readonly Snapshot[],
  meta: ArticleMeta,
  file: string,
): DataProblem[] {
  const snapshot = snapshots.find((s) => s.id === 'article');
  if (!meta.moment)
    return [
      {
        file,
        record: 'article',
        field: 'moment',
        message: "missing: the atlas opens on this article's moment",
      },
    ];
  if (!snapshot || snapshot.date === meta.moment.date) return [];
  return [
    {
      file,
      record: 'snapshot article',
      field: 'date',
      message: `${snapshot.date} is not the article's moment (${meta.moment.date} in article.meta.json)`,
    },
  ];
}
