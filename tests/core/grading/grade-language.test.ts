import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../src/core/bank/schema.ts';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import type { KeyPointResult } from '../../../src/core/grading/types.ts';
import { stemWord } from '../../../src/core/text/normalize.ts';
import { STOPWORDS } from '../../../src/core/text/stopwords.ts';
import { SYNONYM_GROUPS } from '../../../src/core/text/thesaurus.ts';

const pointOf = (rubric: Rubric, answer: string, id = rubric.keyPoints[0]!.id): KeyPointResult =>
  gradeAnswer(compileRubric(rubric), answer).keyPoints.find((k) => k.id === id)!;
const one = (text: string, question?: string): Rubric => ({
  ...(question === undefined ? {} : { question }),
  keyPoints: [{ id: 'p', text, aliases: [], weight: 1 }],
});

describe('gradeAnswer on the ways people say things', () => {
  it.each([
    ['a synonym from the thesaurus', one('raw data is stored in the lake'), 'The lake keeps the raw data.', 'hit'],
    ['programming synonyms from the thesaurus', one('swap the two elements'), 'exchange the two items', 'hit'],
    ['where data lives, in other words', one('data lives in data lakes'), 'Company data resides in data lakes.', 'hit'],
    ['an abbreviation of the rubric words', one('object-oriented programming'), 'OOP', 'hit'],
    [
      'the rubric abbreviation spelt out',
      one('query the tables with SQL'),
      'we query the tables in structured query language',
      'hit',
    ],
    ['a number word for a digit', one('an array of size 1'), 'an array whose size is one', 'hit'],
    ['an irregular plural', one('arrays are accessed by index'), 'arrays are accessed by their indices', 'hit'],
    ['British spelling close enough to count as a typo', one('visualize the data'), 'we visualise the data', 'hit'],
    [
      'only the words of the question',
      one('NumPy provides n-dimensional arrays', 'What is NumPy for?'),
      'NumPy is a library for NumPy things.',
      'miss',
    ],
    [
      'the point beyond the question words',
      one('NumPy provides n-dimensional arrays', 'What is NumPy for?'),
      'It provides n-dimensional arrays.',
      'hit',
    ],
    [
      'the abbreviation the question itself asks about',
      one('extract, transform, load', 'What does ETL stand for?'),
      'ETL',
      'miss',
    ],
    [
      '"main" naming the thing asked for',
      one('at the main function', 'Where do C++ programs begin to execute?'),
      'In main.',
      'partial',
    ],
    [
      '"whether or not", which denies nothing',
      one('the condition is checked before the loop runs'),
      'It checks whether or not the condition holds before the loop runs.',
      'hit',
    ],
  ])('%s', (_kind, rubric, answer, status) => {
    expect(pointOf(rubric, answer).status).toBe(status);
  });
});

describe('gradeAnswer on an abbreviation', () => {
  const rubric: Rubric = {
    keyPoints: [
      { id: 'sql', text: 'structured query language', aliases: [], weight: 1 },
      { id: 'structure', text: 'give the data a structure', aliases: [], weight: 1 },
    ],
  };

  it('states its whole spelt-out form', () => {
    expect(pointOf(rubric, 'We use SQL.', 'sql').status).toBe('hit');
  });

  it('does not state one word of that form alone ("SQL" is not "structure")', () => {
    expect(pointOf(rubric, 'We use SQL.', 'structure').status).toBe('miss');
  });
});

describe('gradeAnswer on words of a point scattered through a long sentence', () => {
  const rubric = one('data lives on remote Linux servers');

  it('credits them close together', () => {
    expect(pointOf(rubric, 'Our data lives on remote Linux servers.').status).toBe('hit');
  });

  it('does not take them from all over a rambling sentence', () => {
    const answer =
      'The data lives on my laptop, which I carry everywhere and which runs Linux, and my friends talk about remote servers.';
    expect(pointOf(rubric, answer).status).toBe('partial');
  });
});

describe('gradeAnswer on how often', () => {
  it('counts "once" as a word of the point', () => {
    const rubric = one('the body runs at least once');
    expect(pointOf(rubric, 'The body runs at least once.').confidence).toBe(1);
    expect(pointOf(rubric, 'The body runs at least twice.').confidence).toBeLessThan(1);
  });
});

describe('gradeAnswer and negation', () => {
  it.each([
    ['a denial after the subject', 'the base case is never included'],
    ['a denial before the object', 'it does not include a base case'],
    ['an omission', 'omitting the base case'],
    ['a missing part', 'the base case is missing'],
  ])('does not credit %s', (_kind, answer) => {
    const result = pointOf(one('include a base case'), answer);
    expect(result).toMatchObject({ status: 'miss', negated: true });
  });

  it('credits a point the rubric itself states negatively when the answer says it negatively too', () => {
    expect(pointOf(one('the base case is not included'), 'they never included a base case').status).toBe('hit');
  });

  it('credits a point stated plainly in one clause though denied as strongly in another', () => {
    const result = pointOf(
      one('dimensions must be specified'),
      'The first dimension is not specified, but the other dimensions are specified.',
    );
    expect(result).toMatchObject({ status: 'hit', negated: false });
  });

  it('keeps a denial within its own clause', () => {
    const rubric: Rubric = {
      keyPoints: [
        { id: 'sql', text: 'query data with SQL', aliases: [], weight: 1 },
        { id: 'lake', text: 'data lives in a data lake', aliases: [], weight: 1 },
      ],
    };
    const grade = gradeAnswer(
      compileRubric(rubric),
      "We don't use spreadsheets, we query data with SQL. It lives in a data lake.",
    );
    expect(grade.keyPoints.map((k) => [k.id, k.status, k.negated])).toEqual([
      ['sql', 'hit', false],
      ['lake', 'hit', false],
    ]);
  });
});

