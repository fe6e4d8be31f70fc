import { describe, expect, it } from 'vitest';
import { roundResults } from '../../../src/core/rounds/round-results.ts';
import { makeBank, testBank, testQuestions } from '../../support/test-bank.ts';
import { answer, makeRound } from './round-fixtures.ts';

describe('roundResults', () => {
  it('ranks first answers, sharing a rank on equal whole points, with the most missed key point', () => {
    const answers = [
      answer('cat', 66.6, ['hit', 'miss', 'hit']),
      answer('ada', 90, ['hit', 'hit', 'partial']),
      answer('bob', 67.4, ['hit', 'miss', 'miss'], { answeredAt: '2025-06-01T10:04:00.000Z' }),
      answer('dan', 20, ['miss', 'miss', 'hit']),
      answer('ada', 100, ['hit', 'hit', 'hit'], { isFirst: false, answeredAt: '2025-06-01T10:08:00.000Z' }),
    ];
    expect(roundResults(makeRound(), answers, testBank)).toMatchInlineSnapshot(`
      {
        "counts": {
          "averageScore": 61,
          "participants": 4,
          "retries": 1,
        },
        "modelAnswer": "Model answer for git-rebase: rewrites commit history; linear history; never rebase shared branches.",
        "mostMissed": {
          "keyPointId": "linear",
          "missedBy": 3,
          "source": "Rebasing",
          "text": "linear history",
        },
        "questionId": "git-rebase",
        "ranking": [
          {
            "attemptId": "ada-first",
            "rank": 1,
            "score": 90,
            "userId": "ada",
          },
          {
            "attemptId": "bob-first",
            "rank": 2,
            "score": 67,
            "userId": "bob",
          },
          {
            "attemptId": "cat-first",
            "rank": 2,
            "score": 67,
            "userId": "cat",
          },
          {
            "attemptId": "dan-first",
            "rank": 4,
            "score": 20,
            "userId": "dan",
          },
        ],
        "roundId": "r1",
      }
    `);
  });

  it("gives ties on misses to the rubric's earlier key point and ignores partials", () => {
    const answers = [answer('ada', 10, ['miss', 'partial', 'miss']), answer('bob', 10, ['miss', 'partial', 'miss'])];
    expect(roundResults(makeRound(), answers, testBank).mostMissed).toMatchObject({
      keyPointId: 'rewrite',
      missedBy: 2,
    });
    expect(roundResults(makeRound(), [answer('ada', 80, ['hit', 'partial', 'hit'])], testBank).mostMissed).toBeNull();
  });

  it('has empty results for a round nobody answered', () => {
    expect(roundResults(makeRound(), [], testBank)).toMatchObject({
      ranking: [],
      mostMissed: null,
      counts: { participants: 0, retries: 0, averageScore: null },
    });
  });

  it('still ranks a round whose question left the bank', () => {
    const bank = makeBank(testQuestions.filter((q) => q.id !== 'git-rebase'));
    expect(roundResults(makeRound(), [answer('ada', 50, [])], bank)).toMatchObject({
      modelAnswer: null,
      mostMissed: null,
      ranking: [{ rank: 1, userId: 'ada', score: 50 }],
    });
  });

  it('ignores answers of other rounds', () => {
    const results = roundResults(
      makeRound(),
      [answer('ada', 50, []), answer('bob', 60, [], { roundId: 'r2' })],
      testBank,
    );
    expect(results.ranking.map((r) => r.userId)).toEqual(['ada']);
  });
});
