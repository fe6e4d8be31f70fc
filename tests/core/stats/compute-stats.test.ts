import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/core/stats/compute-stats.ts';
import { testBank } from '../../support/test-bank.ts';
import { makeAttempt } from './attempt-fixtures.ts';

const NOW = new Date('2025-03-10T12:00:00Z');
const day = (d: number, hour = 12): string =>
  `2025-03-${String(d).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('computeStats', () => {
  it('reports nothing but the bank topics before the first attempt', () => {
    expect(computeStats([], testBank, NOW, null)).toEqual({
      attempts: 0,
      sessions: 0,
      averageScore: null,
      bestScore: null,
      perTopic: ['git', 'http', 'sql'].map((topic) => ({ topic, attempts: 0, average: null, mastery: 0 })),
      streak: { current: 0, longest: 0, lastPracticeDay: null },
      weakestKeyPoints: [],
    });
  });

  it('counts attempts, distinct sessions, average and best score', () => {
    const stats = computeStats(
      [
        makeAttempt(day(8), { score: 40, sessionId: 's1' }),
        makeAttempt(day(8, 13), { score: 80, sessionId: 's1' }),
        makeAttempt(day(9), { score: 90, sessionId: 's2' }),
        makeAttempt(day(10), { score: 30, sessionId: null }),
      ],
      testBank,
      NOW,
      null,
    );
    expect(stats).toMatchObject({ attempts: 4, sessions: 2, averageScore: 60, bestScore: 90 });
    expect(stats.streak).toEqual({ current: 3, longest: 3, lastPracticeDay: '2025-03-10' });
  });

  it('breaks scores down by topic', () => {
    const stats = computeStats(
      [
        makeAttempt(day(1), { questionId: 'git-rebase', score: 100 }),
        makeAttempt(day(2), { questionId: 'git-merge', score: 60 }),
        makeAttempt(day(3), { questionId: 'http-status', score: 30 }),
      ],
      testBank,
      NOW,
      null,
    );
    expect(stats.perTopic).toEqual([
      { topic: 'git', attempts: 2, average: 80, mastery: expect.closeTo(((0.7 * 1 + 0.6) / 1.7) * 0.5, 10) },
      { topic: 'http', attempts: 1, average: 30, mastery: expect.closeTo(0.3 * 0.25, 10) },
      { topic: 'sql', attempts: 0, average: null, mastery: 0 },
    ]);
  });

  it('weighs by time order whatever order the attempts arrive in', () => {
    const attempts = [
      makeAttempt(day(1), { score: 0 }),
      makeAttempt(day(2), { score: 0 }),
      makeAttempt(day(3), { score: 100 }),
      makeAttempt(day(4), { score: 100 }),
    ];
    const inOrder = computeStats(attempts, testBank, NOW, null);
    const shuffled = computeStats([attempts[2]!, attempts[0]!, attempts[3]!, attempts[1]!], testBank, NOW, null);
    expect(shuffled.perTopic).toEqual(inOrder.perTopic);
    expect(inOrder.perTopic.find((t) => t.topic === 'sql')?.mastery).toBeGreaterThan(0.5);
  });

  it('raises mastery as good recent attempts come in', () => {
    const attempts = [makeAttempt(day(1), { score: 20 }), makeAttempt(day(2), { score: 30 })];
    const mastery = () =>
      computeStats(attempts, testBank, NOW, null).perTopic.find((t) => t.topic === 'sql')?.mastery ?? 0;
    const before = mastery();
    attempts.push(makeAttempt(day(3), { score: 95 }), makeAttempt(day(4), { score: 100 }));
    expect(mastery()).toBeGreaterThan(before + 0.3);
  });

  it('keeps a topic no longer in the bank', () => {
    const attempt = { ...makeAttempt(day(1), { score: 70 }), topic: 'retired-topic' };
    expect(computeStats([attempt], testBank, NOW, null).perTopic.map((t) => t.topic)).toEqual([
      'git',
      'http',
      'retired-topic',
      'sql',
    ]);
  });
});
