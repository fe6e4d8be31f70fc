import type { Bank, BankQuestion, KeyPoint } from '../../src/core/bank/schema.ts';
import type { Grade, KeyPointResult, KeyPointStatus } from '../../src/core/grading/types.ts';

type PointSpec = [id: string, text: string, weight: number, source?: string];

function question(
  id: string,
  topic: string,
  difficulty: 1 | 2 | 3,
  document: string,
  points: PointSpec[],
): BankQuestion {
  const keyPoints: KeyPoint[] = points.map(([kid, text, weight, source]) => ({
    id: kid,
    text,
    aliases: [],
    weight,
    ...(source === undefined ? {} : { source }),
  }));
  return {
    id,
    topic,
    difficulty,
    kind: 'recall',
    document,
    hints: [],
    prompt: `Explain ${id.replace(/-/g, ' ')} in an interview.`,
    modelAnswer: `Model answer for ${id}: ${keyPoints.map((k) => k.text).join('; ')}.`,
    rubric: { questionId: id, keyPoints },
  };
}

/** Eight questions over three topics (sql 1/2/3, http 1/1/2, git 2/3), each with a small rubric. */
export const testQuestions: BankQuestion[] = [
  question('sql-joins', 'sql', 1, 'databases.md', [
    ['matching-rows', 'rows with matching keys in both tables', 2, 'Joins'],
    ['drops-unmatched', 'unmatched rows are dropped', 1, 'Joins'],
  ]),
  question('sql-index', 'sql', 2, 'databases.md', [
    ['faster-reads', 'speeds up reads', 1, 'Indexes'],
    ['slower-writes', 'slows down writes', 1, 'Indexes'],
  ]),
  question('sql-transactions', 'sql', 3, 'databases.md', [
    ['atomic', 'all or nothing', 1, 'Transactions'],
    ['isolation', 'isolation level', 1, 'Transactions'],
  ]),
  question('http-idempotent', 'http', 1, 'web.md', [
    ['same-effect', 'repeating it has the same effect', 1, 'Methods'],
    ['put-delete', 'PUT and DELETE are idempotent', 1, 'Methods'],
  ]),
  question('http-status', 'http', 1, 'web.md', [
    ['client-error', '4xx means a client error', 1, 'Status codes'],
    ['server-error', '5xx means a server error', 1],
  ]),
  question('http-caching', 'http', 2, 'web.md', [
    ['cache-control', 'Cache-Control header', 2, 'Caching'],
    ['etag', 'ETag revalidation', 1, 'Caching'],
  ]),
  question('git-rebase', 'git', 2, 'git.md', [
    ['rewrite', 'rewrites commit history', 3, 'Rebasing'],
    ['linear', 'linear history', 1, 'Rebasing'],
    ['shared', 'never rebase shared branches', 2, 'Rebasing'],
  ]),
  question('git-merge', 'git', 3, 'git.md', [
    ['merge-commit', 'creates a merge commit', 1, 'Merging'],
    ['keeps-history', 'keeps both histories', 1, 'Merging'],
  ]),
];

/** A Bank built from questions (the test bank by default), indexed like the real loader does. */
export function makeBank(questions: BankQuestion[] = testQuestions): Bank {
  return {
    questions,
    byId: new Map(questions.map((q) => [q.id, q])),
    topics: [...new Set(questions.map((q) => q.topic))].sort(),
  };
}

export const testBank: Bank = makeBank();

/** The test bank's question with this id (throws on a typo, so tests fail loudly). */
export function bankQuestion(id: string): BankQuestion {
  const found = testBank.byId.get(id);
  if (found === undefined) throw new Error(`no test question ${id}`);
  return found;
}

/**
 * A predictable stand-in for the grader: a key point is hit when the answer contains its text
 * verbatim (any case), partial when it contains only its first word, else missed. Score = weighted
 * share with partial worth half.
 */
export function verbatimGrade(question: BankQuestion, answer: string): Grade {
  const said = answer.toLowerCase();
  const keyPoints: KeyPointResult[] = question.rubric.keyPoints.map((k) => {
    const text = k.text.toLowerCase();
    const first = text.split(' ')[0] ?? text;
    const status: KeyPointStatus = said.includes(text) ? 'hit' : said.includes(first) ? 'partial' : 'miss';
    const confidence = status === 'hit' ? 1 : status === 'partial' ? 0.5 : 0;
    return {
      id: k.id,
      status,
      confidence,
      evidence: status === 'miss' ? null : status === 'hit' ? k.text : first,
      missing: status === 'hit' ? [] : text.split(' ').slice(status === 'partial' ? 1 : 0),
      negated: false,
    };
  });
  const total = question.rubric.keyPoints.reduce((s, k) => s + k.weight, 0);
  const earned = question.rubric.keyPoints.reduce((s, k, i) => {
    const status = keyPoints[i]?.status;
    return s + (status === 'hit' ? k.weight : status === 'partial' ? k.weight / 2 : 0);
  }, 0);
  return { score: Math.round((earned / total) * 100), keyPoints, note: null };
}

/** An answer stating every key point of the question verbatim. */
export function fullAnswer(questionId: string): string {
  return bankQuestion(questionId)
    .rubric.keyPoints.map((k) => k.text)
    .join('. ');
}
