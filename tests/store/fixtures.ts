import { afterEach, beforeEach } from 'vitest';
import type { Attempt, Session } from '../../src/core/interview/types.ts';
import type { Store, UserProfile } from '../../src/store/store.ts';

export type MakeStore = () => Promise<Store>;

/** A fresh store before each test, closed after it; call inside a describe. */
export function useStore(makeStore: MakeStore): () => Store {
  let store: Store | undefined;
  beforeEach(async () => {
    store = await makeStore();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('store used outside a test');
    return store;
  };
}

export const makeUser = (overrides: Partial<UserProfile> = {}): UserProfile => ({
  id: 'user-1',
  displayName: 'Ada',
  timeZone: null,
  leaderboardOptOut: false,
  ...overrides,
});

export const makeAttempt = (overrides: Partial<Attempt> = {}): Attempt => ({
  id: 'attempt-1',
  userId: 'user-1',
  sessionId: null,
  questionId: 'ml-overfitting',
  topic: 'ml',
  guildId: 'guild-1',
  answer: 'Regularise, get more data, and "stop early" — naïvely.',
  score: 72.5,
  keyPoints: [
    { id: 'kp-1', status: 'hit', confidence: 0.9374, evidence: 'get more data', missing: [], negated: false },
    { id: 'kp-2', status: 'partial', confidence: 0.5, evidence: 'stop early', missing: ['validation'], negated: false },
    { id: 'kp-3', status: 'miss', confidence: 0, evidence: null, missing: ['dropout', 'weight decay'], negated: true },
  ],
  hintsUsed: 1,
  source: 'discord',
  createdAt: '2025-03-01T10:00:00.000Z',
  ...overrides,
});

export const makeSession = (overrides: Partial<Session> = {}): Session => ({
  id: 'session-1',
  userId: 'user-1',
  guildId: 'guild-1',
  source: 'discord',
  options: { topic: 'ml', difficulty: 2, count: 3 },
  questionIds: ['q-1', 'q-2', 'q-3'],
  index: 0,
  outcomes: [{ questionId: 'q-1', status: 'pending', score: null, hintsUsed: 0, answers: 0, keyPoints: [] }],
  status: 'active',
  startedAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  version: 0,
  ...overrides,
});
