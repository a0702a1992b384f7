/** One paragraph a line: "\n" or "\r\n" breaks, a final newline optional, a leading byte-order mark ignored. */
export function splitLines(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body === '') return [];
  const lines = body.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
