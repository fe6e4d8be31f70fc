import { describe, expect, it } from 'vitest';
import { currentQuestion } from '../../../src/core/interview/session-state.ts';
import { startSession } from '../../../src/core/interview/start-session.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { testBank } from '../../support/test-bank.ts';
import { newSession, T0 } from './session-fixtures.ts';

describe('startSession', () => {
  it('starts an active session on its first question with every outcome pending', () => {
    const session = newSession({ topic: 'sql', count: 2 });
    expect(session).toMatchObject({
      id: 'session-1',
      userId: 'user-1',
      guildId: 'guild-1',
      source: 'discord',
      status: 'active',
      index: 0,
      version: 0,
      startedAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      options: { topic: 'sql', difficulty: null, count: 2 },
    });
    expect(session.questionIds).toHaveLength(2);
    expect(session.outcomes).toEqual(
      session.questionIds.map((questionId) => ({
        questionId,
        status: 'pending',
        score: null,
        hintsUsed: 0,
        answers: 0,
        keyPoints: [],
      })),
    );
  });

  it('stores the clamped count', () => {
    expect(newSession({ topic: null, count: 99 }).options.count).toBe(20);
  });

  it('passes selection errors through', () => {
    const result = startSession({
      id: 's',
      userId: 'u',
      guildId: null,
      source: 'terminal',
      bank: testBank,
      now: T0,
      random: seededRandom(1),
      options: { topic: 'cooking', difficulty: null, count: 3 },
    });
    expect(result).toMatchObject({ ok: false, error: 'unknown_topic' });
  });
});

describe('currentQuestion', () => {
  it('returns the bank question the session is on', () => {
    const session = newSession();
    expect(currentQuestion(session, testBank)?.id).toBe(session.questionIds[0]);
  });

  it('returns null for a session that is over', () => {
    expect(currentQuestion({ ...newSession(), status: 'finished' }, testBank)).toBeNull();
  });
});
