import { describe, expect, it } from 'vitest';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import type { Grade } from '../../../src/core/grading/types.ts';

const rubric = compileRubric({
  keyPoints: [
    {
      id: 'data-lakes',
      text: 'data lives in data lakes',
      aliases: ['centralized data repositories', 'stored in a data lake'],
      weight: 2,
    },
    {
      id: 'sql',
      text: 'structured data is accessed via SQL',
      aliases: ['query structured data with SQL', 'SQL queries'],
      weight: 1,
    },
    {
      id: 'preprocess',
      text: 'unstructured data needs preprocessing',
      aliases: ['convert unstructured data to structured format'],
      weight: 1,
    },
  ],
});

const statusOf = (grade: Grade, id: string): string => grade.keyPoints.find((k) => k.id === id)!.status;

describe('gradeAnswer', () => {
  const full =
    'Data usually lives in a data lake. We query the structured tables with SQL, and unstructured logs need preprocessing first.';

  it('credits every key point of a full answer', () => {
    const grade = gradeAnswer(rubric, full);
    expect(grade.score).toBe(100);
    expect(grade.keyPoints.map((k) => k.status)).toEqual(['hit', 'hit', 'hit']);
  });

  it.each([
    ['typos', 'Data typicaly lives in data lakse, accesed with SQl for structred data', 'sql', 'hit'],
    ['case and punctuation', 'STRUCTURED-DATA is ACCESSED via "sql"!!!', 'sql', 'hit'],
    ['inflections', 'Unstructured data needed preprocessed before anything', 'preprocess', 'hit'],
    ['word order', 'SQL is how structured data gets accessed', 'sql', 'hit'],
    ['an alias', 'Enterprises keep it in centralised data repositories', 'data-lakes', 'hit'],
    ['fullwidth and accents', 'Ｓｔｒｕｃｔｕｒｅｄ dàta is accessed via ＳＱＬ', 'sql', 'hit'],
    ['zero-width characters inside words', 'structured data is acc\u200Bessed via S\u200BQL', 'sql', 'hit'],
    ['half of the point', 'we use SQL', 'sql', 'partial'],
    ['an unrelated answer', 'We keep everything in spreadsheets on my laptop.', 'sql', 'miss'],
  ])('tolerates %s', (_kind, answer, id, expected) => {
    expect(statusOf(gradeAnswer(rubric, answer), id)).toBe(expected);
  });

  it.each([
    ['I never use SQL for anything.', 'sql'],
    ["We don't access structured data via SQL.", 'sql'],
    ['Unstructured data does not need preprocessing.', 'preprocess'],
    ['Data never lives in data lakes.', 'data-lakes'],
    ["SQL doesn't matter for structured data.", 'sql'],
  ])('does not credit a point the answer denies: %s', (answer, id) => {
    const result = gradeAnswer(rubric, answer).keyPoints.find((k) => k.id === id)!;
    expect(result.status).toBe('miss');
    expect(result.negated).toBe(true);
    expect(result.evidence).toMatch(/never|not|n't/);
  });

  it.each([
    ["Logs can't be used raw and it needs preprocessing.", 'preprocess', false],
    ["We never keep spreadsheets and there's one data lake for everything.", 'data-lakes', false],
    ["Unstructured data doesn't need cleaning and preprocessing.", 'preprocess', true],
  ])('ends a denial at "and" or "or" opening a clause of its own: %s', (answer, id, denied) => {
    const result = gradeAnswer(rubric, answer).keyPoints.find((k) => k.id === id)!;
    expect(result.negated).toBe(denied);
    expect(result.status === 'miss').toBe(denied);
  });

  it.each([
    ['You rarely need SQL for structured data.', 'sql', 'rarely need SQL for structured'],
    ['Structured data is hardly ever accessed via SQL.', 'sql', 'Structured data is hardly ever accessed via SQL'],
    ['Preprocessing unstructured data is pointless.', 'preprocess', 'Preprocessing unstructured data is pointless'],
    ['Data lakes are overrated.', 'data-lakes', 'lakes are overrated'],
    [
      'Querying structured data with SQL is a waste of time.',
      'sql',
      'Querying structured data with SQL is a waste of time',
    ],
    ['It is pointless to preprocess unstructured data.', 'preprocess', 'pointless to preprocess unstructured'],
    [
      'Converting unstructured data to a structured format is mostly unnecessary.',
      'preprocess',
      'Converting unstructured data to a structured format is mostly unnecessary',
    ],
    ['SQL queries are optional for structured data.', 'sql', 'SQL queries are optional for structured'],
  ])(
    'does not credit a point the answer dismisses or weakly denies, and quotes the denial: %s',
    (answer, id, quote) => {
      const result = gradeAnswer(rubric, answer).keyPoints.find((k) => k.id === id)!;
      expect(result.status).toBe('miss');
      expect(result.negated).toBe(true);
      expect(result.evidence).toBe(quote);
    },
  );

  it.each([
    ['Laptops are useless for this; data lives in data lakes.', 'data-lakes'],
    ['Copying files by hand is pointless, so we query structured data with SQL.', 'sql'],
    ['It is rarely on a laptop: the data lives in data lakes.', 'data-lakes'],
    ['Unstructured data is not useless, but it needs preprocessing first.', 'preprocess'],
    ['Preprocessing unstructured data is never a waste of time.', 'preprocess'],
    ['Preprocessing unstructured data means dropping useless columns.', 'preprocess'],
    ['SQL has optional clauses, and structured data is accessed via SQL.', 'sql'],
  ])('still credits a point beside a dismissal of something else, or a denied dismissal: %s', (answer, id) => {
    expect(statusOf(gradeAnswer(rubric, answer), id)).toBe('hit');
  });

  it('still credits what follows "no matter"', () => {
    expect(statusOf(gradeAnswer(rubric, 'No matter the project, structured data is accessed via SQL.'), 'sql')).toBe(
      'hit',
    );
  });

  it('still credits what follows "not only … but also"', () => {
    const grade = gradeAnswer(rubric, 'Not only SQL queries but also data lakes are how structured data is accessed.');
    expect(statusOf(grade, 'sql')).toBe('hit');
  });

  it('scores a bare keyword list at most half of a full answer', () => {
    const list = gradeAnswer(rubric, 'data lakes, SQL queries, structured data, unstructured data, preprocessing');
    expect(list.note).toBe('keyword_list');
    expect(list.score).toBeLessThanOrEqual(gradeAnswer(rubric, full).score / 2);
  });

  it('quotes the words of the answer that matched and names what a partial lacks', () => {
    const result = gradeAnswer(rubric, 'Honestly, we use SQL a lot.').keyPoints.find((k) => k.id === 'sql')!;
    expect(result.status).toBe('partial');
    expect(result.evidence).toBe('SQL');
    expect(result.missing).toEqual(['structured', 'accessed']);
  });

  it('does not take "unstructured" for a misspelt "structured"', () => {
    const grade = gradeAnswer(rubric, 'Unstructured data is accessed via SQL');
    expect(grade.keyPoints.find((k) => k.id === 'sql')!.confidence).toBeLessThan(1);
  });

  it.each([
    ['', 'empty_answer'],
    ['   \n\t ', 'empty_answer'],
    ['🙂🎉🙂', 'no_words'],
    ['\u0000\u0001\u0002\u0003', 'no_words'],
  ])('gives %j a zero score with a note', (answer, note) => {
    expect(gradeAnswer(rubric, answer)).toMatchObject({ score: 0, note });
  });

  it('grades only the beginning of a 100 KB answer', () => {
    const grade = gradeAnswer(rubric, `${full} ${'lorem ipsum '.repeat(9000)}`);
    expect(grade.note).toBe('truncated');
    expect(grade.score).toBe(100);
  });

  it('weights key points', () => {
    expect(gradeAnswer(rubric, 'Our data lives in data lakes.').score).toBe(50);
  });
});

describe('gradeAnswer on what a partial lacks', () => {
  it('does not call a word missing that the answer said in another sentence', () => {
    const seaborn = compileRubric({
      keyPoints: [{ id: 'quick-plots', text: 'quick, attractive statistical plots', aliases: [], weight: 1 }],
    });
    const result = gradeAnswer(seaborn, 'Seaborn is statistical. It is nice. It gives attractive plots.').keyPoints[0]!;
    expect(result.status).toBe('partial');
    expect(result.missing).not.toContain('statistical');
    expect(result.missing).toContain('quick');
  });
});

describe('gradeAnswer on what makes a point nearly covered', () => {
  const sharing = compileRubric({
    keyPoints: [
      {
        id: 'sharing',
        text: 'notebooks are shareable and presentable',
        aliases: ['share notebooks with the team', 'send the notebook to colleagues'],
        weight: 1,
      },
      { id: 'other', text: 'interactive code execution', aliases: [], weight: 1 },
    ],
  });
  const sharingOf = (answer: string) => gradeAnswer(sharing, answer).keyPoints[0]!;

  it('is not nearly covered by one stray word of an alias', () => {
    const grade = gradeAnswer(sharing, 'Honestly I just use whatever my team uses.');
    expect(grade.keyPoints[0]!.status).toBe('miss');
    expect(grade.score).toBe(0);
  });

  it('is nearly covered by two words of an alias, quoted in the checklist', () => {
    const result = sharingOf('I send my work to colleagues.');
    expect(result.status).toBe('partial');
    expect(result.evidence).toBe('send my work to colleagues');
  });

  it("is nearly covered by a telling word of the point's own text", () => {
    const result = sharingOf('Our results are presentable.');
    expect(result.status).toBe('partial');
    expect(result.evidence).toBe('presentable');
  });
});

describe('gradeAnswer on partial credit', () => {
  const plots = compileRubric({
    keyPoints: [{ id: 'quick-plots', text: 'quick, attractive statistical plots', aliases: [], weight: 1 }],
  });

  it.each([
    ['Seaborn makes plots.', 0.25, 36],
    ['Seaborn makes attractive plots.', 0.5, 71],
  ])('earns credit in proportion to what was said: "%s"', (answer, coverage, score) => {
    const grade = gradeAnswer(plots, answer);
    expect(grade.keyPoints[0]).toMatchObject({ status: 'partial', confidence: coverage });
    expect(grade.score).toBe(Math.round((100 * coverage) / 0.7));
    expect(grade.score).toBe(score);
  });
});
