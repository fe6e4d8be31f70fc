import { describe, expect, it } from 'vitest';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import { buildOppositeIndex } from '../../../src/core/grading/opposites.ts';
import { parseAntonyms } from '../../../src/core/grading/word-vectors.ts';
import type { Rubric } from '../../../src/core/bank/schema.ts';

const opposites = buildOppositeIndex(parseAntonyms('fast slow\nhigh low\nlocal remote\nlargest smallest\n'));

const numpy: Rubric = {
  question: 'What is NumPy for?',
  keyPoints: [
    { id: 'nd-arrays', text: 'provides N-dimensional arrays', aliases: [], weight: 2 },
    { id: 'fast-numerical', text: 'fast numerical computations', aliases: [], weight: 1 },
  ],
};
const schema: Rubric = {
  question: 'What is structured data?',
  keyPoints: [
    { id: 'consistent-schema', text: 'tables with a consistent schema', aliases: [], weight: 1 },
    { id: 'sql', text: 'accessed with SQL queries', aliases: [], weight: 1 },
  ],
};
const localPractice: Rubric = {
  question: 'Why practise in a local terminal?',
  keyPoints: [{ id: 'transfer', text: 'local CLI skills apply to remote servers', aliases: [], weight: 1 }],
};

const point = (rubric: Rubric, answer: string, id: string) =>
  gradeAnswer(compileRubric(rubric, { opposites }), answer).keyPoints.find((k) => k.id === id)!;

describe('a key point said with one word flipped', () => {
  it('is not credited, and the answer is told which word was flipped', () => {
    const result = point(numpy, 'NumPy gives you slow numerical computations.', 'fast-numerical');
    expect(result.status).toBe('miss');
    expect(result.contradicted).toBe(true);
    expect(result.correction).toBe('Not “slow”: fast, as in “fast numerical computations”.');
    expect(result.evidence).toBe('slow numerical computations');
  });

  it('is credited without the opposite words (the grader as before)', () => {
    const grade = gradeAnswer(compileRubric(numpy), 'NumPy gives you slow numerical computations.');
    expect(grade.keyPoints[1]!.status).not.toBe('miss');
  });

  it('catches a negation by prefix, joined or hyphenated', () => {
    expect(point(schema, 'Tables with an inconsistent schema.', 'consistent-schema').contradicted).toBe(true);
    const nonInteractive = point(
      { keyPoints: [{ id: 'interactive', text: 'interactive code execution', aliases: [], weight: 1 }] },
      'Notebooks give non-interactive code execution.',
      'interactive',
    );
    expect(nonInteractive.contradicted).toBe(true);
  });

  it('still credits a right answer that names the opposite thing too', () => {
    const right = point(numpy, 'Unlike slow Python loops, NumPy gives fast numerical computations.', 'fast-numerical');
    expect(right.status).toBe('hit');
    expect(right.contradicted).toBeUndefined();
  });

  it('never flips a word into another thing the rubric itself talks about', () => {
    const right = point(localPractice, 'Local CLI skills apply to remote servers too.', 'transfer');
    expect(right.status).toBe('hit');
  });

  it('reads a denied opposite as the word itself: "not slow" states "fast"', () => {
    const answer = 'NumPy gives numerical computations which are not slow.';
    const grade = gradeAnswer(compileRubric(numpy, { opposites }), answer);
    expect(grade.keyPoints[1]!.status).toBe('hit');
  });

  it('reads no word from an opposite said before the denial ("first, I don\'t panic" says nothing of a terminal)', () => {
    const cli: Rubric = {
      question: 'How do you reach the servers?',
      keyPoints: [{ id: 'terminal', text: 'work in a terminal', aliases: [], weight: 1 }],
    };
    const local = buildOppositeIndex(parseAntonyms('first terminal\n'));
    const grade = (answer: string) => gradeAnswer(compileRubric(cli, { opposites: local }), answer).keyPoints[0]!;
    expect(grade("Well, first I'd say don't panic.").status).toBe('miss');
    expect(grade('Mostly I work in a terminal.').status).toBe('hit');
  });

  it('catches the opposite said of the word the point qualifies ("the control is coarse")', () => {
    const control: Rubric = {
      question: 'What is Matplotlib for?',
      keyPoints: [{ id: 'control', text: 'fine control over plot appearance', aliases: [], weight: 1 }],
    };
    const local = buildOppositeIndex(parseAntonyms('coarse fine\n'));
    const grade = gradeAnswer(
      compileRubric(control, { opposites: local }),
      'The control over the plot appearance is coarse.',
    );
    expect(grade.keyPoints[0]!.contradicted).toBe(true);
  });

  it('opposes an adverb as its adjective ("locally" for "remotely")', () => {
    const launch: Rubric = {
      question: 'What do you do on the command line?',
      keyPoints: [{ id: 'launch', text: 'launch Jupyter notebook servers remotely', aliases: [], weight: 1 }],
    };
    const result = gradeAnswer(compileRubric(launch, { opposites }), 'I launch Jupyter notebook servers locally.');
    expect(result.keyPoints[0]!.correction).toBe(
      'Not “locally”: remotely, as in “launch Jupyter notebook servers remotely”.',
    );
  });

  it('flips no plural or -s verb: "the data lies on company servers" for "sits"', () => {
    const sits: Rubric = {
      question: 'Where is the data?',
      keyPoints: [{ id: 'sits', text: 'data sits on company servers', aliases: [], weight: 1 }],
    };
    const verbs = buildOppositeIndex(parseAntonyms('lie sit\n'));
    const grade = gradeAnswer(compileRubric(sits, { opposites: verbs }), 'The data lies on company servers.');
    expect(grade.keyPoints[0]!.contradicted).toBeUndefined();
    expect(grade.keyPoints[0]!.status).not.toBe('miss');
  });

  it('leaves a word far from the rest of the point alone', () => {
    const answer = 'NumPy gives fast numerical computations. Slow code is for another day.';
    expect(point(numpy, answer, 'fast-numerical').status).toBe('hit');
  });
});

describe('the product path', () => {
  it('loads the shipped antonym pairs once, as each word opposites', async () => {
    const { loadOpposites } = await import('../../../src/adapters/fs/word-vectors.ts');
    const index = loadOpposites();
    expect(index.get('fast')).toContain('slow');
    expect(loadOpposites()).toBe(index);
  });

  it('grades a bank question with them (rubricCache, as openApp wires it)', async () => {
    const { loadOpposites } = await import('../../../src/adapters/fs/word-vectors.ts');
    const { loadBank, defaultBankRoot } = await import('../../../src/adapters/fs/load-bank.ts');
    const { rubricCache } = await import('../../../src/interviewer/cached-grader.ts');
    const { bank } = await loadBank(defaultBankRoot());
    const question = bank!.byId.get('numpy-purpose')!;
    const grade = gradeAnswer(
      rubricCache(bank!, loadOpposites())(question),
      'NumPy is for slow numerical computations.',
    );
    expect(grade.keyPoints.find((k) => k.id === 'fast-numerical')!.contradicted).toBe(true);
  });
});
