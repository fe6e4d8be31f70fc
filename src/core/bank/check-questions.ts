import type { ParsedFile } from './parse-files.ts';
import { bankProblem, type BankProblem } from './problems.ts';
import type { QuestionFile } from './schema.ts';

/** Checks the bank files on their own: there is at least one, each names a known document, ids are unique. */
export function checkQuestionFiles(
  files: ParsedFile<QuestionFile>[],
  documents: Record<string, string>,
  problems: BankProblem[],
): void {
  if (files.length === 0) {
    problems.push(bankProblem('question-bank', '', 'empty_bank', 'no question files (question-bank/*.json)'));
  }
  for (const { file, value } of files) {
    if (value && !Object.hasOwn(documents, value.document)) {
      const message = `document "${value.document}" is not a file in question-bank/documents/`;
      problems.push(bankProblem(file, 'document', 'unknown_document', message));
    }
  }
  checkDuplicateIds(files, problems);
}

function checkDuplicateIds(files: ParsedFile<QuestionFile>[], problems: BankProblem[]): void {
  const firstFile = new Map<string, string>();
  for (const { file, value } of files) {
    value?.questions.forEach((q, i) => {
      const first = firstFile.get(q.id);
      if (first === undefined) {
        firstFile.set(q.id, file);
        return;
      }
      const message = `question id "${q.id}" is already used in ${first}`;
      problems.push(bankProblem(file, `questions.${i}.id`, 'duplicate_question_id', message));
    });
  }
}

/** Where each question id is first defined, over every readable bank file. */
export function mapQuestionFiles(files: ParsedFile<QuestionFile>[]): Map<string, string> {
  const byId = new Map<string, string>();
  for (const { file, value } of files) {
    for (const q of value?.questions ?? []) if (!byId.has(q.id)) byId.set(q.id, file);
  }
  return byId;
}