describe('gradeAnswer score', () => {
  const rubric = compileRubric({
    keyPoints: [
      { id: 'lake', text: 'data lives in data lakes', aliases: [], weight: 1 },
      { id: 'sql', text: 'structured data is accessed via SQL queries', aliases: [], weight: 1 },
    ],
  });

  it('gives a point stated in part credit in proportion to how much of it was said', () => {
    const half = gradeAnswer(rubric, 'Our data lives in data lakes. We write SQL.');
    expect(half.keyPoints.map((k) => k.status)).toEqual(['hit', 'partial']);
    expect(half.score).toBeGreaterThan(50);
    expect(half.score).toBeLessThan(
      gradeAnswer(rubric, 'Data lives in data lakes; structured data is accessed via SQL queries.').score,
    );
  });

  it('gives nothing for a point the checklist calls missed, so the score never contradicts the checklist', () => {
    const long = compileRubric({
      keyPoints: [
        { id: 'p', text: 'structured data is accessed via SQL queries on warehouse tables', aliases: [], weight: 1 },
      ],
    });
    const grade = gradeAnswer(long, 'We have some tables at work.');
    expect(grade.keyPoints[0]).toMatchObject({ status: 'miss' });
    expect(grade.keyPoints[0]!.confidence).toBeGreaterThan(0);
    expect(grade.score).toBe(0);
  });

  it('gives nothing for a point the answer denies', () => {
    const denied = gradeAnswer(rubric, 'Data lives in data lakes. Structured data is never accessed via SQL queries.');
    expect(denied.score).toBe(50);
  });

  it('gives nothing for frequent words alone', () => {
    expect(gradeAnswer(rubric, 'data data data').score).toBe(0);
  });

  it('never makes a point "nearly" stated on a quantifier like "every" alone', () => {
    const point = pointOf(one('same features every time'), 'A data lake stores raw data of every kind.');
    expect(point).toMatchObject({ status: 'miss', evidence: null });
  });
});

describe('gradeAnswer on a bare keyword list', () => {
  const rubric = compileRubric({
    keyPoints: [
      { id: 'sql', text: 'SQL for querying and data extraction', aliases: ['SQL skills'], weight: 1 },
      { id: 'commands', text: 'cd, ls, pwd to navigate', aliases: [], weight: 1 },
    ],
  });

  it('states a point that relates things only partly, saying what is missing', () => {
    const grade = gradeAnswer(rubric, 'SQL skills, cd, ls, pwd');
    expect(grade.note).toBe('keyword_list');
    expect(grade.keyPoints[0]).toMatchObject({
      id: 'sql',
      status: 'partial',
      evidence: 'SQL skills',
      missing: ['querying', 'extraction'],
    });
  });

  it('still lets a list state a point that is itself a list', () => {
    expect(gradeAnswer(rubric, 'SQL skills, cd, ls, pwd').keyPoints[1]).toMatchObject({
      id: 'commands',
      status: 'hit',
    });
  });

  it('does not take a point that spells out its own abbreviation for a list', () => {
    const etl = compileRubric({
      keyPoints: [{ id: 'etl', text: 'ETL knowledge: extract, transform, load', aliases: [], weight: 1 }],
    });
    expect(gradeAnswer(etl, 'SQL, ETL, schemas').keyPoints[0]).toMatchObject({ id: 'etl', status: 'partial' });
  });

  it('does not cap a terse one-phrase answer as a list', () => {
    const terse = compileRubric({ keyPoints: [{ id: 'scope', text: 'file scope', aliases: [], weight: 1 }] });
    expect(gradeAnswer(terse, 'File scope.')).toMatchObject({ score: 100, note: null });
  });

  it('does not cap a list when the rubric itself only asks for concepts', () => {
    const concepts = compileRubric({
      keyPoints: [
        { id: 'a', text: 'abstraction', aliases: [], weight: 1 },
        { id: 'r', text: 'reusability', aliases: [], weight: 1 },
      ],
    });
    expect(gradeAnswer(concepts, 'abstraction, reusability')).toMatchObject({ score: 100, note: null });
  });
});

describe('the thesaurus', () => {
  it('puts each word, and each stem, in one group only, and no stop word in any', () => {
    const groupOf = new Map<string, number>();
    const clashes: string[] = [];
    SYNONYM_GROUPS.forEach((group, i) => {
      for (const word of group) {
        const known = groupOf.get(stemWord(word));
        if ((known !== undefined && known !== i) || STOPWORDS.has(word)) clashes.push(word);
        groupOf.set(stemWord(word), i);
      }
    });
    expect(clashes).toEqual([]);
  });
});
