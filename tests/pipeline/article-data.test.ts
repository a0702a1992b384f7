/** The article's data files as shipped, and the errors a bad edit to any of them produces. */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleMeta, parseGloss } from '../../src/core/article/articleMeta.ts';
import { findNamesInLine } from '../../src/core/article/findMentions.ts';
import { gazetteerAliases } from '../../src/core/article/gazetteer.ts';
import { parseGazetteer } from '../../src/core/article/parseGazetteer.ts';
import { buildAtlasBundle } from '../../src/pipeline/build/atlasBundle.ts';
import { loadArticle } from '../../src/pipeline/data/loadArticle.ts';
import { splitLines } from '../../src/core/article/splitLines.ts';
import { checkArticleMoment } from '../../src/pipeline/data/checkArticleMoment.ts';
import { loadDataDir } from '../../src/pipeline/data/loadDataDir.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
const ARTICLE_DIR = join(DATA_DIR, 'articles/kazakhstan-2024');
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

describe('the shipped article', () => {
  const article = loadArticle(DATA_DIR);

  it('is the article as received, byte for byte', () => {
    const hash = createHash('sha256')
      .update(readFileSync(join(ARTICLE_DIR, 'article.ar.txt')))
      .digest('hex');
    expect(hash).toBe('344502c93336b3b83c504973d2d371b6d4773f1389557af569a9a2a763279a9b');
  });

  it('has 27 lines: the unrelated headline, the title, the Astana dateline, 24 more paragraphs', () => {
    expect(article.lines).toHaveLength(27);
    expect(article.meta.titleLine).toBe(2);
    expect(article.lines[1]).toMatch(/^خلال 2024\.\. تحديات وقدرات كازاخستان/);
    expect(article.lines[2]).toMatch(/^أستانا ــ/);
    expect(article.meta.excludedLines).toEqual([{ line: 1, reason: expect.stringContaining('UAE') }]);
  });

  it('records where the article and the data disagree on the CICA chairmanship', () => {
    const note = article.meta.notes.find((entry) => entry.lines.includes(20));
    expect(note?.note).toMatch(/2022 to 2024/);
    expect(note?.note).toMatch(/2020/);
  });

  it('notes that Egypt and Qatar signed in Tashkent, not in Samarkand as line 10 says', () => {
    const note = article.meta.notes.find((entry) => entry.lines.includes(10) && /Tashkent/.test(entry.note));
    expect(note?.note).toMatch(/14 September 2022/);
    expect(article.lines[9]).toContain('سمرقند');
  });

  it('dates its moment inside the window it describes, with the lines that say so', () => {
    const moment = article.meta.moment!;
    expect(moment.date > '2023-12-31' && moment.date < '2024-07-04').toBe(true);
    expect(moment.label).toBe('early 2024');
    const cited = moment.evidence.flatMap((e) => e.lines);
    expect(cited).toEqual(expect.arrayContaining([3, 13, 26]));
    expect(article.lines[25]).toContain('ديسمبر 2023');
    expect(article.lines[12]).toContain('يوليو المقبل');
    expect(moment.reasoning).toMatch(/December 2023/);
  });

  it('opens the atlas on that moment: the "article" snapshot is its date', () => {
    const { snapshots } = loadDataDir(DATA_DIR);
    expect(snapshots.find((s) => s.id === 'article')?.date).toBe(article.meta.moment!.date);
    expect(checkArticleMoment(snapshots, article.meta, 'data/snapshots.json')).toEqual([]);
    const moved = snapshots.map((s) => (s.id === 'article' ? { ...s, date: '2024-07-05' } : s));
    expect(checkArticleMoment(moved, article.meta, 'data/snapshots.json')).toEqual([
      {
        file: 'data/snapshots.json',
        record: 'snapshot article',
        field: 'date',
        message: `2024-07-05 is not the article's moment (${article.meta.moment!.date} in article.meta.json)`,
      },
    ]);
  });

  it('has an English gloss for every line', () => {
    expect(article.gloss).toHaveLength(27);
    expect(article.gloss.every((text) => text.length > 20)).toBe(true);
    expect(article.gloss[1]).toMatch(/^During 2024/);
  });

  it('keeps every number and Latin abbreviation of the Arabic in the English gloss of the same line', () => {
    article.lines.forEach((line, i) => {
      const gloss = article.gloss[i] ?? '';
      for (const token of line.match(/\d+|[A-Z]{2,}/g) ?? []) {
        expect(gloss, `line ${i + 1}: ${token}`).toContain(token);
      }
    });
  });
});

