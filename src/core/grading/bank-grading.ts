import type { Bank, BankQuestion } from '../bank/schema.ts';
import { compileRubric, type CompiledRubric } from './compile-rubric.ts';
import { buildTermWeights, type TermWeights } from './term-weights.ts';

/**
 * Word rarity over the whole bank: every question's prompt, model answer and key points (never candidates'
 * answers). Build once per loaded bank.
 */
export function bankTermWeights(bank: Bank): TermWeights {
  return buildTermWeights(bank.questions.map((q) =>
    [q.prompt, q.modelAnswer, ...q.rubric.keyPoints.map((k) => k.text)].join('\n')));
}

/**
 * A bank question's rubric compiled the way the product grades it: with the question's own words
 * discounted (repeating the question states nothing) and the bank's word rarity.
 */
export function compileQuestionRubric(question: BankQuestion, termWeights?: TermWeights): CompiledRubric {
  const rubric = { ...question.rubric, question: question.rubric.question ?? question.prompt };
  return compileRubric(rubric, termWeights === undefined ? {} : { termWeights });
}
