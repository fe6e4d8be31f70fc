import { describe, expect, it } from 'vitest';
import { defaultBankRoot, loadBank } from '../../src/adapters/fs/load-bank.ts';
import { bankTermWeights, compileQuestionRubric } from '../../src/core/grading/bank-grading.ts';
import { gradeAnswer } from '../../src/core/grading/grade.ts';
import type { Grade } from '../../src/core/grading/types.ts';
import { seededRandom } from '../../src/core/random.ts';

const { bank } = await loadBank(defaultBankRoot());
const weights = bankTermWeights(bank!);
const grade = (questionId: string, answer: string): Grade => compileAndGrade(questionId, answer);
const pointOf = (g: Grade, id: string) => g.keyPoints.find((k) => k.id === id)!;

function compileAndGrade(questionId: string, answer: string): Grade {
  const question = bank!.byId.get(questionId);
  if (question === undefined) throw new Error(`no question ${questionId}`);
  return gradeAnswer(compileQuestionRubric(question, weights), answer);
}

describe('the bank grader on right words in wrong claims', () => {
  it.each([
    [
      'navigate-and-manage-files',
      "I'd use pwd to change directory and cd to print where I am, and ls to delete files.",
      'navigate-commands',
      /goes with cd, not pwd/,
    ],
    [
      'navigate-and-manage-files',
      'rm to copy files, cp to remove them, and mkdir to move between folders.',
      'file-commands',
      /goes with cp, not rm/,
    ],
    [
      'seaborn-purpose',
      'Seaborn is the low-level library and Matplotlib is built on top of it.',
      'built-on-matplotlib',
      /Seaborn that is built on Matplotlib/,
    ],
    [
      'matplotlib-vs-seaborn',
      'Seaborn is the low-level library and Matplotlib is built on top of it.',
      'built-on',
      /Seaborn that is built on Matplotlib/,
    ],
    [
      'tools-for-ml-development',
      'Seaborn for server access, and the Linux CLI for plotting charts.',
      'linux-cli',
      /goes with the Linux CLI, not Seaborn/,
    ],
    [
      'numpy-vs-pandas',
      'Pandas is for N-dimensional arrays and NumPy is for DataFrames.',
      'numpy-arrays',
      /goes with NumPy, not Pandas/,
    ],
    [
      'typical-ml-workflow',
      'I use Git for exploration and Jupyter for version control.',
      'git',
      /goes with Git, not Jupyter/,
    ],
    ['numpy-purpose', 'NumPy is built on top of pandas.', 'foundation', /Pandas that is built on NumPy/],
  ])('%s: "%s" does not earn %s, and says why', (questionId, answer, pointId, correction) => {
    const point = pointOf(grade(questionId, answer), pointId);
    expect(point.status).toBe('miss');
    expect(point.contradicted).toBe(true);
    expect(point.correction).toMatch(correction);
    expect(point.evidence).not.toBeNull();
  });

  it.each([
    ['repeatable-preprocessing-scenario', 'An ETL pipeline is just a kind of database.', 'etl-pipeline', /ETL is not/],
    ['seaborn-purpose', 'Seaborn is the low-level library under Matplotlib.', 'built-on-matplotlib', /Seaborn is not/],
    ['ipython-vs-jupyter', 'Jupyter is the enhanced Python shell.', 'ipython-shell', /Jupyter is not/],
    ['scikit-learn-purpose', 'scikit-learn is a plotting library.', 'consistent-api', /scikit-learn is not/],
    ['what-is-structured-data', 'Structured data is images and text documents.', 'consistent-schema', /not “images”/],
    ['version-control-and-cloud', 'Git is where the model runs.', 'git', /Git is not/],
  ])('%s: a wrong definition, "%s", does not earn %s', (questionId, answer, pointId, correction) => {
    const point = pointOf(grade(questionId, answer), pointId);
    expect(point.contradicted).toBe(true);
    expect(point.correction).toMatch(correction);
  });

  it('contradicts or corrects no model answer, and no key point said in its own text or aliases', () => {
    const contradicted: string[] = [];
    for (const question of bank!.questions) {
      const rightAnswers = [
        ...question.rubric.keyPoints.map((k) => ({ answer: question.modelAnswer, pointId: k.id })),
        ...question.rubric.keyPoints.flatMap((k) =>
          [k.text, ...k.aliases].map((answer) => ({ answer, pointId: k.id })),
        ),
      ];
      for (const { answer, pointId } of rightAnswers) {
        const point = pointOf(grade(question.id, answer), pointId);
        if (point.contradicted === true || point.alsoSaidWrongly === true)
          contradicted.push(`${question.id}/${pointId}: ${answer}`);
      }
    }
    expect(contradicted).toEqual([]);
  });

  it.each([
    [
      'navigate-and-manage-files',
      "I'd use pwd to change directory and cd to print where I am, and ls to delete files.",
    ],
    ['tools-for-ml-development', 'Seaborn for server access, and the Linux CLI for plotting charts.'],
    ['seaborn-purpose', 'Seaborn is the low-level library and Matplotlib is built on top of it.'],
  ])('%s: an answer of wrong claims only scores at most 10: "%s"', (questionId, answer) => {
    expect(grade(questionId, answer).score).toBeLessThanOrEqual(10);
  });

  it.each([
    [
      'navigate-and-manage-files',
      'cd to change directory, ls to list files and pwd to print the current directory.',
      'navigate-commands',
    ],
    ['seaborn-purpose', 'It is built on top of Matplotlib.', 'built-on-matplotlib'],
    ['matplotlib-vs-seaborn', 'Seaborn is built on Matplotlib with easier syntax.', 'built-on'],
    ['tools-for-ml-development', 'I use the Linux CLI for server access.', 'linux-cli'],
    ['typical-ml-workflow', 'I convert the notebook to Python scripts for production.', 'scripts-production'],
    [
      'numpy-vs-pandas',
      'Pandas is built on NumPy, which is the foundation for the other libraries.',
      'numpy-foundation',
    ],
  ])('%s: the claim said the right way round is still credited: "%s"', (questionId, answer, pointId) => {
    const point = pointOf(grade(questionId, answer), pointId);
    expect(point.status).toBe('hit');
    expect(point.contradicted).toBeUndefined();
  });

  it('reads nothing of a comparison as said of the thing its question names first', () => {
    const graded = grade(
      'structured-vs-unstructured',
      'One kind is tidy rows and columns with a fixed layout; the other kind is messy and you have to clean and prepare it before a model can use it.',
    );
    expect(graded.keyPoints.filter((k) => k.contradicted)).toEqual([]);
    expect(graded.score).toBeGreaterThan(10);
    // The same words said of unstructured data by name are still a wrong claim.
    const named = grade(
      'structured-vs-unstructured',
      'Unstructured data is tidy rows and columns with a fixed layout.',
    );
    expect(named.keyPoints.some((k) => k.contradicted)).toBe(true);
  });
});

