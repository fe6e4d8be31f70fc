import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import type { Grade } from '../../../src/core/grading/types.ts';

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

/**
 * The score never contradicts the checklist: every credited point quotes the answer, a checklist of misses
 * scores 0, and the score is at most the weighted credit the checklist's statuses allow.
 */
function expectScoreToFollowChecklist(grade: Grade): void {
  for (const k of grade.keyPoints) if (k.status !== 'miss') expect(k.evidence).not.toBeNull();
  const credit = grade.keyPoints.map((k) => (k.status === 'hit' ? 1 : k.status === 'partial' ? k.confidence / 0.7 : 0));
  const allowed = (100 * (2 * Math.min(1, credit[0]!) + Math.min(1, credit[1]!))) / 3;
  expect(grade.score).toBeLessThanOrEqual(Math.round(allowed));
  if (grade.keyPoints.every((k) => k.status === 'miss')) expect(grade.score).toBe(0);
}

describe('gradeAnswer on random input', () => {
  it('never throws, always scores within 0-100, and scores what the checklist credits', () => {
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
          expectScoreToFollowChecklist(grade);
        },
      ),
      { numRuns: 3000, seed: 20261126 },
    );
  });
});
