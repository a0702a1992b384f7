/** Saving an export: as a downloaded file, or (for PDF) through the browser's print dialog. */

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const PRINT_SHEET_CLASS = 'export-print-sheet';
export const PRINTING_CLASS = 'printing-export';

/**
 * Prints one page holding the export's SVG at the page size (the reader picks "Save as PDF" for a PDF).
 * The `@page` rule goes in a constructed stylesheet, which the app's Content-Security-Policy allows where an
 * inline `<style>` would not be; print.css hides everything but the sheet while it is printed.
 */
export function printSvg(svg: string, page: { width: string; height: string }) {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const sheet = document.createElement('div');
  sheet.className = PRINT_SHEET_CLASS;
  sheet.append(document.importNode(parsed, true));
  document.body.append(sheet);

  const pageRule = new CSSStyleSheet();
  pageRule.replaceSync(`@page { size: ${page.width} ${page.height}; margin: 0; }`);
  const before = document.adoptedStyleSheets;
  document.adoptedStyleSheets = [...before, pageRule];
  document.documentElement.classList.add(PRINTING_CLASS);

  const cleanUp = () => {
    sheet.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageRule);
    document.documentElement.classList.remove(PRINTING_CLASS);
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
