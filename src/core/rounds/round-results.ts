import type { Bank } from '../bank/schema.ts';
import { countedAnswers } from './answer-round.ts';
import type { MostMissedKeyPoint, RankedAnswer, Round, RoundAnswer, RoundResults } from './types.ts';

/**
 * The results of a round: members ranked by their counted (first) answer in whole points, equal points
 * sharing a rank; the model answer; the key point missed by the most members (ties go to the rubric's
 * earlier point; null when nobody missed any); counts.
 */
export function roundResults(round: Round, answers: readonly RoundAnswer[], bank: Bank): RoundResults {
  const counted = countedAnswers(answers.filter((a) => a.roundId === round.id));
  const ranking = rank(counted);
  const scores = ranking.map((r) => r.score);
  return {
    roundId: round.id,
    questionId: round.questionId,
    ranking,
    modelAnswer: bank.byId.get(round.questionId)?.modelAnswer ?? null,
    mostMissed: mostMissed(round.questionId, counted, bank),
    counts: {
      participants: counted.length,
      retries: answers.filter((a) => a.roundId === round.id).length - counted.length,
      averageScore: scores.length === 0 ? null : Math.round(scores.reduce((s, v) => s + v, 0) / scores.length),
    },
  };
}

function rank(counted: readonly RoundAnswer[]): RankedAnswer[] {
  const sorted = counted
    .map((a) => ({ ...a, score: Math.round(a.score) }))
    .sort((a, b) => b.score - a.score || a.answeredAt.localeCompare(b.answeredAt) || a.userId.localeCompare(b.userId));
  // Sorted best first, so the first entry with the same points gives the shared rank (1, 1, 3).
  return sorted.map((a) => ({
    rank: sorted.findIndex((other) => other.score === a.score) + 1,
    userId: a.userId,
    score: a.score,
    attemptId: a.attemptId,
  }));
}

function mostMissed(questionId: string, counted: readonly RoundAnswer[], bank: Bank): MostMissedKeyPoint | null {
  const question = bank.byId.get(questionId);
  if (question === undefined) return null;
  let best: MostMissedKeyPoint | null = null;
  for (const point of question.rubric.keyPoints) {
    const missedBy = counted.filter((a) => a.keyPoints.some((k) => k.id === point.id && k.status === 'miss')).length;
    if (missedBy > 0 && (best === null || missedBy > best.missedBy)) {
      best = { keyPointId: point.id, text: point.text, source: point.source ?? null, missedBy };
    }
  }
  return best;
}
