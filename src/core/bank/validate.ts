import { buildBank } from './build-bank.ts';
import { checkQuestionFiles, mapQuestionFiles } from './check-questions.ts';
import { checkRubricFile } from './check-rubrics.ts';
import { parseHeadings } from './document.ts';
import { matchRubrics, pairFiles } from './match-rubrics.ts';
import { parseConceptFile, parseQuestionFiles, parseRubricFiles, type BankFile } from './parse-files.ts';
import { sortBankProblems, type BankProblem } from './problems.ts';
import type { Bank, BankQuestion } from './schema.ts';

export type { BankFile } from './parse-files.ts';

/** Everything a bank is made of, already read: JSON of each file (undefined if unparsable) and document texts. */
export interface BankInput {
  questionFiles: BankFile[];
  rubricFiles: BankFile[];
  /** Text of each document by its file name in question-bank/documents/. */
  documents: Record<string, string>;
  /** rubrics/concepts.json, when the bank has one. */
  conceptFile?: BankFile;
}

/** The bank built from every part that passed, and every problem found. */
export interface BankCheck {
  bank: Bank;
  problems: BankProblem[];
}

/** Validates the whole bank and lists every problem at once; the bank is null unless there are none. */
export function validateBank(input: BankInput): { bank: Bank | null; problems: BankProblem[] } {
  const { bank, problems } = checkBank(input);
  return { bank: problems.length === 0 ? bank : null, problems };
}

/** Like validateBank, but always returns the bank of what passed (for counts in a report). */
export function checkBank(input: BankInput): BankCheck {
  const problems: BankProblem[] = [];
  const questionFiles = parseQuestionFiles(input.questionFiles, problems);
  const rubricFiles = parseRubricFiles(input.rubricFiles, problems);
  checkQuestionFiles(questionFiles, input.documents, problems);
  const headingsOf = headingsByDocument(input.documents);
  const byName = new Map(questionFiles.map((f) => [f.name, f]));
  for (const rubricFile of rubricFiles) {
    const document = byName.get(rubricFile.name)?.value?.document;
    checkRubricFile(rubricFile, document === undefined ? null : (headingsOf.get(document) ?? null), problems);
  }
  const questionIds = mapQuestionFiles(questionFiles);
  const questions: BankQuestion[] = pairFiles(questionFiles, rubricFiles, problems).flatMap((pair) =>
    matchRubrics(pair, questionIds, problems),
  );
  const concepts = parseConceptFile(input.conceptFile, problems);
  const bank = buildBank(questions);
  return { bank: concepts.length === 0 ? bank : { ...bank, concepts }, problems: sortBankProblems(problems) };
}

function headingsByDocument(documents: Record<string, string>): Map<string, ReadonlySet<string>> {
  return new Map(Object.entries(documents).map(([name, text]) => [name, new Set(parseHeadings(text))]));
}
