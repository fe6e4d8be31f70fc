import type { BankQuestion } from '../../../src/core/bank/schema.ts';
import { makeBank } from '../../support/test-bank.ts';

type Point = [id: string, text: string, source: string];

function question(id: string, topic: string, difficulty: 1 | 2 | 3, prompt: string, points: Point[]): BankQuestion {
  const keyPoints = points.map(([kid, text, source]) => ({ id: kid, text, aliases: [], weight: 1, source }));
  return {
    id,
    topic,
    difficulty,
    kind: 'recall',
    document: 'handbook.md',
    hints: [],
    prompt,
    modelAnswer: `A model answer: ${points.map((p) => p[1]).join('; ')}.`,
    rubric: { questionId: id, keyPoints },
  };
}

/** Questions whose key points are plain content words, so test answers grade predictably with the real grader. */
export const e2eBank = makeBank([
  question('sql-primary-key', 'sql', 1, 'What is a primary key in a relational database?', [
    ['unique', 'uniquely identifies each row', 'Keys'],
    ['not-null', 'primary key columns cannot contain null values', 'Keys'],
  ]),
  question('sql-index', 'sql', 2, 'Why would you add an index to a database table?', [
    ['faster-lookups', 'indexes make lookups faster', 'Indexes'],
    ['slower-writes', 'indexes make inserts slower', 'Indexes'],
  ]),
  question('sql-foreign-key', 'sql', 2, 'What does a foreign key do?', [
    ['references', 'references a row in another table', 'Keys'],
    ['integrity', 'enforces referential integrity', 'Keys'],
  ]),
  question('http-status', 'http', 1, 'What do HTTP status code classes mean?', [
    ['client', '4xx codes signal client errors', 'Status codes'],
    ['server', '5xx codes signal server errors', 'Status codes'],
  ]),
  question('http-cache', 'http', 2, 'How does HTTP caching work?', [
    ['cache-control', 'the Cache-Control header sets freshness', 'Caching'],
    ['etag', 'an ETag allows revalidation', 'Caching'],
  ]),
  question('git-rebase', 'git', 2, 'What does git rebase do?', [
    ['rewrites', 'rebase rewrites commit history', 'Rebasing'],
    ['linear', 'rebase produces linear history', 'Rebasing'],
  ]),
]);

/** An answer stating the given key points of a question, in prose. */
export function answerWith(questionId: string, keyPointIds?: readonly string[]): string {
  const question = e2eBank.byId.get(questionId);
  if (!question) throw new Error(`no e2e question ${questionId}`);
  const points = question.rubric.keyPoints.filter((k) => keyPointIds === undefined || keyPointIds.includes(k.id));
  return `Let me explain. ${points.map((k) => `In practice, ${k.text}.`).join(' ')} That is how I would put it in an interview.`;
}

export function questionByPrompt(text: string): BankQuestion {
  const found = e2eBank.questions.find((q) => text.includes(q.prompt));
  if (!found) throw new Error(`no e2e question in "${text}"`);
  return found;
}

/** The bank's source document, for the study sheet's section wording. */
export const E2E_DOCUMENTS: Readonly<Record<string, string>> = {
  'handbook.md': [
    '# Handbook',
    '',
    '## Keys',
    '',
    'A primary key uniquely identifies each row; its columns cannot be null.',
    '',
    '## Indexes',
    '',
    'Indexes make lookups faster and inserts slower.',
    '',
  ].join('\n'),
};
