import type { Bank, BankQuestion } from '../core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../core/grading/bank-grading.ts';
import { gradeAnswer, type CompiledRubric } from '../core/grading/grade.ts';
import type { OppositeIndex } from '../core/grading/opposites.ts';
import type { TermWeights } from '../core/grading/term-weights.ts';
import type { Grader } from '../core/interview/index.ts';

/**
 * Each question's rubric compiled once, on first use, the way the product grades: with the question's own
 * words discounted, the bank's word rarity (built once for the bank, on the first answer) and, when given, opposite
 * words (a point said with one word flipped is not stated).
 */
export function rubricCache(bank: Bank, opposites?: OppositeIndex): (question: BankQuestion) => CompiledRubric {
  const compiled = new Map<string, CompiledRubric>();
  let termWeights: TermWeights | undefined;
  return (question) => {
    let rubric = compiled.get(question.id);
    if (rubric === undefined) {
      termWeights ??= bankTermWeights(bank, opposites === undefined ? {} : { opposites });
      rubric = compileQuestionRubric(bank.byId.get(question.id) ?? question, termWeights);
      compiled.set(question.id, rubric);
    }
    return rubric;
  };
}

/** The offline grader over `rubricCache`. */
export function cachedGrader(bank: Bank, rubricFor = rubricCache(bank)): Grader {
  return (question: BankQuestion, answer: string) => gradeAnswer(rubricFor(question), answer);
}
