import { bankProblem, type BankProblem } from './problems.ts';
import type { ParsedFile } from './parse-files.ts';
import type { BankQuestion, QuestionFile, Rubric, RubricFile } from './schema.ts';

/** A bank file and the rubric file of the same name, both readable and well shaped. */
export interface FilePair {
  questions: ParsedFile<QuestionFile> & { value: QuestionFile };
  rubrics: ParsedFile<RubricFile> & { value: RubricFile };
}

/** Pairs bank and rubric files by name; reports a file without its partner; keeps pairs where both are valid. */
export function pairFiles(
  questionFiles: ParsedFile<QuestionFile>[],
  rubricFiles: ParsedFile<RubricFile>[],
  problems: BankProblem[],
): FilePair[] {
  const questionNames = new Set(questionFiles.map((f) => f.name));
  for (const { file, name } of rubricFiles) {
    if (questionNames.has(name)) continue;
    const message = `rubric file has no question file question-bank/${name}`;
    problems.push(bankProblem(file, '', 'rubric_file_without_bank_file', message));
  }
  const rubricsByName = new Map(rubricFiles.map((f) => [f.name, f]));
  return questionFiles.flatMap((questions) => {
    const rubrics = rubricsByName.get(questions.name);
    if (!rubrics) {
      const message = `question file has no rubric file rubrics/${questions.name}`;
      problems.push(bankProblem(questions.file, '', 'bank_file_without_rubric_file', message));
      return [];
    }
    const { value: q } = questions;
    const { value: r } = rubrics;
    return q && r ? [{ questions: { ...questions, value: q }, rubrics: { ...rubrics, value: r } }] : [];
  });
}

/**
 * Gives each question of the bank file its rubric from the paired rubric file; reports questions without a
 * rubric, rubrics without a question (saying where the question is when it is in another file) and repeats.
 */
export function matchRubrics(
  pair: FilePair,
  questionFiles: Map<string, string>,
  problems: BankProblem[],
): BankQuestion[] {
  const rubrics = indexRubrics(pair.rubrics, problems);
  checkRubricQuestions(pair, questionFiles, problems);
  const { file, value } = pair.questions;
  return value.questions.flatMap((question, i) => {
    const rubric = rubrics.get(question.id);
    if (rubric) return [{ ...question, rubric, document: value.document }];
    // A malformed rubric for it is already reported as invalid_shape.
    if (pair.rubrics.claimedIds.has(question.id)) return [];
    const message = `question "${question.id}" has no rubric in ${pair.rubrics.file}`;
    problems.push(bankProblem(file, `questions.${i}.id`, 'question_without_rubric', message));
    return [];
  });
}

function checkRubricQuestions(pair: FilePair, questionFiles: Map<string, string>, problems: BankProblem[]): void {
  // Claimed ids include malformed questions, already reported as invalid_shape.
  const ids = pair.questions.claimedIds;
  pair.rubrics.value.rubrics.forEach(({ questionId }, r) => {
    if (ids.has(questionId)) return;
    const elsewhere = questionFiles.get(questionId);
    const where = elsewhere ? `is in ${elsewhere}, not in ${pair.questions.file}` : 'is in no question file';
    const message = `rubric for question "${questionId}", which ${where}`;
    problems.push(bankProblem(pair.rubrics.file, `rubrics.${r}.questionId`, 'rubric_without_question', message));
  });
}

function indexRubrics(rubricFile: FilePair['rubrics'], problems: BankProblem[]): Map<string, Rubric> {
  const byQuestion = new Map<string, Rubric>();
  rubricFile.value.rubrics.forEach((rubric, r) => {
    if (byQuestion.has(rubric.questionId)) {
      const message = `question "${rubric.questionId}" has more than one rubric`;
      problems.push(bankProblem(rubricFile.file, `rubrics.${r}.questionId`, 'duplicate_rubric', message));
    } else {
      byQuestion.set(rubric.questionId, rubric);
    }
  });
  return byQuestion;
}
