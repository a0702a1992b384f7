/** Errors for bad data files, always naming the file, the record and the field. */
import type { BaseIssue } from 'valibot';

export class DataError extends Error {
  override name = 'DataError';
}

export function dataError(file: string, record: string, field: string, message: string): DataError {
  return new DataError(`${file}: record ${record}: field ${field}: ${message}`);
}

/** "names", 1 → "names[1]"; "countries", "KAZ" → "countries.KAZ". */
export function formatPath(keys: readonly (string | number)[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

export type RecordLocator = (keys: (string | number)[]) => { record: string; field: string };

function explain(issue: BaseIssue<unknown>): string {
  if (issue.path && issue.received === 'undefined') return 'is missing';
  if (issue.expected === 'never') return 'is not a known field';
  return issue.message;
}

export function issueError(file: string, issue: BaseIssue<unknown>, locate: RecordLocator): DataError {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const { record, field } = locate(keys);
  return dataError(file, record, field || '(whole record)', explain(issue));
}
