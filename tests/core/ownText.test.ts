/** The checks on a reader's own article, and its matching by the shipped gazetteer. */
import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../src/core/article/findMentions.ts';
import { parseGazetteer } from '../../src/core/article/parseGazetteer.ts';
import {
  checkOwnText,
  decodeOwnFile,
  MAX_OWN_TEXT_BYTES,
  ownArticleContent,
  utf8Length,
} from '../../src/core/article/ownText.ts';
import shipped from '../../data/gazetteer.json' with { type: 'json' };

describe('checkOwnText', () => {
  it('splits the text into paragraphs, one a non-blank line', () => {
    expect(checkOwnText('\uFEFFأولى\r\n\r\n  ثانية  \n\n')).toEqual({
      ok: true,
      paragraphs: ['أولى', 'ثانية'],
    });
  });

  it.each([
    ['an empty text', ''],
    ['blank lines only', ' \n\t\n '],
  ])('refuses %s as empty', (_what, text) => {
    expect(checkOwnText(text)).toEqual({ ok: false, problem: 'empty' });
  });

  it('takes up to 200 KB of UTF-8 and refuses one byte more', () => {
    const arabic = 'ق'.repeat(MAX_OWN_TEXT_BYTES / 2); // two bytes each
    expect(checkOwnText(arabic).ok).toBe(true);
    expect(checkOwnText(arabic + 'a')).toEqual({ ok: false, problem: 'tooLong' });
  });

  it('refuses text with NUL or many control characters as binary, keeps tabs and a stray mark', () => {
    expect(checkOwnText('قطر\0')).toEqual({ ok: false, problem: 'binary' });
    expect(checkOwnText('\u0001\u0002\u0003\u0004 قطر')).toEqual({ ok: false, problem: 'binary' });
    expect(checkOwnText('قطر\tو\u202Eالصين').ok).toBe(true);
  });
});

describe('decodeOwnFile', () => {
  it('decodes UTF-8 and refuses bytes that are not', () => {
    expect(decodeOwnFile(new TextEncoder().encode('قطر'))).toEqual({ ok: true, text: 'قطر' });
    expect(decodeOwnFile(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeOwnFile(new Uint8Array(MAX_OWN_TEXT_BYTES + 1))).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe('ownArticleContent', () => {
  it('matches the paragraphs with the shipped gazetteer; the first is the title, nothing is excluded', () => {
    const content = ownArticleContent(
      ['قمة في فيينا', 'منظمة شنغهاي للتعاون والرئيس الكيني'],
      compileGazetteer(parseGazetteer(shipped)),
    );
    expect(content.article).toEqual({
      lines: ['قمة في فيينا', 'منظمة شنغهاي للتعاون والرئيس الكيني'],
      titleLine: 1,
      excludedLines: [],
      gloss: [],
    });
    expect(Object.keys(content.mentions)).toEqual(['AUT', 'KEN']);
    expect(content.orgMentions.SCO.map((entry) => entry.line)).toEqual([2]);
  });
});

describe('utf8Length', () => {
  it('counts bytes as UTF-8 writes them', () => {
    for (const text of ['', 'abc', 'قطر', '€', '😀', 'a\uD800b', 'مرحبا world 😀']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});
