import type { z } from 'zod';
import { bankProblem, type BankProblem } from './problems.ts';
import {
  conceptFileSchema,
  questionFileSchema,
  questionSchema,
  rubricFileSchema,
  type Concept,
  type QuestionFile,
  type RubricFile,
} from './schema.ts';

/** A bank or rubric file as read: `data` is the parsed JSON, or undefined when the file could not be parsed. */
export interface BankFile {
  /** Path from the bank root, e.g. `question-bank/data-access.json`. */
  file: string;
  data: unknown;
}

/**
 * A file checked against its schema. When some items are malformed, `value` keeps the well-formed ones so the
 * other checks still run; it is null when the file as a whole is unusable (unparsable JSON, no item list).
 */
export interface ParsedFile<T> {
  file: string;
  /** The file name without folders: a bank file and its rubric file share it. */
  name: string;
  value: T | null;
  /** Question ids the file names, well formed or not (`id` of questions, `questionId` of rubrics). */
  claimedIds: ReadonlySet<string>;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

const rubricItemSchema = rubricFileSchema.shape.rubrics.element;

export function parseQuestionFiles(files: BankFile[], problems: BankProblem[]): ParsedFile<QuestionFile>[] {
  return files.map((input) => {
    const value =
      parseWhole(input, questionFileSchema, problems) ??
      salvage(input.data, 'questions', questionSchema, (data, questions) =>
        typeof data.document === 'string' ? { document: data.document, questions } : null,
      );
    return { file: input.file, name: baseName(input.file), value, claimedIds: claimIds(input.data, 'questions', 'id') };
  });
}

export function parseRubricFiles(files: BankFile[], problems: BankProblem[]): ParsedFile<RubricFile>[] {
  return files.map((input) => {
    const value =
      parseWhole(input, rubricFileSchema, problems) ??
      salvage(input.data, 'rubrics', rubricItemSchema, (_data, rubrics) => ({ rubrics }));
    const claimedIds = claimIds(input.data, 'rubrics', 'questionId');
    return { file: input.file, name: baseName(input.file), value, claimedIds };
  });
}

/** The concept lexicon, or none when the bank has no such file or it is malformed (then reported). */
export function parseConceptFile(input: BankFile | undefined, problems: BankProblem[]): Concept[] {
  if (input === undefined) return [];
  return parseWhole(input, conceptFileSchema, problems)?.concepts ?? [];
}

/** The file's value when it matches the schema; otherwise null, with one invalid_shape problem per zod issue. */
function parseWhole<T>(input: BankFile, schema: z.ZodType<T>, problems: BankProblem[]): T | null {
  // Unparsable JSON was already reported by whoever read the file.
  if (input.data === undefined) return null;
  const result = schema.safeParse(input.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(bankProblem(input.file, issue.path.map(String).join('.'), 'invalid_shape', issue.message));
  }
  return null;
}

/** The well-formed items of a malformed file (their problems are already reported), so other checks still run. */
function salvage<T, V>(
  data: unknown,
  listKey: string,
  itemSchema: z.ZodType<T>,
  build: (data: Record<string, unknown>, items: T[]) => V | null,
): V | null {
  if (!isRecord(data) || !Array.isArray(data[listKey])) return null;
  const items = (data[listKey] as unknown[]).flatMap((item) => {
    const result = itemSchema.safeParse(item);
    return result.success ? [result.data] : [];
  });
  return build(data, items);
}

function claimIds(data: unknown, listKey: string, idKey: string): ReadonlySet<string> {
  const list = isRecord(data) && Array.isArray(data[listKey]) ? (data[listKey] as unknown[]) : [];
  return new Set(list.flatMap((item) => (isRecord(item) && typeof item[idKey] === 'string' ? [item[idKey]] : [])));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
