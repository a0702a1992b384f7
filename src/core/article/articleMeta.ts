/**
 * The editors' facts about the article file (which line is the title, which lines are not part of the article, where
 * the article and the data disagree) and its English gloss. Line numbers are 1-based and checked against the text.
 */
import * as v from 'valibot';
import { formatPath, ProblemList } from '../model/DataError.ts';
import { normalizeArabic } from './normalize.ts';
import { isIsoDate } from '../model/dates.ts';

export interface ExcludedLine {
  line: number;
  reason: string;
}

/** A remark for readers about some lines, e.g. where the article's words and the data differ. */
export interface ArticleNote {
  lines: number[];
  note: string;
}

/** A passage that dates the article, and what it says. */
export interface MomentEvidence {
  lines: number[];
  says: string;
}

/**
 * The moment the article describes: the atlas opens on this date. The day of publication is unknown, so it is a
 * day inside the window the evidence allows, with the reasoning written out.
 */
export interface ArticleMoment {
  date: string;
  /** How a reader would say when that is ("early 2024"). */
  label: string;
  evidence: MomentEvidence[];
  reasoning: string;
}

export interface ArticleMeta {
  file: string;
  /** SHA-256 of the article file's bytes, in lower-case hex. */
  sha256: string;
  language: 'ar';
  /** When the article appeared: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  /** The period the article describes, when it is not the moment it appeared (same date forms as `published`). */
  describes?: { from: string; until: string };
  /** Where the article was published, when known. */
  source?: string;
  titleLine: number;
  /** The line that opens with the dateline, and the dateline itself; both absent when the article has none. */
  datelineLine?: number;
  dateline?: string;
  excludedLines: ExcludedLine[];
  notes: ArticleNote[];
  /** Required of the article the atlas opens on (checkArticleMoment.ts); others may leave it out. */
  moment?: ArticleMoment;
}

export interface GlossLine {
  line: number;
  en: string;
  /** `false` on lines the metadata excludes from the article; absent otherwise. */
  partOfArticle?: false;
}

export interface ArticleGloss {
  translationOf: string;
  note: string;
  lines: GlossLine[];
}

const LineNumber = v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(1, 'is below 1'));
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'));

const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not YYYY, YYYY-MM or YYYY-MM-DD'),
);

const MetaSchema = v.strictObject({
  file: v.pipe(Text, v.regex(/^[^/\\]+$/, "is not a file name in the article's folder")),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in lower-case hex (64 digits)')),
  language: v.literal('ar'),
  published: PartialDate,
  describes: v.optional(v.strictObject({ from: PartialDate, until: PartialDate })),
  source: v.optional(v.pipe(v.string(), v.url('is not a URL'), v.regex(/^https?:/, 'is not an http(s) URL'))),
  titleLine: LineNumber,
  datelineLine: v.optional(LineNumber),
  dateline: v.optional(Text),
  excludedLines: v.array(v.strictObject({ line: LineNumber, reason: Text })),
  notes: v.array(
    v.strictObject({ lines: v.pipe(v.array(LineNumber), v.minLength(1, 'is empty')), note: Text }),
  ),
  moment: v.optional(
    v.strictObject({
      date: v.pipe(
        v.string(),
        v.check((value: string) => isIsoDate(value), 'is not a real date written YYYY-MM-DD'),
      ),
      label: Text,
      evidence: v.pipe(
        v.array(
          v.strictObject({ lines: v.pipe(v.array(LineNumber), v.minLength(1, 'is empty')), says: Text }),
        ),
        v.minLength(1, 'is empty: say which lines date the article'),
      ),
      reasoning: Text,
    }),
  ),
});

const GlossSchema = v.strictObject({
  translationOf: Text,
  note: Text,
  lines: v.array(v.strictObject({ line: LineNumber, en: Text, partOfArticle: v.optional(v.literal(false)) })),
});

/** Top-level fields belong to the record "article"; list items are records of their own ("excludedLines[0]"). */
function locate(keys: (string | number)[]): { record: string; field: string } {
  const [top, index, ...rest] = keys;
  if (typeof index === 'number') return { record: formatPath([top ?? '', index]), field: formatPath(rest) };
  return { record: 'article', field: formatPath(keys) };
}

