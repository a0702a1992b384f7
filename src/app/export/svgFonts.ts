/** The bundled font files an SVG export embeds (only the subsets and weights its text uses; see embeddedFonts.ts). */
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?url';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-600-normal.woff2?url';
import latin700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-700-normal.woff2?url';
import type { DisplayList } from '../../core/export/displayList.ts';
import { fontFaceCss, fontFacesUsed } from '../../core/export/embeddedFonts.ts';

const FILES = {
  'arabic-400': arabic400,
  'arabic-600': arabic600,
  'arabic-700': arabic700,
  'latin-400': latin400,
  'latin-600': latin600,
  'latin-700': latin700,
} as const;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the font file ${url} could not be loaded (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function embeddedFontCss(list: DisplayList): Promise<string> {
  const faces = await Promise.all(
    fontFacesUsed(list).map(async (face) => ({
      ...face,
      woff2Base64: base64(await fetchBytes(FILES[`${face.subset}-${face.weight}`])),
    })),
  );
  return fontFaceCss(faces);
}
