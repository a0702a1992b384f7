/**
 * A data file that breaks the rules: every problem found, each naming the file, the record and the field. Every
 * parser (the data files, the article, its metadata and gloss, the gazetteer) collects all its problems and then
 * throws one DataError, so one run shows everything that needs fixing.
 */
import type { BaseIssue } from 'valibot';

export interface DataProblem {
  /** The data file, e.g. `data/memberships.json`. */
  file: string;
  /** The record, e.g. `SCO/IND` or `source S13`; empty when the problem concerns the whole file. */
  record: string;
  /** The field inside the record, e.g. `history[1].until`; empty when the problem concerns the whole record. */
  field: string;
  message: string;
}

export function formatProblem({ file, record, field, message }: DataProblem): string {
  const where = [file, record && `record ${record}`, field && `field ${field}`].filter(Boolean).join(': ');
  return `${where}: ${message}`;
}

export class DataError extends Error {
  readonly problems: DataProblem[];

  constructor(problems: DataProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid data (${count}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Collects the problems of one file; `throwIfAny()` ends a parse that found some. */
export class ProblemList {
  readonly problems: DataProblem[] = [];

  constructor(readonly file: string) {}

  add(record: string, field: string, message: string): void {
    this.problems.push({ file: this.file, record, field, message });
  }

  /** Every issue of a failed schema check, each placed in its record and field by `locate`. */
  addIssues(issues: readonly BaseIssue<unknown>[], locate: RecordLocator): void {
    for (const issue of issues) {
      const { record, field } = locate((issue.path ?? []).map((item) => item.key as string | number));
      this.add(record, field, issueMessage(issue));
    }
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new DataError(this.problems);
  }
}

/** "names", 1 → "names[1]"; "countries", "KAZ" → "countries.KAZ". */
export function formatPath(keys: readonly (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** Where a schema issue lies, from the keys of its path: which record, and which field inside it. */
export type RecordLocator = (keys: (string | number)[]) => { record: string; field: string };

export function issueMessage(issue: BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
  if (issue.type === 'strict_object' && issue.received === 'undefined') return 'missing';
  if (issue.message.startsWith('Invalid type: ')) return issue.message.slice('Invalid type: '.length);
  return issue.message;
}