describe('the bank grader on answers that cover nothing', () => {
  it.each([
    ['where-enterprise-data-lives', 'I keep everything on my laptop in Excel.'],
    ['numpy-purpose', 'n. pc.'],
    ['seaborn-purpose', 'Vitamin C is good.'],
    ['why-schemas-matter', 'zq 8f !! xkcd ptr 0x3f'],
    ['data-lake-vs-feature-store', 'They differ in the enterprise flow; one is a lake and one is a store.'],
    ['matplotlib-vs-seaborn', 'I decide by looking at the chart and picking whatever looks nicer to me.'],
    ['jupyter-notebook-features', "They're popular because they're popular; everyone describes them the same way."],
    ['ide-vs-jupyter', 'I use VS Code for everything, and the best one is whatever your team uses.'],
    ['why-sql-matters', 'SQL is an essential skill because every ML engineer needs it, it is not a nice-to-have.'],
  ])('%s: "%s" scores at most 10', (questionId, answer) => {
    expect(grade(questionId, answer).score).toBeLessThanOrEqual(10);
  });

  it('scores a bare list of names that states no key point at most 10, and a list that states one above it', () => {
    const names = grade('tutorial-vs-enterprise-data', 'data lake, remote servers, SQL, Linux CLI');
    expect(names.note).toBe('keyword_list');
    expect(names.keyPoints.some((k) => k.status === 'hit')).toBe(false);
    expect(names.score).toBeLessThanOrEqual(10);
    const commands = grade('navigate-and-manage-files', 'cd, ls, pwd, cp, mv, rm, mkdir');
    expect(commands.note).toBe('keyword_list');
    expect(commands.score).toBeGreaterThan(10);
  });

  it('scores random bytes at most 10 on every question of the bank', () => {
    const random = seededRandom(12);
    for (const question of bank!.questions) {
      const bytes = Array.from({ length: 40 }, () => String.fromCharCode(33 + Math.floor(random() * 94))).join('');
      expect(grade(question.id, bytes).score, `${question.id}: ${bytes}`).toBeLessThanOrEqual(10);
    }
  });
});

describe('the bank grader on own words the concept lexicon knows', () => {
  it.each([
    [
      'where-enterprise-data-lives',
      'Most companies pour everything into one huge shared pool that all the apps and teams feed into.',
      'data-lakes',
    ],
    [
      'typical-ml-workflow',
      'Once it works I rewrite it as plain Python files that run in production.',
      'scripts-production',
    ],
    ['data-lake-vs-feature-store', 'The feature store keeps the ready-made model inputs.', 'store-prepared'],
  ])('%s: "%s" earns %s', (questionId, answer, pointId) => {
    expect(pointOf(grade(questionId, answer), pointId).status).toBe('hit');
  });
});
