import type { Bank, BankQuestion } from '../bank/schema.ts';
import { buildEntityIndex, type EntityIndex } from './claims.ts';
import { compileRubric, type CompiledRubric, type CompileOptions } from './compile-rubric.ts';
import { buildConceptIndex, type ConceptIndex } from './concepts.ts';
import { buildTermWeights, type TermWeights } from './term-weights.ts';
import type { OppositeIndex } from './opposites.ts';
import type { WordMeanings } from './word-vectors.ts';

/**
 * Word rarity over the whole bank: every question's prompt, model answer and key points (never candidates'
 * answers). Build once per loaded bank.
 */
export function bankTermWeights(bank: Bank, { meanings, opposites }: WordKnowledge = {}): BankWeights {
  const weights = buildTermWeights(
    bank.questions.map((q) => [q.prompt, q.modelAnswer, ...q.rubric.keyPoints.map((k) => k.text)].join('\n')),
  );
  const entities = buildEntityIndex(bank.questions.flatMap((q) => q.rubric.keyPoints.flatMap((k) => k.claims ?? [])));
  const concepts = bank.concepts === undefined ? undefined : buildConceptIndex(bank.concepts);
  return {
    rarityOf: (stem) => weights.rarityOf(stem),
    entities,
    ...(concepts === undefined ? {} : { concepts }),
    ...(meanings === undefined ? {} : { meanings }),
    ...(opposites === undefined ? {} : { opposites }),
  };
}

/** What the grader may know of words beyond the bank: opposites (the product) and vectors (an option). */
export type WordKnowledge = Pick<CompileOptions, 'meanings' | 'opposites'>;

/** Word rarity over the bank, with the things the bank's claims are about: what every rubric of the bank shares. */
export interface BankWeights extends TermWeights {
  entities?: EntityIndex;
  concepts?: ConceptIndex;
  meanings?: WordMeanings;
  opposites?: OppositeIndex;
}

/**
 * A bank question's rubric compiled the way the product grades it: with the question's own words
 * discounted (repeating the question states nothing) and the bank's word rarity.
 */
export function compileQuestionRubric(question: BankQuestion, termWeights?: BankWeights): CompiledRubric {
  const compiled = compileForBank(question, termWeights);
  // A comparison is about two things: an answer's "it", or its opening "one kind is …", may speak of either, so
  // nothing is read as said of the thing the question happens to name first.
  return question.kind === 'comparison' ? { ...compiled, topic: null } : compiled;
}

function compileForBank(question: BankQuestion, termWeights?: BankWeights): CompiledRubric {
  const rubric = { ...question.rubric, question: question.rubric.question ?? question.prompt };
  if (termWeights === undefined) return compileRubric(rubric);
  const { entities, concepts, meanings, opposites } = termWeights;
  return compileRubric(rubric, {
    termWeights,
    ...(entities === undefined ? {} : { entities }),
    ...(concepts === undefined ? {} : { concepts }),
    ...(meanings === undefined ? {} : { meanings }),
    ...(opposites === undefined ? {} : { opposites }),
  });
}
