import { describe, expect, it } from 'vitest';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import { vectorNeighbours } from '../../../src/core/grading/vector-neighbours.ts';
import {
  decodeWordVectors,
  encodeWordVectors,
  nearestFloors,
  parseAntonyms,
  type WordMeanings,
} from '../../../src/core/grading/word-vectors.ts';

/**
 * A tiny vectors file: 2,000 filler words first (the most frequent English words state nothing by meaning),
 * then "needs" among them as a frequent word, and the words the tests use.
 */
function meanings(): WordMeanings {
  const named: [string, number[]][] = [
    ['linux', [1, 0.1, 0, 0]],
    ['unix', [0.95, 0.15, 0, 0]],
    ['fast', [0, 1, 0.1, 0]],
    ['slow', [0, 0.95, 0.2, 0]],
    ['spreadsheet', [0.1, 0, 1, 0]],
    ['database', [0.15, 0, 0.95, 0]],
    ['computations', [0, 0, 0, 1]],
  ];
  const fillers = Array.from({ length: 2000 }, (_, i): [string, number[]] => [`filler${i}`, [-1, -1, -1, -i]]);
  fillers[1999] = ['servers', [0.9, 0.2, 0, 0]];
  const entries = [...fillers, ...named];
  const words = entries.map(([w]) => w);
  const plain = decodeWordVectors(
    encodeWordVectors(
      words,
      entries.map(([, v]) => v),
      4,
    ),
  );
  const floors = nearestFloors(plain, words, [5]);
  return {
    vectors: decodeWordVectors(
      encodeWordVectors(
        words,
        entries.map(([, v]) => v),
        4,
        floors,
      ),
    ),
    antonyms: parseAntonyms('fast slow\n'),
  };
}

const rubric = (withMeanings: boolean, contrary = ['a spreadsheet']) =>
  compileRubric(
    {
      keyPoints: [
        { id: 'linux', text: 'production runs on linux', aliases: [], weight: 1 },
        { id: 'fast', text: 'fast computations', aliases: [], weight: 1 },
        {
          id: 'lake',
          text: 'the data lake is a database of raw data',
          aliases: [],
          weight: 1,
          claims: [{ subject: ['data lake'], object: ['raw data'], contrary }],
        },
      ],
    },
    withMeanings ? { meanings: meanings() } : {},
  );

describe('word vectors in the vocabulary (only when passed in)', () => {
  const vocabulary = rubric(true).vocabulary;

  it('an answer word close in meaning to a telling rubric word states it, a little less', () => {
    expect(vocabulary.statedBy('unix', 'unix').stems).toEqual([{ stem: 'linux', strength: 0.8 }]);
    expect(rubric(false).vocabulary.statedBy('unix', 'unix').stems).toEqual([]);
  });

  it("keeps the answer's own word as the evidence", () => {
    const grade = gradeAnswer(rubric(true), 'Production runs on Unix.');
    const point = grade.keyPoints.find((k) => k.id === 'linux')!;
    expect(point.status).toBe('hit');
    expect(point.evidence).toContain('Unix');
  });

  it('never for an antonym, however close its vector', () => {
    expect(vocabulary.statedBy('slow', 'slow').stems).toEqual([]);
    const grade = gradeAnswer(rubric(true), 'Slow computations.');
    expect(grade.keyPoints.find((k) => k.id === 'fast')!.status).not.toBe('hit');
  });

  it('never for a word the claims give as what a thing is not', () => {
    expect(vocabulary.statedBy('spreadsheet', 'spreadsheet').stems).toEqual([]);
    const withoutContrary = rubric(true, []).vocabulary;
    expect(withoutContrary.statedBy('spreadsheet', 'spreadsheet').stems).toEqual([{ stem: 'databas', strength: 0.8 }]);
  });

  it('never for the most frequent words', () => {
    expect(vocabulary.statedBy('servers', 'server').stems).toEqual([]);
  });
});

describe('vector neighbours proposed to an author', () => {
  it('are the nearest words, never an antonym', () => {
    const m = meanings();
    expect(vectorNeighbours('Linux', m, 1).map((n) => n.word)).toEqual(['unix']);
    expect(vectorNeighbours('fast', m, 3).map((n) => n.word)).not.toContain('slow');
  });
});
