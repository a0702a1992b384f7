/** The HTML a newsroom pastes to embed the atlas: a responsive, lazy iframe and, optionally, the host script. */

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** Absolute URL of the embed, with its settings. */
  src: string;
  /** The iframe's accessible title. */
  title: string;
  /** Starting height in pixels, before the first height message arrives. */
  height: number;
  /**
   * `fixed` keeps that height at every width; `responsive` keeps the frame's shape (width : height as at 960 px
   * wide), so it shrinks with a narrow column, never below 420 px.
   */
  sizing?: 'fixed' | 'responsive';
}

export function iframeSnippet({ src, title, height, sizing = 'fixed' }: SnippetOptions): string {
  const size =
    sizing === 'responsive'
      ? `aspect-ratio:960/${Math.round(height)};min-height:420px`
      : `height:${Math.round(height)}px`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" ` +
    `style="width:100%;min-width:300px;${size};border:0" ` +
    `allow="clipboard-write; fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}

/** What the embed shows besides the map. */
export interface EmbedParts {
  title: boolean;
  legend: boolean;
  controls: boolean;
}

/** Below this width (CSS pixels) the atlas lays its controls out in one row, the legend one tap away. */
export const COMPACT_WIDTH = 600;

/**
 * A starting height for the iframe at `width` that shows the whole embed: the rows above and below the map at
 * that width (as laid out by src/app/Atlas.svelte, rounded up) and a map of a comfortable shape. The embed fills
 * whatever height it is given, so this only has to be enough.
 */
export function suggestedEmbedHeight(width: number, parts: EmbedParts): number {
  const compact = width < COMPACT_WIDTH;
  const title = parts.title ? (compact ? 32 : 44) : 0;
  const controls = parts.controls ? (compact ? 104 : 240) : 0;
  // On a small screen the legend is behind a button of the controls; without them it shows, in a few rows.
  const legend = parts.legend && (!compact || !parts.controls) ? (compact ? 96 : 64) : 0;
  const source = compact ? 24 : 34;
  const map = Math.min(640, Math.max(compact ? 320 : 360, Math.round(width * (compact ? 0.9 : 0.62))));
  return title + controls + legend + source + map;
}

/** The host script lives beside the app, so its URL is the app's URL with `embed.js` as the file. */
export function hostScriptSnippet(appUrl: string): string {
  const scriptUrl = new URL('embed.js', appUrl).href;
  return `<script src="${escapeAttribute(scriptUrl)}" async></script>`;
}

/** The app's address with embed mode and the reader's settings, without the host page's own parameters. */
export function embedUrl(pageUrl: string, search: string, hash: string): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams(search);
  params.set('embed', '1');
  if (!params.has('v')) params.set('v', '1');
  url.search = params.toString();
  url.hash = hash;
  return url.href;
}
