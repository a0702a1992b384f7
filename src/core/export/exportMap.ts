/** The export as the dialog and the command line ask for it: the same state and options give the same file. */
import type { Lang } from '../i18n/strings.ts';
import type { OrgView } from '../model/categories.ts';
import type { IsoDate } from '../model/types.ts';
import type { DisplayList } from './displayList.ts';
import { layoutExport, type ExportGeometry, type ExportOptions } from './layout.ts';
import type { ExportModel, ExportScene } from './exportText.ts';
import { toSvg } from './svgRenderer.ts';
import { fontFacesUsed, type FontFace } from './embeddedFonts.ts';

export type ExportFormat = 'svg' | 'png' | 'pdf';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['svg', 'png', 'pdf'];

export interface ExportRequest {
  model: ExportModel;
  geometry: ExportGeometry;
  scene: ExportScene;
  options: ExportOptions;
}

export function exportDisplayList({ model, geometry, scene, options }: ExportRequest): DisplayList {
  return layoutExport(model, geometry, scene, options);
}

/** `fonts`, when given, turns the faces the text uses into @font-face rules the file carries. */
export function exportSvg(request: ExportRequest, fonts?: (faces: FontFace[]) => string): string {
  const list = exportDisplayList(request);
  return toSvg(list, fonts ? { fontCss: fonts(fontFacesUsed(list)) } : {});
}

/** `sco-2024-07-05-en-3508x2480.svg`: what, when, in which language and how large. */
export function exportFileName(
  scene: { org: OrgView; date: IsoDate; lang: Lang },
  size: { width: number; height: number },
  format: ExportFormat,
): string {
  return `${scene.org.toLowerCase()}-${scene.date}-${scene.lang}-${size.width}x${size.height}.${format}`;
}