describe('the shipped gazetteer', () => {
  const gazetteer = loadArticle(DATA_DIR).gazetteer;
  const codes = Object.keys(gazetteer.countries);

  it('lists every country with a role in the SCO or the CICA', () => {
    const roles =
      'CHN KAZ KGZ RUS TJK UZB IND PAK IRN BLR MNG AFG LKA TUR KHM AZE NPL ARM EGY QAT SAU BHR KWT MDV MMR ARE LAO ISR PSE THA KOR JOR IRQ VNM BGD IDN JPN USA MYS UKR PHL TKM AUS LBN';
    expect(roles.split(' ').filter((code) => !codes.includes(code))).toEqual([]);
    expect(codes).toHaveLength(198);
  });

  it('keys every country by a real ISO 3166-1 alpha-3 code, or XKX, the code the map gives Kosovo', () => {
    expect(codes.filter((code) => !countries.isValid(code))).toEqual(['XKX']);
  });

  it('tells Korea, Belarus and Russia apart', () => {
    const named = (text: string) =>
      findNamesInLine(text, gazetteer).map((found) =>
        found.owner.kind === 'country' ? found.owner.code : '',
      );
    expect(named('كوريا الجنوبية وكوريا الشمالية')).toEqual(['KOR', 'PRK']);
    expect(named('روسيا البيضاء وروسيا الاتحادية')).toEqual(['BLR', 'RUS']);
    expect(named('عمان')).toEqual(['OMN']);
  });

  it('reads a document named after a city as naming the city, and common words as no place', () => {
    const named = (text: string) => findNamesInLine(text, gazetteer).map((found) => found.text);
    expect(named('تطوير قانون ألماتي')).toEqual(['ألماتي']);
    expect(named('السيول في مسقط رأسه')).toEqual([]);
    expect(named('ظروف القوة القاهرة في القاهرة')).toEqual(['القاهرة']);
  });

  it('gives search every listed spelling of a country', () => {
    const aliases = gazetteerAliases(gazetteer);
    expect(aliases.KAZ).toEqual(
      expect.arrayContaining(['كازاخستان', 'قازاقستان', 'أستانا', 'نور سلطان', 'ألماتي']),
    );
  });
});

