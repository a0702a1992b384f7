/**
 * What the written files say about themselves: a PNG states its 300 dpi so it is placed at paper size, and a
 * PDF's page is exactly its paper, with the file still valid.
 */
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngDensity, pngSize, withPrintDensity } from '../../src/core/export/pngDensity.ts';
import { pdfPageSizes, withExactPageSize } from '../../src/core/export/pdfMediaBox.ts';

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A real 3 × 2 px grey PNG, written by hand. */
function tinyPng(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(3, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  const rows = Buffer.from([0, 128, 128, 128, 0, 128, 128, 128]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function chunksOf(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const buffer = Buffer.from(png);
  const result = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const crcOk = buffer.readUInt32BE(at + 8 + length) === crc32(buffer.subarray(at + 4, at + 8 + length));
    result.push({ type, crcOk });
    at += 12 + length;
  }
  return result;
}

describe('PNG print density', () => {
  it('reads width and height from the IHDR header', () => {
    expect(pngSize(tinyPng())).toEqual({ width: 3, height: 2 });
  });

  it('adds a valid pHYs chunk saying 300 dpi right after IHDR, keeping the image', () => {
    const png = tinyPng();
    expect(pngDensity(png)).toBeNull();
    const marked = withPrintDensity(png, 300);
    expect(pngDensity(marked)).toBe(300);
    expect(pngSize(marked)).toEqual({ width: 3, height: 2 });
    expect(chunksOf(marked)).toEqual([
      { type: 'IHDR', crcOk: true },
      { type: 'pHYs', crcOk: true },
      { type: 'IDAT', crcOk: true },
      { type: 'IEND', crcOk: true },
    ]);
  });

  it('replaces an earlier density instead of adding a second one', () => {
    const twice = withPrintDensity(withPrintDensity(tinyPng(), 72), 300);
    expect(pngDensity(twice)).toBe(300);
    expect(chunksOf(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
  });

  it('refuses a file that is not a PNG', () => {
    expect(() => withPrintDensity(new TextEncoder().encode('GIF89a'), 300)).toThrow(/not a PNG/);
  });
});

describe('PDF page size', () => {
  const pdf = (box: string) =>
    new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj\n<< /Type /Page /MediaBox [0 0 ${box}] >>\nendobj\nxref\n0 2\ntrailer\nstartxref\n42\n%%EOF`,
    );

  it('writes A4 exactly (595.28 × 841.89 pt) over Chromium’s rounded box, without moving a byte', () => {
    const rounded = pdf('595.91998 841.91998');
    const exact = withExactPageSize(rounded, { width: 210, height: 297 });
    expect(exact.length).toBe(rounded.length);
    const [page] = pdfPageSizes(exact);
    expect(page?.width).toBeCloseTo(595.28, 2);
    expect(page?.height).toBeCloseTo(841.89, 2);
    const text = new TextDecoder().decode(exact);
    expect(text.indexOf('xref')).toBe(new TextDecoder().decode(rounded).indexOf('xref'));
  });

  it('works for landscape pages too', () => {
    const [page] = pdfPageSizes(withExactPageSize(pdf('841.91998 594.95996'), { width: 297, height: 210 }));
    expect(page?.width).toBeCloseTo(841.89, 2);
    expect(page?.height).toBeCloseTo(595.28, 2);
  });

  it('leaves a page that is not that paper alone', () => {
    const letter = pdf('612 792');
    expect(withExactPageSize(letter, { width: 210, height: 297 })).toEqual(letter);
  });
});
