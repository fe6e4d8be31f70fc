import type { z } from 'zod';
import { bankProblem, type BankProblem } from './problems.ts';
import { questionFileSchema, rubricFileSchema, type QuestionFile, type RubricFile } from './schema.ts';

/** A bank or rubric file as read: `data` is the parsed JSON, or undefined when the file could not be parsed. */
export interface BankFile {
  /** Path from the bank root, e.g. `question-bank/data-access.json`. */
  file: string;
  data: unknown;
}

/** A file checked against its schema: `value` is null when its JSON or its shape was wrong. */
export interface ParsedFile<T> {
  file: string;
  /** The file name without folders: a bank file and its rubric file share it. */
  name: string;
  value: T | null;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

function parseFile<T>(input: BankFile, schema: z.ZodType<T>, problems: BankProblem[]): ParsedFile<T> {
  const parsed = { file: input.file, name: baseName(input.file) };
  // Unparsable JSON was already reported by whoever read the file.
  if (input.data === undefined) return { ...parsed, value: null };
  const result = schema.safeParse(input.data);
  if (result.success) return { ...parsed, value: result.data };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    problems.push(bankProblem(input.file, path, 'invalid_shape', issue.message));
  }
  return { ...parsed, value: null };
}

export function parseQuestionFiles(files: BankFile[], problems: BankProblem[]): ParsedFile<QuestionFile>[] {
  return files.map((f) => parseFile(f, questionFileSchema, problems));
}

export function parseRubricFiles(files: BankFile[], problems: BankProblem[]): ParsedFile<RubricFile>[] {
  return files.map((f) => parseFile(f, rubricFileSchema, problems));
}