describe('errors name the file, the record and the field', () => {
  const lines = loadArticle(DATA_DIR).lines;
  const meta = readJson('articles/kazakhstan-2024/article.meta.json');
  const gloss = readJson('articles/kazakhstan-2024/article.en.json');
  const gazetteer = readJson('gazetteer.json') as {
    countries: Record<string, Record<string, unknown>>;
    notPlaces: string[];
  };
  const metaOk = parseArticleMeta(meta, lines);

  it('refuses an excluded line past the end of the article', () => {
    const bad = clone(meta);
    bad.excludedLines = [{ line: 30, reason: 'x' }];
    expect(() => parseArticleMeta(bad, lines)).toThrow(
      'article.meta.json: record excludedLines[0]: field line: line 30 is past the end of article.ar.txt (27 lines)',
    );
  });

  it('refuses a title line that is not a whole number', () => {
    const bad = { ...clone(meta), titleLine: 2.5 };
    expect(() => parseArticleMeta(bad, lines)).toThrow(
      'article.meta.json: record article: field titleLine: is not a whole number',
    );
  });

  it('refuses a dateline that does not open its line', () => {
    const bad = { ...clone(meta), dateline: 'ألماتي' };
    expect(() => parseArticleMeta(bad, lines)).toThrow(
      'record article: field dateline: "ألماتي" does not open line 3',
    );
  });

  it('refuses moment evidence past the end of the article', () => {
    const bad = clone(meta) as { moment: { evidence: { lines: number[]; says: string }[] } };
    bad.moment.evidence.push({ lines: [28], says: 'x' });
    expect(() => parseArticleMeta(bad, lines)).toThrow(
      'record moment: field evidence[4].lines[0]: line 28 is past the end of article.ar.txt (27 lines)',
    );
  });

  it('refuses the article the atlas opens on when its metadata has no moment', () => {
    const bad = clone(meta);
    delete bad.moment;
    const parsed = parseArticleMeta(bad, lines);
    expect(checkArticleMoment(loadDataDir(DATA_DIR).snapshots, parsed, 'data/snapshots.json')).toEqual([
      expect.objectContaining({ record: 'article', field: 'moment' }),
    ]);
  });

  it('refuses a title line that is also excluded', () => {
    const bad = { ...clone(meta), excludedLines: [{ line: 2, reason: 'x' }] };
    expect(() => parseArticleMeta(bad, lines)).toThrow(
      'record article: field titleLine: line 2 is also listed',
    );
  });

  it('refuses a gloss that skips a line', () => {
    const bad = clone(gloss) as { lines: unknown[] };
    bad.lines.splice(4, 1);
    expect(() => parseGloss(bad, metaOk, lines.length)).toThrow(
      'article.en.json: record lines[4]: field line: is 6, expected 5',
    );
  });

  it('refuses a gloss that treats the excluded headline as part of the article', () => {
    const bad = clone(gloss) as { lines: Record<string, unknown>[] };
    delete bad.lines[0]?.partOfArticle;
    expect(() => parseGloss(bad, metaOk, lines.length)).toThrow(
      'article.en.json: record lines[0]: field partOfArticle: must be false',
    );
  });

  it('refuses an empty translation', () => {
    const bad = clone(gloss) as { lines: Record<string, unknown>[] };
    if (bad.lines[7]) bad.lines[7].en = ' ';
    expect(() => parseGloss(bad, metaOk, lines.length)).toThrow('record lines[7]: field en: is empty');
  });

  it('refuses a spelling listed twice for one country', () => {
    const bad = clone(gazetteer);
    (bad.countries.KAZ?.capitals as string[]).push('استانا');
    expect(() => parseGazetteer(bad)).toThrow(
      /^data\/gazetteer\.json: record countries\/KAZ: field capitals\[\d+\]: "استانا" duplicates countries\/KAZ capitals\[0\]/m,
    );
  });

  it('refuses a name listed for two countries', () => {
    const bad = clone(gazetteer);
    (bad.countries.UZB?.cities as string[]).push('ألماتي');
    expect(() => parseGazetteer(bad)).toThrow(
      /record countries\/UZB: field cities\[\d+\]: "ألماتي" is ambiguous/,
    );
  });

  it('refuses a country name that is also an organisation name', () => {
    const bad = clone(gazetteer);
    (bad.countries.CHN?.cities as string[]).push('منظمة شنغهاي');
    expect(() => parseGazetteer(bad)).toThrow(
      /record organisations: field SCO\[\d+\]: "منظمة شنغهاي" is ambiguous: countries\/CHN cities\[\d+\]/,
    );
  });

  it('refuses a notPlaces phrase that hides no place name', () => {
    const bad = clone(gazetteer);
    bad.notPlaces.push('الأمم المتحدة');
    expect(() => parseGazetteer(bad)).toThrow(
      /record notPlaces: field \[\d+\]: "الأمم المتحدة" contains no listed place/,
    );
  });

  it('refuses an unknown field, a country without names and a code that is not ISO3', () => {
    const extra = clone(gazetteer);
    (extra.countries.KAZ as Record<string, unknown>).towns = [];
    expect(() => parseGazetteer(extra)).toThrow('record countries/KAZ: field towns: unknown field');
    const nameless = clone(gazetteer);
    (nameless.countries.KAZ as Record<string, unknown>).names = [];
    expect(() => parseGazetteer(nameless)).toThrow('record countries/KAZ: field names: lists no name');
    const lower = clone(gazetteer);
    lower.countries.kaz = lower.countries.KAZ as Record<string, unknown>;
    delete lower.countries.KAZ;
    expect(() => parseGazetteer(lower)).toThrow('record countries/kaz');
  });
});

