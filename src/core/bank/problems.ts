/** Every way a question bank can be wrong; each problem names the file and the path inside it. */
export const bankProblemCodes = [
  'invalid_json',
  'invalid_shape',
  'unreadable_file',
  'empty_bank',
  'unknown_document',
  'duplicate_question_id',
  'duplicate_rubric',
  'duplicate_key_point_id',
  'question_without_rubric',
  'rubric_without_question',
  'bank_file_without_rubric_file',
  'rubric_file_without_bank_file',
  'missing_source',
  'unknown_source',
  'empty_aliases',
] as const;

export type BankProblemCode = (typeof bankProblemCodes)[number];

export interface BankProblem {
  /** Path from the bank root, e.g. `rubrics/data-access.json`. */
  file: string;
  /** Dotted path inside the file, e.g. `rubrics.0.keyPoints.2.source`; empty for the whole file. */
  path: string;
  code: BankProblemCode;
  message: string;
}

export function bankProblem(file: string, path: string, code: BankProblemCode, message: string): BankProblem {
  return { file, path, code, message };
}

/** One line a person reads: `file: path: message`, or `file: message` for a whole-file problem. */
export function formatBankProblem(problem: BankProblem): string {
  const where = problem.path === '' ? problem.file : `${problem.file}: ${problem.path}`;
  return `${where}: ${problem.message}`;
}

/** Problems ordered by file (stable, so each file keeps the order they were found in). */
export function sortBankProblems(problems: BankProblem[]): BankProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
