import type { KeyPointStatus } from '../../../src/core/grading/types.ts';
import type { PracticeChannelConfig, Round, RoundAnswer } from '../../../src/core/rounds/types.ts';
import { bankQuestion } from '../../support/test-bank.ts';

export const channel: PracticeChannelConfig = { channelId: 'c1', guildId: 'g1', topic: null, roundMinutes: 10 };

export const makeRound = (overrides: Partial<Round> = {}): Round => ({
  id: 'r1',
  kind: 'practice',
  guildId: 'g1',
  channelId: 'c1',
  questionId: 'git-rebase',
  startedBy: 'host',
  startedAt: '2025-06-01T10:00:00.000Z',
  closesAt: '2025-06-01T10:10:00.000Z',
  status: 'open',
  closedAt: null,
  messageId: null,
  threadId: null,
  ...overrides,
});

/** A round answer on git-rebase (key points rewrite, linear, shared) with these statuses. */
export function answer(
  userId: string,
  score: number,
  statuses: KeyPointStatus[],
  overrides: Partial<RoundAnswer> = {},
): RoundAnswer {
  const points = bankQuestion('git-rebase').rubric.keyPoints;
  return {
    roundId: 'r1',
    userId,
    attemptId: `${userId}-${overrides.isFirst === false ? 'retry' : 'first'}`,
    score,
    keyPoints: points.map((k, i) => ({
      id: k.id,
      status: statuses[i] ?? 'miss',
      confidence: 0,
      evidence: null,
      missing: [],
      negated: false,
    })),
    isFirst: true,
    answeredAt: '2025-06-01T10:05:00.000Z',
    ...overrides,
  };
}
