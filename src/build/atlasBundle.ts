/** Builds the one JSON object the app loads: validated data, the article, its mention index. Node only. */
import type { AtlasData } from '../lib/model/types.ts';

export interface AtlasBundle {
  data: AtlasData;
}

export function buildAtlasBundle(_dataDir: string): AtlasBundle {
  return { data: { organisations: [], memberships: [], chairs: [], sources: [], snapshots: [] } };
}
