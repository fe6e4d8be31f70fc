import type { Bank, BankQuestion } from './schema.ts';

/** The bank the engine works on: questions in file order (first of any repeated id wins), sorted topics. */
export function buildBank(questions: BankQuestion[]): Bank {
  const byId = new Map<string, BankQuestion>();
  for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);
  const unique = [...byId.values()];
  const topics = [...new Set(unique.map((q) => q.topic))].sort();
  return { questions: unique, byId, topics };
}

/** How many key points the bank holds over all its rubrics. */
export function countKeyPoints(bank: Bank): number {
  return bank.questions.reduce((sum, q) => sum + q.rubric.keyPoints.length, 0);
}