describe('loadArticle reads the data folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const copyData = () => {
    dir = mkdtempSync(join(tmpdir(), 'article-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    return dir;
  };
  const articleFile = (copy: string, name: string) => join(copy, 'articles/kazakhstan-2024', name);

  /** Writes the article and records its checksum in the metadata, as an editor making a deliberate change would. */
  const writeArticle = (copy: string, bytes: Buffer | string) => {
    writeFileSync(articleFile(copy, 'article.ar.txt'), bytes);
    const meta = JSON.parse(readFileSync(articleFile(copy, 'article.meta.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    meta.sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(articleFile(copy, 'article.meta.json'), JSON.stringify(meta));
  };

  it('reads an article saved with Windows line ends and a final newline the same way', () => {
    const copy = copyData();
    const text = readFileSync(articleFile(copy, 'article.ar.txt'), 'utf8');
    writeArticle(copy, text.replace(/\n/g, '\r\n') + '\r\n');
    expect(loadArticle(copy).lines).toEqual(loadArticle(DATA_DIR).lines);
  });

  it('refuses an article with one byte changed: its checksum no longer matches the metadata', () => {
    const copy = copyData();
    const bytes = readFileSync(articleFile(copy, 'article.ar.txt'));
    const at = bytes.indexOf('2024');
    bytes[at + 3] = '5'.charCodeAt(0);
    writeFileSync(articleFile(copy, 'article.ar.txt'), bytes);
    expect(() => loadArticle(copy)).toThrow(
      /article\.ar\.txt: its SHA-256 is [0-9a-f]{64}, not the 344502c9/,
    );
  });

  it('refuses invalid UTF-8, naming the file and the byte offset, whatever the checksum says', () => {
    const copy = copyData();
    const bytes = readFileSync(articleFile(copy, 'article.ar.txt'));
    const at = bytes.indexOf(0xd8, 100);
    bytes[at] = 0xff;
    writeArticle(copy, bytes);
    expect(() => loadArticle(copy)).toThrow(`article.ar.txt: is not valid UTF-8 (at byte offset ${at})`);
    writeFileSync(join(copy, 'gazetteer.json'), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]));
    writeArticle(copy, readFileSync(join(ARTICLE_DIR, 'article.ar.txt')));
    expect(() => loadArticle(copy)).toThrow('gazetteer.json: is not valid UTF-8 (at byte offset 2)');
  });

  it('requires the checksum in the metadata', () => {
    const meta = JSON.parse(readFileSync(join(ARTICLE_DIR, 'article.meta.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    delete meta.sha256;
    expect(() =>
      parseArticleMeta(meta, splitLines(readFileSync(join(ARTICLE_DIR, 'article.ar.txt'), 'utf8'))),
    ).toThrow('field sha256');
  });

  it('names the file when a JSON file does not parse', () => {
    const copy = copyData();
    writeFileSync(join(copy, 'gazetteer.json'), '{ "countries": ');
    expect(() => loadArticle(copy)).toThrow(/gazetteer\.json: not valid JSON/);
  });

  it('names the article folder of a broken metadata file', () => {
    const copy = copyData();
    const meta = JSON.parse(readFileSync(articleFile(copy, 'article.meta.json'), 'utf8')) as object;
    writeFileSync(
      articleFile(copy, 'article.meta.json'),
      JSON.stringify({ ...meta, published: 'last year' }),
    );
    expect(() => loadArticle(copy)).toThrow(
      /articles\/kazakhstan-2024\/article\.meta\.json: record article: field published: is not YYYY/,
    );
  });

  it('reads an article without a gloss, and refuses a default that is not an article folder', () => {
    const copy = copyData();
    rmSync(articleFile(copy, 'article.en.json'));
    expect(loadArticle(copy).gloss).toEqual([]);
    writeFileSync(join(copy, 'articles/index.json'), '{ "default": "elsewhere" }');
    expect(() => loadArticle(copy)).toThrow(
      /articles\/index\.json: record index: field default: "elsewhere" is not a folder/,
    );
  });

  it('indexes every article folder, the default first, each with its own mentions', () => {
    const copy = copyData();
    const second = join(copy, 'articles/second-2025');
    mkdirSync(second);
    const secondText = 'زيارة إلى فيينا\nوصل الوفد النمساوي إلى كينيا ثم إلى جنوب السودان\n';
    writeFileSync(join(second, 'article.ar.txt'), secondText);
    writeFileSync(
      join(second, 'article.meta.json'),
      JSON.stringify({
        file: 'article.ar.txt',
        sha256: createHash('sha256').update(secondText).digest('hex'),
        language: 'ar',
        published: '2025-03-01',
        describes: { from: '2025-02', until: '2025-03' },
        source: 'https://example.org/news/1',
        titleLine: 1,
        excludedLines: [],
        notes: [],
      }),
    );
    const bundle = buildAtlasBundle(copy);
    expect(bundle.articles.map((article) => article.id)).toEqual(['kazakhstan-2024', 'second-2025']);
    expect(bundle.articles[1]).toEqual({
      id: 'second-2025',
      title: 'زيارة إلى فيينا',
      published: '2025-03-01',
      describes: { from: '2025-02', until: '2025-03' },
      source: 'https://example.org/news/1',
    });
    // Each article brings its moment, where the map goes when a reader picks it.
    expect(bundle.articles[0]?.moment).toEqual({ date: '2024-02-01', label: 'early 2024' });
    expect(bundle.article.lines).toHaveLength(27);
    expect(Object.keys(bundle.otherArticles)).toEqual(['second-2025']);
    const other = bundle.otherArticles['second-2025'];
    expect(Object.keys(other?.mentions ?? {})).toEqual(['AUT', 'KEN', 'SSD']);
    expect(other?.article.gloss).toEqual([]);
  });
});

describe('splitLines', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['\uFEFFa\n\nb', ['a', '', 'b']],
    ['', []],
  ])('splits %j into %j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
