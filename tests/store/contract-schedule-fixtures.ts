import type { PracticeChannelConfig, Round, RoundAnswer } from '../../src/core/rounds/types.ts';
import type { ChannelDailyConfig, DailySubscription } from '../../src/core/schedule/types.ts';

/** Fixtures for the daily question and round parts of the store contract. */
export const makeSubscription = (overrides: Partial<DailySubscription> = {}): DailySubscription => ({
  userId: 'user-1',
  time: '09:00',
  timeZone: 'Europe/Berlin',
  topic: null,
  deliveryFailure: null,
  ...overrides,
});

export const makeChannelDaily = (overrides: Partial<ChannelDailyConfig> = {}): ChannelDailyConfig => ({
  channelId: 'channel-1',
  guildId: 'guild-1',
  time: '18:30',
  timeZone: 'Asia/Kolkata',
  topic: 'sql',
  roleId: 'role-1',
  deliveryFailure: null,
  ...overrides,
});

export const makePracticeChannel = (overrides: Partial<PracticeChannelConfig> = {}): PracticeChannelConfig => ({
  channelId: 'channel-1',
  guildId: 'guild-1',
  topic: null,
  roundMinutes: 10,
  ...overrides,
});

export const makeRound = (overrides: Partial<Round> = {}): Round => ({
  id: 'round-1',
  kind: 'practice',
  guildId: 'guild-1',
  channelId: 'channel-1',
  questionId: 'sql-joins',
  startedBy: 'user-1',
  startedAt: '2025-03-01T10:00:00.000Z',
  closesAt: '2025-03-01T10:10:00.000Z',
  status: 'open',
  closedAt: null,
  messageId: null,
  threadId: null,
  ...overrides,
});

export const makeRoundAnswer = (
  overrides: Partial<Omit<RoundAnswer, 'isFirst'>> = {},
): Omit<RoundAnswer, 'isFirst'> => ({
  roundId: 'round-1',
  userId: 'user-1',
  attemptId: 'attempt-1',
  score: 72.5,
  keyPoints: [
    { id: 'matching-rows', status: 'hit', confidence: 0.9374, evidence: 'both tables', missing: [], negated: false },
    { id: 'drops-unmatched', status: 'miss', confidence: 0, evidence: null, missing: ['unmatched'], negated: true },
  ],
  answeredAt: '2025-03-01T10:02:00.000Z',
  ...overrides,
});
