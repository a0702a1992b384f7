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
