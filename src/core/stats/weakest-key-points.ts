import type { Bank } from '../bank/schema.ts';
import type { Attempt } from '../interview/types.ts';
import type { WeakKeyPoint } from './types.ts';

/** Key points graded fewer times than this are not ranked: one miss says little. */
export const WEAK_MIN_ATTEMPTS = 2;
export const WEAK_LIMIT = 5;

interface Tally {
  questionId: string;
  keyPointId: string;
  attempts: number;
  misses: number;
  partials: number;
}

/**
 * The key points the user misses most often: miss rate = misses / times graded (a partial is not a
 * miss), at least 2 gradings, at least one miss, highest rate first (then most graded, then id).
 * Key points no longer in the bank are left out, since there is no wording to show.
 */
export function weakestKeyPoints(attempts: readonly Attempt[], bank: Bank, limit = WEAK_LIMIT): WeakKeyPoint[] {
  const tallies = new Map<string, Tally>();
  for (const attempt of attempts) {
    for (const point of attempt.keyPoints) {
      const key = `${attempt.questionId}\u0000${point.id}`;
      const tally = tallies.get(key) ?? {
        questionId: attempt.questionId,
        keyPointId: point.id,
        attempts: 0,
        misses: 0,
        partials: 0,
      };
      tally.attempts += 1;
      if (point.status === 'miss') tally.misses += 1;
      if (point.status === 'partial') tally.partials += 1;
      tallies.set(key, tally);
    }
  }
  return [...tallies.values()]
    .filter((t) => t.attempts >= WEAK_MIN_ATTEMPTS && t.misses > 0)
    .flatMap((t) => describe(t, bank))
    .sort(
      (a, b) =>
        b.missRate - a.missRate ||
        b.attempts - a.attempts ||
        a.questionId.localeCompare(b.questionId) ||
        a.keyPointId.localeCompare(b.keyPointId),
    )
    .slice(0, limit);
}

function describe(tally: Tally, bank: Bank): WeakKeyPoint[] {
  const question = bank.byId.get(tally.questionId);
  const keyPoint = question?.rubric.keyPoints.find((k) => k.id === tally.keyPointId);
  if (question === undefined || keyPoint === undefined) return [];
  return [
    {
      ...tally,
      text: keyPoint.text,
      source: keyPoint.source ?? null,
      document: question.document,
      missRate: tally.misses / tally.attempts,
    },
  ];
}
