import { describe, expect, it } from 'vitest';
import { validateBank } from '../../../src/core/bank/validate.ts';
import { buildConceptIndex, respell } from '../../../src/core/grading/concepts.ts';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';

const rubric = compileRubric({
  question: 'Which commands move you around a Linux server, and how do Seaborn and Matplotlib relate?',
  keyPoints: [
    {
      id: 'cd',
      text: 'cd changes directory',
      aliases: [],
      weight: 1,
      claims: [
        { subject: ['cd'], object: ['change directory', 'changes directory'] },
        { subject: ['pwd'], object: ['print working directory', 'where I am'] },
      ],
    },
    {
      id: 'built-on',
      text: 'Seaborn is built on Matplotlib',
      aliases: [],
      weight: 1,
      claims: [
        { subject: ['Seaborn'], relation: ['built on', 'on top of'], object: ['Matplotlib'], inverse: ['underneath'] },
      ],
    },
  ],
});
const pointOf = (answer: string, id: string) => gradeAnswer(rubric, answer).keyPoints.find((k) => k.id === id)!;

describe('gradeAnswer with claims', () => {
  it.each([
    ['cd changes directory.', 'cd', 'hit'],
    ['To change directory I type cd.', 'cd', 'hit'],
    ['pwd changes directory.', 'cd', 'contradicted'],
    ['pwd to change directory and cd to show where I am.', 'cd', 'contradicted'],
    ['Seaborn is built on Matplotlib.', 'built-on', 'hit'],
    ['Matplotlib is built on Seaborn.', 'built-on', 'contradicted'],
    ['Seaborn is low level, and Matplotlib is built on top of it.', 'built-on', 'contradicted'],
    ['Seaborn sits above, Matplotlib is underneath Seaborn.', 'built-on', 'not contradicted'],
    ['Seaborn is underneath Matplotlib.', 'built-on', 'contradicted'],
  ])('%s → %s is %s', (answer, id, expected) => {
    const point = pointOf(answer, id);
    if (expected === 'contradicted') {
      expect(point).toMatchObject({ status: 'miss', contradicted: true });
      expect(point.correction).toMatch(/cd|Seaborn/);
    } else if (expected === 'hit') {
      expect(point.status).toBe('hit');
      expect(point.contradicted).toBeUndefined();
    } else expect(point.contradicted).toBeUndefined();
  });

  it('caps an answer of wrong claims only at 10, but not one that also states a point', () => {
    expect(gradeAnswer(rubric, 'pwd changes directory.').score).toBeLessThanOrEqual(10);
    expect(gradeAnswer(rubric, 'pwd changes directory. Seaborn is built on Matplotlib.').score).toBeGreaterThanOrEqual(
      50,
    );
  });

  it('keeps the right claim when the answer also states it', () => {
    expect(pointOf('cd changes directory, and pwd shows where I am.', 'cd').status).toBe('hit');
  });
});