export function parseArticleMeta(
  json: unknown,
  lines: readonly string[],
  file = 'article.meta.json',
): ArticleMeta {
  const problems = new ProblemList(file);
  const result = v.safeParse(MetaSchema, json);
  if (!result.success) {
    problems.addIssues(result.issues, locate);
    problems.throwIfAny();
  }
  const meta = result.output as ArticleMeta;
  const inText = (record: string, field: string, line: number) => {
    if (line > lines.length) {
      problems.add(record, field, `line ${line} is past the end of ${meta.file} (${lines.length} lines)`);
      return false;
    }
    return true;
  };
  inText('article', 'titleLine', meta.titleLine);
  if ((meta.datelineLine === undefined) !== (meta.dateline === undefined))
    problems.add(
      'article',
      meta.dateline === undefined ? 'dateline' : 'datelineLine',
      'datelineLine and dateline go together',
    );
  const datelineInText =
    meta.datelineLine !== undefined && inText('article', 'datelineLine', meta.datelineLine);
  if (meta.describes && meta.describes.from > meta.describes.until)
    problems.add('article', 'describes.until', `${meta.describes.until} is before ${meta.describes.from}`);
  const excluded = new Set<number>();
  meta.excludedLines.forEach(({ line }, i) => {
    inText(`excludedLines[${i}]`, 'line', line);
    if (excluded.has(line)) problems.add(`excludedLines[${i}]`, 'line', `line ${line} is listed twice`);
    excluded.add(line);
  });
  for (const field of ['titleLine', 'datelineLine'] as const) {
    const line = meta[field];
    if (line !== undefined && excluded.has(line))
      problems.add('article', field, `line ${meta[field]} is also listed as not part of the article`);
  }
  const datelineText = normalizeArabic(lines[(meta.datelineLine ?? 0) - 1] ?? '').normalized;
  if (datelineInText && !datelineText.startsWith(normalizeArabic(meta.dateline ?? '').normalized))
    problems.add('article', 'dateline', `"${meta.dateline}" does not open line ${meta.datelineLine}`);
  meta.notes.forEach((note, i) =>
    note.lines.forEach((line, k) => inText(`notes[${i}]`, `lines[${k}]`, line)),
  );
  meta.moment?.evidence.forEach((evidence, i) =>
    evidence.lines.forEach((line, k) => inText('moment', `evidence[${i}].lines[${k}]`, line)),
  );
  problems.throwIfAny();
  return meta;
}

/** Checks the gloss against the article and its metadata; returns the English text of each line, line 1 first. */
export function parseGloss(
  json: unknown,
  meta: ArticleMeta,
  lineCount: number,
  file = 'article.en.json',
): string[] {
  const problems = new ProblemList(file);
  const result = v.safeParse(GlossSchema, json);
  if (!result.success) {
    problems.addIssues(result.issues, locate);
    problems.throwIfAny();
  }
  const gloss = result.output as ArticleGloss;
  if (gloss.translationOf !== meta.file)
    problems.add(
      'article',
      'translationOf',
      `"${gloss.translationOf}" is not the article file "${meta.file}"`,
    );
  const excluded = new Set(meta.excludedLines.map((entry) => entry.line));
  gloss.lines.forEach((entry, i) => {
    const record = `lines[${i}]`;
    if (entry.line !== i + 1)
      problems.add(record, 'line', `is ${entry.line}, expected ${i + 1} (one entry per line, in order)`);
    if (excluded.has(entry.line) !== (entry.partOfArticle === false)) {
      const expected = excluded.has(entry.line)
        ? 'must be false: the metadata excludes this line'
        : 'must be absent';
      problems.add(record, 'partOfArticle', expected);
    }
  });
  if (gloss.lines.length !== lineCount)
    problems.add('article', 'lines', `translates ${gloss.lines.length} lines, the article has ${lineCount}`);
  problems.throwIfAny();
  return gloss.lines.map((entry) => entry.en);
}
