import type { Bank, BankQuestion } from '../core/bank/schema.ts';
import { bankTermWeights, compileQuestionRubric } from '../core/grading/bank-grading.ts';
import { gradeAnswer, type CompiledRubric } from '../core/grading/grade.ts';
import type { TermWeights } from '../core/grading/term-weights.ts';
import type { Grader } from '../core/interview/index.ts';

/**
 * A grader that compiles each question's rubric once, on first use, the way the product grades: with the
 * question's own words discounted and the bank's word rarity (built once for the bank, on the first answer).
 */
export function cachedGrader(bank: Bank): Grader {
  const compiled = new Map<string, CompiledRubric>();
  let termWeights: TermWeights | undefined;
  return (question: BankQuestion, answer: string) => {
    let rubric = compiled.get(question.id);
    if (rubric === undefined) {
      termWeights ??= bankTermWeights(bank);
      rubric = compileQuestionRubric(bank.byId.get(question.id) ?? question, termWeights);
      compiled.set(question.id, rubric);
    }
    return gradeAnswer(rubric, answer);
  };
}
