import { describe, expect, it } from 'vitest';
import { proposeClaims } from '../../../src/core/rubric-draft/propose-claims.ts';
import { rubricFileSchema, rubricSchema } from '../../../src/core/bank/schema.ts';
import { draftRubric } from '../../../src/core/rubric-draft/draft-rubric.ts';
import { draftJson, questionIdFor } from '../../../src/core/rubric-draft/format-draft.ts';
import { splitKeyPoints } from '../../../src/core/rubric-draft/split-key-points.ts';

const texts = (reference: string): string[] => splitKeyPoints(reference).map((s) => s.text);

describe('splitKeyPoints', () => {
  it.each([
    [
      'sentences and clauses',
      'A constructor is called whenever an object is created, whereas a function must be called explicitly. Constructors have no return type.',
      [
        'A constructor is called whenever an object is created',
        'a function must be called explicitly',
        'Constructors have no return type',
      ],
    ],
    ['a list of concepts', 'Abstraction and reusability.', ['Abstraction', 'reusability']],
    [
      'a list of short phrases',
      'The name of the function and the types of the parameters.',
      ['The name of the function', 'the types of the parameters'],
    ],
    [
      'a condition with its consequence',
      'If no constructor is provided, the compiler provides one by default.',
      ['If no constructor is provided, the compiler provides one by default'],
    ],
    [
      '"i.e." introducing a list',
      'A prototype includes the signature, i.e., the name, the return type, and the parameter types.',
      ['A prototype includes the signature', 'the name', 'the return type', 'the parameter types'],
    ],
    [
      'semicolons and a leading "or"',
      'They both involve repetition; they both have termination tests, or if not, they loop.',
      ['They both involve repetition', 'they both have termination tests', 'if not, they loop'],
    ],
    ['a clause of stop words only, which joins the one before', 'Unlimited number. It is.', ['Unlimited number']],
  ])('splits %s', (_kind, reference, expected) => {
    expect(texts(reference)).toEqual(expected);
  });

  it('keeps a bracketed gloss as another way to say the point', () => {
    expect(splitKeyPoints('Data members (attributes) and member functions.')).toEqual([
      { text: 'Data members', glosses: ['attributes'] },
      { text: 'member functions', glosses: [] },
    ]);
  });
});

describe('draftRubric', () => {
  it('drafts a rubric in the bank format, with the question, unique ids and proposed aliases', () => {
    const rubric = draftRubric({
      question: 'What are the main advantages of object-oriented programming?',
      reference:
        'Object-oriented programming gives reusability. It hides data (encapsulation) and reuses code. It hides data too.',
    });
    expect(rubricSchema.parse(rubric)).toEqual(rubric);
    expect(rubric).toMatchInlineSnapshot(`
      {
        "keyPoints": [
          {
            "aliases": [
              "OOP gives reusability",
            ],
            "id": "object-oriented-programming",
            "text": "Object-oriented programming gives reusability",
            "weight": 1,
          },
          {
            "aliases": [
              "encapsulation",
            ],
            "id": "hides-data",
            "text": "It hides data",
            "weight": 1,
          },
          {
            "aliases": [],
            "id": "reuses-code",
            "text": "reuses code",
            "weight": 1,
          },
          {
            "aliases": [],
            "id": "hides-data-2",
            "text": "It hides data too",
            "weight": 1,
          },
        ],
        "question": "What are the main advantages of object-oriented programming?",
      }
    `);
  });

  it('proposes synonyms inflected like the words they replace, and the other number of a short concept', () => {
    const [created, members] = draftRubric({
      question: 'Q?',
      reference: 'A constructor is called whenever an object is created. Member functions.',
    }).keyPoints;
    expect(created!.aliases).toContain('A constructor is invoked whenever an instance is made');
    expect(members!.aliases).toEqual(['Member methods', 'Member function']);
  });

  it('spells proposed words as an author would: -y endings, words the thesaurus lists as they are, a/an, possessives', () => {
    const aliasesOf = (reference: string): string[] =>
      draftRubric({ question: 'Q?', reference }).keyPoints[0]!.aliases ?? [];
    expect(aliasesOf('If no constructor is provided, the compiler provides one.')).toContain(
      'If no constructor is supplied, the compiler supplies one',
    );
    expect(aliasesOf('Unlimited number.')).toContain('Infinite number');
    expect(aliasesOf('Reusability.')).toContain('Reusabilities');
    expect(aliasesOf('Declared anywhere in a program.')).toContain('Declared anywhere in an application');
    expect(aliasesOf("The parameters' type.")).toContain("The arguments' type");
    expect(aliasesOf('An ML engineer uses SQL.')).toEqual(
      expect.arrayContaining(['A machine learning engineer uses SQL', 'An ML engineer utilizes SQL']),
    );
  });

  it('proposes no synonym for a word that only shares a stem with a thesaurus word', () => {
    // "except" stems like "exception" (an error), "structures" like "structured" (tabular), "initialized" like "initiate".
    const aliases = [
      'All the dimensions except the first one.',
      'It avoids copying large data structures.',
      'Arrays are initialized only once.',
    ].flatMap((reference) => draftRubric({ question: 'Q?', reference }).keyPoints.flatMap((k) => k.aliases ?? []));
    expect(aliases.join(' | ')).not.toMatch(/error|tabular|start/);
  });

  it('always drafts at least one key point', () => {
    expect(draftRubric({ question: 'Q?', reference: 'It is.' }).keyPoints).toHaveLength(1);
  });

  it('prints a rubrics/ entry that the bank schema accepts', () => {
    const rubric = draftRubric({ question: 'What is a pointer?', reference: 'A variable that holds an address.' });
    const entry = JSON.parse(draftJson(rubric, questionIdFor('What is a pointer?')));
    expect(entry.questionId).toBe('pointer');
    expect(rubricFileSchema.safeParse({ rubrics: [entry] }).success).toBe(true);
  });
});

describe('proposeClaims', () => {
  it.each([
    ['Seaborn is built on Matplotlib', [{ subject: ['Seaborn'], relation: ['built on'], object: ['Matplotlib'] }]],
    ['Linux CLI for server access', [{ subject: ['Linux CLI'], object: ['server access'] }]],
    ['cd to change directory', [{ subject: ['cd'], object: ['change directory'] }]],
    ['data lives in data lakes', []],
    ['the model is trained on labelled data', []],
  ])('proposes the structure of "%s"', (text, claims) => {
    expect(proposeClaims(text)).toEqual(claims);
  });
});
