import { describe, expect, it } from 'vitest';
import { pickQuestionForWeakness } from '../../../src/core/interview/pick-for-weakness.ts';
import { seededRandom } from '../../../src/core/random.ts';
import type { TopicStats, UserStats, WeakKeyPoint } from '../../../src/core/stats/types.ts';
import { bankQuestion, makeBank, testBank } from '../../support/test-bank.ts';

function stats(perTopic: Partial<Record<string, number>>, weakest: Partial<WeakKeyPoint>[] = []): UserStats {
  return {
    attempts: 0,
    sessions: 0,
    averageScore: null,
    bestScore: null,
    perTopic: Object.entries(perTopic).map(([topic, mastery]): TopicStats => ({
      topic,
      attempts: 4,
      average: (mastery ?? 0) * 100,
      mastery: mastery ?? 0,
    })),
    streak: { current: 0, longest: 0, lastPracticeDay: null },
    weakestKeyPoints: weakest as WeakKeyPoint[],
  };
}

const pickTopic = (s: UserStats, seed = 1): string | null => {
  const result = pickQuestionForWeakness(testBank, s, seededRandom(seed));
  return result.ok ? bankQuestion(result.value).topic : null;
};

describe('pickQuestionForWeakness', () => {
  it.each([
    { mastery: { sql: 0.9, http: 0.2, git: 0.6 }, topic: 'http' },
    { mastery: { sql: 0.1, http: 0.2, git: 0.6 }, topic: 'sql' },
    { mastery: { sql: 0.9, http: 0.8 }, topic: 'git' },
  ])('picks from the weakest topic ($topic), an unpractised topic counting as 0', ({ mastery, topic }) => {
    for (const seed of [1, 2, 3]) expect(pickTopic(stats(mastery), seed)).toBe(topic);
  });

  it('prefers a question holding one of the weakest key points', () => {
    const s = stats({ sql: 0.9, http: 0.9, git: 0.1 }, [{ questionId: 'git-merge', keyPointId: 'merge-commit' }]);
    for (const seed of [1, 2, 3, 4]) {
      expect(pickQuestionForWeakness(testBank, s, seededRandom(seed))).toEqual({ ok: true, value: 'git-merge' });
    }
  });

  it('breaks ties between equally weak topics with the random source', () => {
    const topics = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => pickTopic(stats({}), seed)));
    expect(topics.size).toBeGreaterThan(1);
  });

  it('refuses an empty bank', () => {
    expect(pickQuestionForWeakness(makeBank([]), stats({}), seededRandom(1))).toEqual({
      ok: false,
      error: 'no_questions',
    });
  });
});
