import type { Lang } from '../../core/i18n/strings.ts';

/** The language the link names, else the one the browser prefers: the loading screen speaks it already. */
export function languageFromLink(search: string, languages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'ar' || fromUrl === 'en') return fromUrl;
  return languages.some((l) => l.toLowerCase().startsWith('ar')) ? 'ar' : 'en';
}