describe('claims with contrary forms (what the subject is not)', () => {
  const etl = compileRubric({
    question: 'Which data skills matter?',
    keyPoints: [
      {
        id: 'sql',
        text: 'SQL proficiency for database access',
        aliases: [],
        weight: 1,
        claims: [
          { subject: ['SQL'], object: ['database access', 'database'], contrary: ['pipeline tool', 'plotting'] },
        ],
      },
      {
        id: 'etl',
        text: 'ETL knowledge: extract, transform, load',
        aliases: ['ETL pipelines'],
        weight: 1,
        claims: [{ subject: ['ETL'], object: ['extract transform load', 'pipelines'], contrary: ['a database'] }],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(etl, answer).keyPoints.find((k) => k.id === id)!;
  it('does not credit a point whose subject is said to be something it is not, and says so', () => {
    expect(point('SQL is a pipeline tool.', 'sql')).toMatchObject({ status: 'miss', contradicted: true });
    expect(point('SQL is a pipeline tool.', 'sql').correction).toMatch(/SQL is not “pipeline tool”/);
    expect(point('ETL is a database.', 'etl')).toMatchObject({ status: 'miss', contradicted: true });
    expect(gradeAnswer(etl, 'ETL is a database and SQL is a pipeline tool.').score).toBeLessThanOrEqual(10);
  });
  it('keeps the credit when the contrary is denied or the claim is also stated rightly', () => {
    expect(point('SQL is not a pipeline tool; SQL proficiency gives database access.', 'sql').status).toBe('hit');
    expect(point('SQL is for database access, and SQL is not for plotting.', 'sql').contradicted).toBeUndefined();
    expect(point('ETL pipelines extract, transform and load.', 'etl').status).toBe('hit');
  });
  it('reads a contrary form only as a definition of the subject, not anywhere in the statement', () => {
    expect(
      point('ETL pipelines extract and transform the logs and then load them into a database.', 'etl').contradicted,
    ).toBeUndefined();
    expect(
      point('ETL stands for extract, transform, load; SQL is how I query the database.', 'sql').contradicted,
    ).toBeUndefined();
  });
});

describe('concept respellings and stray words', () => {
  const concepts = buildConceptIndex([{ id: 'built-on', forms: ['built on', 'sits on top of', 'a layer over'] }]);
  const seaborn = compileRubric(
    { keyPoints: [{ id: 'built', text: 'Seaborn is built on Matplotlib', aliases: [], weight: 1 }] },
    { concepts },
  );
  it('does not call a point nearly covered on one stray word of a respelling', () => {
    expect(gradeAnswer(seaborn, 'Lorem ipsum dolor sit amet.').keyPoints[0]!.status).toBe('miss');
    expect(gradeAnswer(seaborn, 'Lorem ipsum dolor sit amet.').score).toBe(0);
  });
  it('still credits the respelling said in full', () => {
    expect(gradeAnswer(seaborn, 'Seaborn sits on top of Matplotlib.').keyPoints[0]!.status).toBe('hit');
  });
});

describe('gradeAnswer on junk', () => {
  const cpp = compileRubric({ keyPoints: [{ id: 'cpp', text: 'written in C++', aliases: ['c++'], weight: 1 }] });
  const arrays = compileRubric({ keyPoints: [{ id: 'nd', text: 'N-dimensional arrays', aliases: [], weight: 1 }] });
  const laptop = compileRubric({
    keyPoints: [
      { id: 'remote', text: 'on remote servers', aliases: ['remote server rather than a laptop'], weight: 1 },
    ],
  });
  it.each([
    [cpp, 'Vitamin C is good.', 0],
    [cpp, 'It is written in C++.', 100],
    [arrays, 'n.', 0],
    [laptop, 'I keep it on my laptop.', 0],
  ])('%#: "%s" scores %d', (compiled, answer, score) => {
    expect(gradeAnswer(compiled, answer).score).toBe(score);
  });
});

describe('respell', () => {
  const index = buildConceptIndex([{ id: 'data-lake', forms: ['data lake', 'shared pool', 'central store'] }]);
  it('says a phrase with each other form of a concept it names', () => {
    expect(respell('data lives in data lakes', index)).toEqual([
      'data lives in shared pool',
      'data lives in central store',
    ]);
    expect(respell('SQL for querying', index)).toEqual([]);
  });
});

describe('validateBank on the concept lexicon', () => {
  it('reports a malformed concept file as invalid_shape, with its path', () => {
    const { problems } = validateBank({
      questionFiles: [],
      rubricFiles: [],
      documents: {},
      conceptFile: { file: 'rubrics/concepts.json', data: { concepts: [{ id: 'Bad Id', forms: ['only one'] }] } },
    });
    expect(problems.filter((p) => p.file === 'rubrics/concepts.json').map((p) => [p.code, p.path])).toEqual([
      ['invalid_shape', 'concepts.0.id'],
      ['invalid_shape', 'concepts.0.forms'],
    ]);
  });
});

describe('the claim reader: more sentence shapes of a wrong claim', () => {
  const wrongForms = ['plotting library', 'DataFrames'];
  const numpy = compileRubric({
    question: 'What is NumPy for, and where do Pandas and the cloud fit?',
    keyPoints: [
      {
        id: 'arrays',
        text: 'NumPy provides N-dimensional arrays',
        aliases: [],
        weight: 2,
        claims: [{ subject: ['NumPy'], object: ['N-dimensional arrays'], contrary: wrongForms }],
      },
      {
        id: 'pandas',
        text: 'Pandas loads and cleans tables',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['Pandas'], object: ['clean tables'], contrary: ['N-dimensional arrays'] }],
      },
      {
        id: 'cloud',
        text: 'cloud platforms for scalable computing',
        aliases: [],
        weight: 1,
        claims: [
          { subject: ['AWS', 'cloud'], object: ['scalable computing'] },
          { subject: ['Git'], object: ['version control'] },
        ],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(numpy, answer).keyPoints.find((k) => k.id === id)!;

  it.each([
    "It's basically a plotting library.",
    "That's a plotting library, nothing more.",
    'NumPy has DataFrames.',
    'NumPy provides DataFrames.',
    'NumPy handles DataFrames and little else.',
    'NumPy lets you build DataFrames.',
    "NumPy's mainly a plotting library.",
    'It is a plotting library like Pandas.',
    'Pandas is the table library. NumPy is different: it handles DataFrames.',
  ])('reads "%s" as a wrong definition of NumPy', (answer) => {
    expect(point(answer, 'arrays')).toMatchObject({ status: 'miss', contradicted: true });
  });

  it.each([
    'Pandas is built on NumPy. It provides DataFrames.',
    'Pandas is built on NumPy and it is for DataFrames.',
    'In my last job we had a dashboard that is basically a plotting library.',
    'NumPy arrays feed Pandas, which has DataFrames.',
  ])('does not read "%s" as said of NumPy', (answer) => {
    expect(point(answer, 'arrays').contradicted).toBeUndefined();
  });

  it('reads a pairing said of the statement’s first thing, with the subject named only after it, as wrong', () => {
    expect(point('Git is for scalable computing in the cloud.', 'cloud')).toMatchObject({ contradicted: true });
    expect(point('AWS is for scalable computing in the cloud.', 'cloud').contradicted).toBeUndefined();
    expect(point('In the cloud, AWS gives scalable computing.', 'cloud').contradicted).toBeUndefined();
  });

  it('keeps a point said rightly and contradicted elsewhere, with the correction, at half its credit', () => {
    const right = 'NumPy provides N-dimensional arrays.';
    expect(point(right, 'arrays')).toMatchObject({ status: 'hit' });
    expect(point(right, 'arrays').correction).toBeUndefined();
    const both = point(`${right} NumPy is also a plotting library.`, 'arrays');
    expect(both).toMatchObject({ status: 'hit', alsoSaidWrongly: true });
    expect(both.contradicted).toBeUndefined();
    expect(both.correction).toMatch(/NumPy is not “plotting library”/);
    const scoreOf = (answer: string) => gradeAnswer(numpy, answer).score;
    expect(scoreOf(right)).toBe(50);
    expect(scoreOf(`${right} NumPy is also a plotting library.`)).toBe(25);
  });
});

describe('a statement found wrong states no other point', () => {
  const scipy = compileRubric({
    question: 'When would you reach for SciPy instead of plain NumPy?',
    keyPoints: [
      {
        id: 'advanced',
        text: 'SciPy for advanced mathematical operations',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['SciPy'], object: ['optimization', 'interpolation'] }],
      },
      {
        id: 'examples',
        text: 'optimization, interpolation, signal processing',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['NumPy'], object: ['arrays'] }],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(scipy, answer).keyPoints.find((k) => k.id === id)!;

  it('misses a point whose words are all in a statement another claim found wrong, and says why', () => {
    const wrong = point('NumPy is the one that does optimization and interpolation.', 'examples');
    expect(wrong).toMatchObject({ status: 'miss', contradicted: true });
    expect(wrong.correction).toMatch(/goes with SciPy, not NumPy/);
    expect(gradeAnswer(scipy, 'NumPy is the one that does optimization and interpolation.').score).toBe(0);
  });

  it('misses a point listed in the clauses that go on with a wrong statement', () => {
    expect(
      point('NumPy is the one that does optimization, interpolation and signal processing.', 'examples'),
    ).toMatchObject({ status: 'miss', contradicted: true });
  });

  it('keeps a point said in a right statement', () => {
    expect(point('SciPy does optimization, interpolation and signal processing.', 'examples').status).toBe('hit');
    expect(
      point('NumPy does optimization. Signal processing and interpolation are what SciPy adds.', 'examples').status,
    ).not.toBe('miss');
  });
});

describe('a pairing said of another thing in the same statement', () => {
  const libraries = compileRubric({
    question: 'Which libraries do you use to clean the data and train the classifier?',
    keyPoints: [
      {
        id: 'sklearn',
        text: 'scikit-learn builds the classifier',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['scikit-learn'], object: ['classifier'] }],
      },
      {
        id: 'pandas',
        text: 'Pandas cleans the data',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['Pandas'], object: ['clean'] }],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(libraries, answer).keyPoints.find((k) => k.id === id)!;

  it('reads "train the classifier with Pandas" as the classifier said of Pandas, whatever else the statement names', () => {
    const answer = 'I would train the classifier with Pandas and draw the chart with scikit-learn.';
    expect(point(answer, 'sklearn')).toMatchObject({ status: 'miss', contradicted: true });
  });

  it('reads an "it" after a second thing as the statement’s first thing', () => {
    const answer = 'Pandas comes before scikit-learn in the pipeline and it is what cleans the data.';
    expect(point(answer, 'pandas').contradicted).toBeUndefined();
  });

  it('keeps the pairing when the subject is the one the object is said of', () => {
    expect(
      point('I would train the classifier with scikit-learn after Pandas.', 'sklearn').contradicted,
    ).toBeUndefined();
    expect(point('Pandas to clean, then scikit-learn classifier training.', 'sklearn').contradicted).toBeUndefined();
  });
});

describe('a place said of a thing', () => {
  const lake = compileRubric({
    question: 'Where does enterprise data live?',
    keyPoints: [
      {
        id: 'servers',
        text: 'data lakes on remote Linux servers',
        aliases: [],
        weight: 1,
        claims: [
          { subject: ['data lake', 'data lakes'], object: ['data lakes on servers'], contrary: ['laptop', 'Excel'] },
        ],
      },
    ],
  });
  const point = (answer: string) => gradeAnswer(lake, answer).keyPoints[0]!;
  it('reads "on"/"in" after the thing as where it is', () => {
    expect(point('Each analyst keeps the data lake on their own laptop.')).toMatchObject({ contradicted: true });
    expect(point('The data lake in Excel, basically.')).toMatchObject({ contradicted: true });
  });
  it('does not read a denied place, or one said of something else, as the thing’s', () => {
    expect(point('The data lake sits on remote Linux servers, not on your laptop.').contradicted).toBeUndefined();
    expect(point('I log in from my laptop to the data lake on remote Linux servers.').contradicted).toBeUndefined();
  });
});

describe('a clause that goes on about the thing of the clause before it', () => {
  const stores = compileRubric({
    question: 'How does a data lake differ from a feature store?',
    keyPoints: [
      {
        id: 'lake-raw',
        text: 'data lake holds raw data',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['data lake'], object: ['raw data'] }],
      },
      {
        id: 'store-prepared',
        text: 'feature store holds prepared features',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['feature store'], object: ['prepared features'] }],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(stores, answer).keyPoints.find((k) => k.id === id)!;

  it('reads "which" as the thing just named, so another thing’s object is a wrong claim', () => {
    const answer = 'Applications write into the feature store, which holds all the raw data.';
    expect(point(answer, 'lake-raw')).toMatchObject({ status: 'miss', contradicted: true });
  });

  it('keeps the object with its own thing when "which" names it', () => {
    const answer = 'Events are copied to the data lake, which holds all the raw data.';
    expect(point(answer, 'lake-raw')).toMatchObject({ status: 'hit' });
    expect(point(answer, 'lake-raw').contradicted).toBeUndefined();
  });

  it('does not pin a clause after a comma on a list’s first item', () => {
    const list = 'Examples are the data lake, prepared features and dashboards.';
    expect(point(list, 'store-prepared').contradicted).toBeUndefined();
  });
});

describe('what a thing is not, said as its verb', () => {
  const commands = compileRubric({
    question: 'Which Linux CLI skills do you need?',
    keyPoints: [
      {
        id: 'navigation',
        text: 'navigation with cd',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['cd'], object: ['navigation', 'navigate'], contrary: ['manage processes'] }],
      },
      { id: 'processes', text: 'process management', aliases: ['manage processes'], weight: 1 },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(commands, answer).keyPoints.find((k) => k.id === id)!;

  it('reads "cd manages processes" as a wrong claim that states no other point', () => {
    const answer = 'You need cd, and cd manages processes.';
    expect(point(answer, 'navigation')).toMatchObject({ status: 'miss', contradicted: true });
    expect(point(answer, 'processes').status).toBe('miss');
  });

  it('keeps a right statement that names the form elsewhere', () => {
    const answer = 'I navigate with cd and I manage processes with top.';
    expect(point(answer, 'navigation').contradicted).toBeUndefined();
  });
});

describe('the score of an answer that states a wrong claim', () => {
  const stores = compileRubric({
    question: 'How does a data lake differ from a feature store?',
    keyPoints: [
      {
        id: 'lake-raw',
        text: 'data lake holds raw data',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['data lake'], object: ['raw data'] }],
      },
      {
        id: 'store-prepared',
        text: 'feature store holds prepared features',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['feature store'], object: ['prepared features'] }],
      },
      { id: 'etl', text: 'ETL pipelines clean and structure the data', aliases: [], weight: 1 },
    ],
  });

  it('credits only the points stated in full: a half-said point earns nothing next to a wrong claim', () => {
    const wrong = gradeAnswer(
      stores,
      'The feature store holds the raw data. The feature store has prepared features. Pipelines tidy things.',
    );
    expect(wrong.keyPoints.find((k) => k.id === 'etl')!.status).toBe('partial');
    expect(wrong.score).toBe(33);
  });

  it('still credits a half-said point when no claim is wrong', () => {
    const right = gradeAnswer(
      stores,
      'The data lake holds the raw data. The feature store has prepared features. Pipelines tidy things.',
    );
    expect(right.keyPoints.find((k) => k.id === 'etl')!.status).toBe('partial');
    expect(right.score).toBeGreaterThan(67);
  });
});

describe('one thing said to be another thing of the bank', () => {
  const stores = compileRubric({
    question: 'How do the data lake and the feature store differ?',
    keyPoints: [
      {
        id: 'lake',
        text: 'data lake holds raw data',
        aliases: ['data lake'],
        weight: 1,
        claims: [{ subject: ['the data lake', 'data lake'], object: ['raw data'] }],
      },
      {
        id: 'store',
        text: 'feature store holds prepared features',
        aliases: ['feature store'],
        weight: 1,
        claims: [{ subject: ['the feature store', 'feature store'], object: ['prepared features'] }],
      },
      {
        id: 'jupyter',
        text: 'JupyterHub shares Jupyter with the team',
        aliases: ['JupyterHub'],
        weight: 1,
        claims: [
          { subject: ['JupyterHub'], object: ['team'] },
          { subject: ['Jupyter'], object: ['notebooks'] },
        ],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(stores, answer).keyPoints.find((k) => k.id === id)!;

  it.each([
    ['The data lake is the feature store.', 'lake'],
    ['The data lake is the feature store.', 'store'],
    ["They're the same, a data lake's just a feature store with a different name.", 'store'],
    ['The feature store is basically the same thing as the data lake.', 'store'],
  ])('reads "%s" as wrong about %s', (answer, id) => {
    expect(point(answer, id)).toMatchObject({ status: 'miss', contradicted: true });
  });

  it.each([
    ['The data lake is not the feature store.', 'store'],
    ['The data lake feeds the feature store.', 'store'],
    ['JupyterHub is Jupyter for teams.', 'jupyter'],
    ['The raw data inside the data lake is the feature store input.', 'store'],
  ])('does not read "%s" as one thing called another', (answer, id) => {
    expect(point(answer, id).contradicted).not.toBe(true);
  });
});

describe('a relative clause or an apposition right after a name defines the thing', () => {
  const ssh = compileRubric({
    question: 'Which Linux command-line skills matter?',
    keyPoints: [
      {
        id: 'ssh',
        text: 'remote server access with SSH',
        aliases: ['SSH'],
        weight: 1,
        claims: [{ subject: ['SSH'], object: ['remote access'], contrary: ['graphical tool', 'backup tool'] }],
      },
    ],
  });
  const point = (answer: string) => gradeAnswer(ssh, answer).keyPoints[0]!;

  it.each([
    'You need SSH, which is a graphical tool with buttons.',
    'I use SSH, a backup tool for laptops, every day.',
  ])('reads "%s" as wrong', (answer) => {
    expect(point(answer)).toMatchObject({ status: 'miss', contradicted: true });
  });

  it.each([
    'I log in with SSH, which gives me remote access, and no graphical tool is needed.',
    'I use SSH for remote access, then a backup tool for the files.',
    'I connect with SSH, then the graphical tool on my laptop shows the plots.',
  ])('does not read "%s" as a wrong definition', (answer) => {
    expect(point(answer).contradicted).not.toBe(true);
  });
});

describe('a kind of data said as what something is', () => {
  const kinds = compileRubric({
    question: 'Which of these sources are structured and which are unstructured?',
    keyPoints: [
      {
        id: 'unstructured',
        text: 'logs, posts and images are unstructured',
        aliases: ['images are unstructured'],
        weight: 1,
        claims: [{ subject: ['unstructured data', 'unstructured'], object: ['images', 'posts', 'logs'] }],
      },
      {
        id: 'structured',
        text: 'warehouse tables are structured',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['structured data'], object: ['warehouse', 'tables'] }],
      },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(kinds, answer).keyPoints.find((k) => k.id === id)!;

  it.each([
    ['The logs and the images are structured.', 'unstructured'],
    ['Server logs and posts are all structured, because computers write them.', 'unstructured'],
  ])('reads "%s" as wrong about %s', (answer, id) => {
    expect(point(answer, id)).toMatchObject({ status: 'miss', contradicted: true });
  });

  it.each([
    ['Logs, posts and images are unstructured; the warehouse tables are structured.', 'unstructured'],
    ['The images are converted into a structured format first.', 'unstructured'],
    ['Images are unstructured until the pipeline output is structured into tables.', 'unstructured'],
  ])('does not read "%s" as wrong', (answer, id) => {
    expect(point(answer, id).contradicted).not.toBe(true);
  });
});

describe('an answer with more wrong claims than stated points', () => {
  const tools = compileRubric({
    question: 'Which command-line tools matter on the server?',
    keyPoints: [
      { id: 'cd', text: 'cd to navigate', aliases: [], weight: 1, claims: [{ subject: ['cd'], object: ['navigate'] }] },
      {
        id: 'ssh',
        text: 'SSH for remote access',
        aliases: [],
        weight: 1,
        claims: [{ subject: ['SSH'], object: ['remote access'] }],
      },
      { id: 'env', text: 'set up the environment', aliases: [], weight: 1 },
    ],
  });

  it('scores at most 10 when its claims are mostly wrong', () => {
    const grade = gradeAnswer(tools, 'SSH is used to navigate, cd gives remote access, and I set up the environment.');
    expect(grade.keyPoints.filter((k) => k.contradicted).length).toBe(2);
    expect(grade.score).toBeLessThanOrEqual(10);
  });

  it('keeps the credit of an answer stating as many points as it gets wrong', () => {
    expect(gradeAnswer(tools, 'SSH is used to navigate, and I set up the environment.').score).toBeGreaterThan(10);
  });
});

describe('a contrary form said to be kept in the thing, before its name', () => {
  const store = compileRubric({
    question: 'What does the feature store hold?',
    keyPoints: [
      {
        id: 'store',
        text: 'feature store holds prepared features',
        aliases: ['feature store'],
        weight: 1,
        claims: [
          { subject: ['the feature store', 'feature store'], object: ['prepared features'], contrary: ['raw logs'] },
        ],
      },
    ],
  });
  const point = (answer: string) => gradeAnswer(store, answer).keyPoints[0]!;

  it.each(['Raw logs go into the feature store first.', 'The raw logs are stored in the feature store.'])(
    'reads "%s" as wrong',
    (answer) => expect(point(answer)).toMatchObject({ status: 'miss', contradicted: true }),
  );

  it.each([
    'Raw logs never go into the feature store; it holds prepared features.',
    'Raw logs are cleaned before the prepared features go into the feature store.',
  ])('does not read "%s" as wrong', (answer) => expect(point(answer).contradicted).not.toBe(true));
});

describe('what a thing is made into is not what it is', () => {
  const kinds = compileRubric({
    question: 'What is unstructured data?',
    keyPoints: [
      {
        id: 'preprocess',
        text: 'unstructured data needs preprocessing',
        aliases: [],
        weight: 1,
        claims: [
          {
            subject: ['unstructured data'],
            object: ['preprocessing'],
            contrary: ['rows and columns', 'consistent schema'],
          },
        ],
      },
    ],
  });
  const point = (answer: string) => gradeAnswer(kinds, answer).keyPoints[0]!;

  it('reads "unstructured data is neat rows and columns" as wrong', () => {
    expect(point('Unstructured data is neat rows and columns, ready for a model.')).toMatchObject({
      contradicted: true,
    });
  });

  it.each([
    'Unstructured data is converted into rows and columns by preprocessing.',
    'Unstructured data is parsed into a consistent schema during preprocessing.',
  ])('does not read "%s" as wrong', (answer) => expect(point(answer).contradicted).not.toBe(true));
});

describe('a denied "it" after the denial denies the thing its sentence opens with', () => {
  const ssh = compileRubric({
    question: 'How would you work on the remote server?',
    keyPoints: [
      { id: 'ssh', text: 'SSH', aliases: [], weight: 1, claims: [{ subject: ['SSH'], object: ['remote access'] }] },
      { id: 'git', text: 'Git', aliases: [], weight: 1, claims: [{ subject: ['Git'], object: ['version control'] }] },
    ],
  });
  const point = (answer: string, id: string) => gradeAnswer(ssh, answer).keyPoints.find((k) => k.id === id)!;

  it('does not credit "SSH is mostly for Git, so I wouldn\'t need it"', () => {
    expect(point("SSH is mostly for Git, so I wouldn't need it here.", 'ssh')).toMatchObject({
      status: 'miss',
      negated: true,
    });
  });

  it.each(["I log in with SSH, so I don't need to copy it locally.", "SSH gets me in. It isn't hard."])(
    'still credits "%s"',
    (answer) => expect(point(answer, 'ssh').status).toBe('hit'),
  );
});

describe('a verb after "and" goes on about the statement\'s first thing', () => {
  const pandas = compileRubric({
    question: 'How do NumPy and Pandas differ?',
    keyPoints: [
      {
        id: 'dataframes',
        text: 'Pandas for DataFrames',
        aliases: [],
        weight: 1,
        claims: [
          { subject: ['Pandas'], object: ['DataFrames'] },
          { subject: ['NumPy'], object: ['arrays'] },
        ],
      },
    ],
  });
  const point = (answer: string) => gradeAnswer(pandas, answer).keyPoints[0]!;

  it('holds "Pandas is built on NumPy and gives you DataFrames"', () => {
    expect(point('Pandas is built on NumPy and gives you DataFrames.')).toMatchObject({ status: 'hit' });
    expect(point('Pandas is built on NumPy and gives you DataFrames.').contradicted).toBeUndefined();
  });

  it('still reads "NumPy gives you DataFrames" as wrong', () => {
    expect(point('NumPy gives you DataFrames.')).toMatchObject({ contradicted: true });
  });
});
