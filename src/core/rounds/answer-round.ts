import type { Attempt } from '../interview/types.ts';
import { err, ok, type Result } from '../result.ts';
import type { Round, RoundAnswer } from './types.ts';

/** Open until it is closed or its closing time has come, whichever is first. */
export function isRoundOpen(round: Round, now: Date): boolean {
  return round.status === 'open' && now.getTime() < Date.parse(round.closesAt);
}

/**
 * A member's graded answer in a round, as `Store#addRoundAnswer` takes it. The store decides whether it
 * is the member's first (counted) answer, atomically; `isFirstAnswer` tells the same from the answers
 * already known, for the reply.
 */
export function roundAnswer(
  round: Round,
  attempt: Attempt,
  now: Date,
): Result<Omit<RoundAnswer, 'isFirst'>, 'round_closed'> {
  if (!isRoundOpen(round, now)) return err('round_closed', round.id);
  return ok({
    roundId: round.id,
    userId: attempt.userId,
    attemptId: attempt.id,
    score: attempt.score,
    keyPoints: attempt.keyPoints,
    answeredAt: now.toISOString(),
  });
}

/** True when `userId` has no answer among `answers` of the round yet: their next one counts. */
export function isFirstAnswer(answers: readonly RoundAnswer[], userId: string): boolean {
  return !answers.some((a) => a.userId === userId);
}

/** Each member's counted answer: the one marked first, else their earliest. */
export function countedAnswers(answers: readonly RoundAnswer[]): RoundAnswer[] {
  const byUser = new Map<string, RoundAnswer>();
  const ordered = [...answers].sort(
    (a, b) => Number(b.isFirst) - Number(a.isFirst) || a.answeredAt.localeCompare(b.answeredAt),
  );
  for (const answer of ordered) if (!byUser.has(answer.userId)) byUser.set(answer.userId, answer);
  return [...byUser.values()];
}
