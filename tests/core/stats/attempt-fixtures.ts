import type { KeyPointStatus } from '../../../src/core/grading/types.ts';
import type { Attempt } from '../../../src/core/interview/types.ts';
import { bankQuestion } from '../../support/test-bank.ts';

let counter = 0;

/** An attempt at `createdAt` (ISO) on a test-bank question; key point statuses default to all 'miss'. */
export function makeAttempt(
  createdAt: string,
  overrides: { questionId?: string; score?: number; sessionId?: string | null; statuses?: KeyPointStatus[] } = {},
): Attempt {
  const question = bankQuestion(overrides.questionId ?? 'sql-index');
  counter += 1;
  return {
    id: `attempt-${counter}`,
    userId: 'user-1',
    sessionId: overrides.sessionId ?? null,
    questionId: question.id,
    topic: question.topic,
    guildId: null,
    answer: 'an answer',
    score: overrides.score ?? 50,
    keyPoints: question.rubric.keyPoints.map((k, i) => ({
      id: k.id,
      status: overrides.statuses?.[i] ?? 'miss',
      confidence: 0,
      evidence: null,
      missing: [],
      negated: false,
    })),
    hintsUsed: 0,
    source: 'terminal',
    createdAt,
  };
}
