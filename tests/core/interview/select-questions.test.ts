import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../../../src/core/interview/select-questions.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { bankQuestion, makeBank, testBank } from '../../support/test-bank.ts';

const pick = (
  options: { topic?: string | null; difficulty?: 1 | 2 | 3 | null; count?: number },
  seed = 1,
  recent: string[] = [],
) =>
  selectQuestions(
    testBank,
    { topic: options.topic ?? null, difficulty: options.difficulty ?? null, count: options.count ?? 3 },
    seededRandom(seed),
    recent,
  );

const ids = (result: ReturnType<typeof pick>): string[] => (result.ok ? result.value : []);

describe('selectQuestions', () => {
  it('returns only questions of the requested topic', () => {
    const result = ids(pick({ topic: 'http', count: 10 }));
    expect(result).toHaveLength(3);
    expect(result.map((id) => bankQuestion(id).topic)).toEqual(['http', 'http', 'http']);
  });

  it('refuses a topic the bank does not have', () => {
    expect(pick({ topic: 'kubernetes' })).toEqual({ ok: false, error: 'unknown_topic', detail: 'kubernetes' });
  });

  it('refuses an empty bank', () => {
    const result = selectQuestions(makeBank([]), { topic: null, difficulty: null, count: 3 }, seededRandom(1));
    expect(result).toEqual({ ok: false, error: 'no_questions' });
  });

  it('is deterministic for a seed and varies with it', () => {
    const orders = [1, 2, 3, 4, 5].map((seed) => ids(pick({ count: 8 }, seed)).join(','));
    expect(ids(pick({ count: 8 }, 3))).toEqual(ids(pick({ count: 8 }, 3)));
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('asks only the requested difficulty when there are enough', () => {
    const result = ids(pick({ difficulty: 1, count: 3 }));
    expect(result.map((id) => bankQuestion(id).difficulty)).toEqual([1, 1, 1]);
  });

  it('fills a short difficulty from the nearest one first', () => {
    expect(ids(pick({ topic: 'sql', difficulty: 3, count: 3 }))).toEqual([
      'sql-transactions',
      'sql-index',
      'sql-joins',
    ]);
    const mixed = ids(pick({ difficulty: 3, count: 4 }));
    expect(mixed.map((id) => bankQuestion(id).difficulty)).toEqual([3, 3, 2, 2]);
  });

  it.each([
    { count: 0, expected: 1 },
    { count: -5, expected: 1 },
    { count: Number.NaN, expected: 1 },
    { count: 2.9, expected: 2 },
    { count: 50, expected: 8 },
  ])('clamps a count of $count to $expected question(s) (never more than the bank holds)', ({ count, expected }) => {
    expect(ids(pick({ count }))).toHaveLength(expected);
  });

  it('never repeats a question within a session', () => {
    const result = ids(pick({ count: 20 }, 9));
    expect(new Set(result).size).toBe(result.length);
  });

  it('prefers questions not asked recently', () => {
    const recent = ['sql-joins', 'sql-index'];
    expect(ids(pick({ topic: 'sql', count: 1 }, 4, recent))).toEqual(['sql-transactions']);
    expect(ids(pick({ topic: 'sql', count: 3 }, 4, recent))[0]).toBe('sql-transactions');
  });

  it('still asks recent questions when nothing fresher is left', () => {
    const result = ids(pick({ topic: 'sql', count: 3 }, 4, ['sql-joins', 'sql-index', 'sql-transactions']));
    expect([...result].sort()).toEqual(['sql-index', 'sql-joins', 'sql-transactions']);
  });

  it.each([1, 2, 3, 4, 5, 6])('spreads a mixed session over every topic (seed %i)', (seed) => {
    const topics = ids(pick({ count: 3 }, seed)).map((id) => bankQuestion(id).topic);
    expect([...topics].sort()).toEqual(['git', 'http', 'sql']);
  });

  it('keeps the topics balanced when a mixed session is long', () => {
    const topics = ids(pick({ count: 6 }, 2)).map((id) => bankQuestion(id).topic);
    expect(topics.filter((t) => t === 'git')).toHaveLength(2);
    expect(topics.filter((t) => t === 'sql')).toHaveLength(2);
    expect(topics.filter((t) => t === 'http')).toHaveLength(2);
  });
});
