/** A data file that breaks the rules: every problem found, each naming the file, the record and the field. */

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
