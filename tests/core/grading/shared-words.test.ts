import { describe, expect, it } from 'vitest';
import { keyPointSchema } from '../../../src/core/bank/schema.ts';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';

/** A drafted point whose "keeps copies" other sections of its document say too (replication keeps copies). */
const point = {
  id: 'cache-copies',
  text: 'a cache keeps copies of frequent reads in fast memory',
  aliases: ['cache keeps copies frequent reads fast memory'],
  weight: 1,
};
const withShared = compileRubric({ keyPoints: [{ ...point, sharedWords: ['keeps', 'copies'] }] });
const without = compileRubric({ keyPoints: [point] });
const statusOf = (rubric: typeof withShared, answer: string): string =>
  gradeAnswer(rubric, answer).keyPoints[0]!.status;

describe('shared words of a key point', () => {
  it('earn no partial credit alone, where they did without the field', () => {
    const answer = 'Replication keeps copies of the data on several servers.';
    expect(statusOf(without, answer)).toBe('partial');
    expect(statusOf(withShared, answer)).toBe('miss');
    expect(gradeAnswer(withShared, answer).score).toBe(0);
  });

  it("count beside one of the point's own words", () => {
    expect(statusOf(withShared, 'It keeps copies in memory.')).toBe('partial');
    expect(statusOf(withShared, 'A cache keeps copies of frequent reads in fast memory.')).toBe('hit');
  });

  it('make the point when they are all of its telling words and all said', () => {
    const allShared = compileRubric({
      keyPoints: [{ ...point, text: 'keeps copies', aliases: [], sharedWords: ['keeps', 'copies'] }],
    });
    expect(statusOf(allShared, 'It keeps copies.')).toBe('hit');
    expect(statusOf(allShared, 'It keeps things.')).toBe('miss');
  });

  it('are checked by the bank schema: at most 30 words, none empty', () => {
    expect(keyPointSchema.safeParse({ ...point, sharedWords: ['keeps'] }).success).toBe(true);
    expect(keyPointSchema.safeParse({ ...point, sharedWords: [''] }).success).toBe(false);
    expect(keyPointSchema.safeParse({ ...point, sharedWords: Array(31).fill('w') }).success).toBe(false);
  });
});
