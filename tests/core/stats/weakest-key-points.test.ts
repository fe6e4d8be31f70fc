import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/core/stats/compute-stats.ts';
import { weakestKeyPoints } from '../../../src/core/stats/weakest-key-points.ts';
import { testBank } from '../../support/test-bank.ts';
import { makeAttempt } from './attempt-fixtures.ts';

const at = (minute: number): string => new Date(Date.UTC(2025, 2, 1, 12, minute)).toISOString();

describe('weakestKeyPoints', () => {
  it('ranks key points by miss rate with their wording and source', () => {
    const attempts = [
      makeAttempt(at(1), { questionId: 'sql-index', statuses: ['hit', 'miss'] }),
      makeAttempt(at(2), { questionId: 'sql-index', statuses: ['miss', 'miss'] }),
      makeAttempt(at(3), { questionId: 'sql-index', statuses: ['hit', 'partial'] }),
    ];
    expect(weakestKeyPoints(attempts, testBank)).toEqual([
      {
        questionId: 'sql-index',
        keyPointId: 'slower-writes',
        text: 'slows down writes',
        source: 'Indexes',
        document: 'databases.md',
        attempts: 3,
        misses: 2,
        partials: 1,
        missRate: 2 / 3,
      },
      {
        questionId: 'sql-index',
        keyPointId: 'faster-reads',
        text: 'speeds up reads',
        source: 'Indexes',
        document: 'databases.md',
        attempts: 3,
        misses: 1,
        partials: 0,
        missRate: 1 / 3,
      },
    ]);
  });

  it('ignores key points graded only once and key points never missed', () => {
    const attempts = [
      makeAttempt(at(1), { questionId: 'git-merge', statuses: ['miss', 'miss'] }),
      makeAttempt(at(2), { questionId: 'http-status', statuses: ['hit', 'partial'] }),
      makeAttempt(at(3), { questionId: 'http-status', statuses: ['hit', 'partial'] }),
    ];
    expect(weakestKeyPoints(attempts, testBank)).toEqual([]);
  });

  it('gives a null source for a key point without a heading', () => {
    const attempts = [1, 2].map((m) => makeAttempt(at(m), { questionId: 'http-status', statuses: ['hit', 'miss'] }));
    expect(weakestKeyPoints(attempts, testBank)).toMatchObject([
      { keyPointId: 'server-error', source: null, missRate: 1 },
    ]);
  });

  it('returns at most five, the highest miss rates first', () => {
    const attempts = ['git-rebase', 'git-merge', 'http-caching'].flatMap((questionId) =>
      [1, 2].map((m) => makeAttempt(at(m), { questionId })),
    );
    attempts.push(makeAttempt(at(3), { questionId: 'sql-index', statuses: ['miss', 'hit'] }));
    attempts.push(makeAttempt(at(4), { questionId: 'sql-index', statuses: ['hit', 'hit'] }));
    const weakest = computeStats(attempts, testBank, new Date(at(10)), null).weakestKeyPoints;
    expect(weakest).toHaveLength(5);
    expect(weakest.every((k) => k.missRate === 1)).toBe(true);
    expect(weakest.map((k) => k.keyPointId)).not.toContain('faster-reads');
  });

  it('leaves out key points the bank no longer has', () => {
    const stale = [1, 2].map((m) => ({ ...makeAttempt(at(m)), questionId: 'removed-question' }));
    expect(weakestKeyPoints(stale, testBank)).toEqual([]);
  });
});
