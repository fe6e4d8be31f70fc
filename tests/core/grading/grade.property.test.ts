import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';

const rubric = compileRubric({
  keyPoints: [
    {
      id: 'numpy',
      text: 'NumPy provides n-dimensional arrays',
      aliases: ['ndarray', 'fast numerical computations'],
      weight: 2,
    },
    { id: 'negated', text: 'unstructured data has no consistent schema', aliases: [], weight: 1 },
  ],
});

const words = fc.constantFrom(
  'numpy',
  'arrays',
  'not',
  'never',
  'schema',
  'no',
  'data',
  ',',
  '.',
  '\n',
  '🙂',
  'ＳＱＬ',
  "don't",
  'n-dimensional',
);

describe('gradeAnswer on random input', () => {
  it('never throws and always scores within 0-100', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
        ),
        (answer) => {
          const grade = gradeAnswer(rubric, answer);
          expect(grade.score).toBeGreaterThanOrEqual(0);
          expect(grade.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(grade.score)).toBe(true);
          for (const k of grade.keyPoints) {
            expect(k.confidence).toBeGreaterThanOrEqual(0);
            expect(k.confidence).toBeLessThanOrEqual(1);
            if (k.negated) expect(k.status).toBe('miss');
          }
          if (grade.note === 'keyword_list') expect(grade.score).toBeLessThanOrEqual(50);
        },
      ),
      { numRuns: 3000, seed: 20261126 },
    );
  });
});
