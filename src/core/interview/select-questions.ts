import type { Bank, BankQuestion } from '../bank/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { shuffle, type Random } from '../random.ts';
import type { SessionOptions } from './types.ts';

export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = 20;

export type SelectError = 'unknown_topic' | 'no_questions';

/** The requested count as a whole number in 1..20 (anything unusable becomes 1). */
export function clampCount(count: number): number {
  if (!Number.isFinite(count)) return MIN_QUESTIONS;
  return Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.floor(count)));
}

/**
 * Picks question ids for a session. Candidates are ranked in tiers: distance from the wanted
 * difficulty first (exact, then ±1, then ±2 — so a short level is filled from its neighbours), then
 * not-recently-asked before recently asked. Within a tier the order is shuffled with `random`, and
 * picks rotate over topics (the topic with the fewest picks so far goes next) so a mixed session is
 * spread over the bank. Deterministic for a given seed.
 */
export function selectQuestions(
  bank: Bank,
  options: SessionOptions,
  random: Random,
  recentQuestionIds: readonly string[] = [],
): Result<string[], SelectError> {
  const { topic, difficulty } = options;
  if (bank.questions.length === 0) return err('no_questions');
  if (topic !== null && !bank.questions.some((q) => q.topic === topic)) {
    return err('unknown_topic', topic);
  }
  const pool = bank.questions.filter((q) => topic === null || q.topic === topic);
  const recent = new Set(recentQuestionIds);
  const tierOf = (q: BankQuestion): number =>
    (difficulty === null ? 0 : Math.abs(q.difficulty - difficulty)) * 2 + (recent.has(q.id) ? 1 : 0);
  const tiers = new Map<number, BankQuestion[]>();
  for (const q of shuffle(pool, random)) tiers.set(tierOf(q), [...(tiers.get(tierOf(q)) ?? []), q]);
  const topicOrder = shuffle([...new Set(pool.map((q) => q.topic))], random);
  const picked: BankQuestion[] = [];
  const count = Math.min(clampCount(options.count), pool.length);
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    pickSpread(tiers.get(tier) ?? [], topicOrder, picked, count);
  }
  return ok(picked.map((q) => q.id));
}

/** Moves questions from `candidates` into `picked` until `count`, always from the least-used topic. */
function pickSpread(candidates: BankQuestion[], topicOrder: string[], picked: BankQuestion[], count: number): void {
  const left = [...candidates];
  while (picked.length < count && left.length > 0) {
    const used = (t: string): number => picked.filter((q) => q.topic === t).length;
    const available = topicOrder.filter((t) => left.some((q) => q.topic === t));
    const topic = available.reduce((best, t) => (used(t) < used(best) ? t : best));
    const index = left.findIndex((q) => q.topic === topic);
    picked.push(...left.splice(index, 1));
  }
}
