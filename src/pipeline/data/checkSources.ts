/**
 * A source must name the page that says what it is cited for, not a site: an address whose path is empty or "/"
 * is rejected. Plain `http://` is accepted only where the record says the page exists at no https address.
 */
import type { Source } from '../../core/model/types.ts';

type Report = (record: string, field: string, message: string) => void;

export function checkSourceUrls(sources: readonly Source[], report: Report): void {
  for (const source of sources) {
    const record = `source ${source.id}`;
    if (!URL.canParse(source.url)) continue; // the schema has reported it already
    const url = new URL(source.url);
    if (isSiteRoot(url))
      report(
        record,
        'url',
        `"${source.url}" is a site's home page: give the address of the page that is cited`,
      );
    if (url.protocol === 'http:' && source.httpOnly !== true)
      report(
        record,
        'url',
        `"${source.url}" is not an https:// address (set "httpOnly": true if the page has none)`,
      );
    if (url.protocol === 'https:' && source.httpOnly === true)
      report(record, 'httpOnly', `"${source.url}" is an https:// address`);
  }
}

/** `https://example.org`, `https://example.org/`, `https://example.org/?lang=en`: a home page, not a page. */
export function isSiteRoot(url: URL): boolean {
  return url.pathname === '' || url.pathname === '/';
}
