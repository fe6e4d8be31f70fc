import { describe, expect, it } from 'vitest';
import type { KeyPointStatus } from '../../../src/core/grading/types.ts';
import type { Attempt } from '../../../src/core/interview/types.ts';
import {
  cardsAfterAttempt,
  dueQuestions,
  isMastered,
  nextDueAt,
  rateAttempt,
  scheduleReview,
  summarizeReviews,
  type ReviewCard,
} from '../../../src/core/review/index.ts';
import { bankQuestion, testBank } from '../../support/test-bank.ts';

let counter = 0;
const DAY = 86_400_000;
const T0 = '2025-03-01T09:00:00.000Z';
const at = (days: number): string => new Date(Date.parse(T0) + days * DAY).toISOString();

function attempt(questionId: string, statuses: KeyPointStatus[], more: Partial<Attempt> = {}): Attempt {
  const question = bankQuestion(questionId);
  return {
    id: `a-${++counter}`,
    userId: 'u1',
    sessionId: 's1',
    questionId,
    topic: question.topic,
    guildId: null,
    answer: 'words',
    score: 50,
    hintsUsed: 0,
    source: 'terminal',
    createdAt: T0,
    keyPoints: question.rubric.keyPoints.map((k, i) => ({
      id: k.id,
      status: statuses[i] ?? 'miss',
      confidence: 0,
      evidence: null,
      missing: [],
      negated: false,
    })),
    ...more,
  };
}

/** Replays attempts in order the way the use case does: each against the cards saved so far. */
function replay(attempts: Attempt[]): ReviewCard[] {
  let cards: ReviewCard[] = [];
  for (const a of attempts) {
    const changed = cardsAfterAttempt(cards, a, bankQuestion(a.questionId));
    const keys = new Set(changed.map((c) => `${c.questionId}/${c.keyPointId}`));
    cards = [...cards.filter((c) => !keys.has(`${c.questionId}/${c.keyPointId}`)), ...changed];
  }
  return cards;
}

describe('rateAttempt', () => {
  it.each([
    ['hit', false, 'good'],
    ['partial', false, 'hard'],
    ['miss', false, 'again'],
    ['hit', true, 'again'],
    ['partial', true, 'again'],
  ] as const)('rates a %s (denied: %s) as %s', (status, negated, rating) => {
    const a = attempt('sql-index', [status, 'hit']);
    a.keyPoints[0] = { ...a.keyPoints[0]!, negated };
    expect(rateAttempt(a, bankQuestion('sql-index'))[0]).toEqual({ keyPointId: 'faster-reads', rating });
  });

  it('rates a key point revealed by a hint as again, even when the answer then covered it', () => {
    // git-rebase's hint order is by weight: rewrite (3), shared (2), linear (1).
    const a = attempt('git-rebase', ['hit', 'hit', 'hit'], { hintsUsed: 2 });
    expect(rateAttempt(a, bankQuestion('git-rebase'))).toEqual([
      { keyPointId: 'rewrite', rating: 'again' },
      { keyPointId: 'linear', rating: 'good' },
      { keyPointId: 'shared', rating: 'again' },
    ]);
  });
});

describe('cardsAfterAttempt', () => {
  it('writes one card per key point of the question, due later the better it was recalled', () => {
    const cards = cardsAfterAttempt([], attempt('git-rebase', ['hit', 'partial', 'miss']), bankQuestion('git-rebase'));
    expect(cards.map((c) => c.keyPointId)).toEqual(['rewrite', 'linear', 'shared']);
    const [good, hard, again] = cards.map((c) => Date.parse(c.due) - Date.parse(T0));
    expect(again).toBeGreaterThan(0);
    expect(hard).toBeGreaterThan(again!);
    expect(good).toBeGreaterThan(hard!);
    expect(
      cards.every((c) => c.userId === 'u1' && c.lastReview === T0 && c.lastReviewKey === 's1' && c.reps === 1),
    ).toBe(true);
  });

  it('does not count a retry in the same session twice', () => {
    const first = replay([attempt('sql-index', ['miss', 'miss'])]);
    const retry = attempt('sql-index', ['hit', 'hit'], { createdAt: at(0.01) });
    expect(cardsAfterAttempt(first, retry, bankQuestion('sql-index'))).toEqual([]);
  });

  it('counts an answer to the same question in another session, or without a session', () => {
    const first = replay([attempt('sql-index', ['miss', 'miss'])]);
    const later = cardsAfterAttempt(
      first,
      attempt('sql-index', ['hit', 'hit'], { sessionId: 's2', createdAt: at(1) }),
      bankQuestion('sql-index'),
    );
    expect(later.map((c) => [c.reps, c.lastReviewKey])).toEqual([
      [2, 's2'],
      [2, 's2'],
    ]);
    const loose = attempt('sql-index', ['hit', 'hit'], { id: 'loose', sessionId: null, createdAt: at(1) });
    expect(cardsAfterAttempt(first, loose, bankQuestion('sql-index')).map((c) => c.lastReviewKey)).toEqual([
      'loose',
      'loose',
    ]);
  });

  it('ignores an attempt older than the last review it would replace', () => {
    const first = replay([attempt('sql-index', ['hit', 'hit'], { createdAt: at(2) })]);
    expect(
      cardsAfterAttempt(
        first,
        attempt('sql-index', ['miss', 'miss'], { sessionId: 'old', createdAt: at(1) }),
        bankQuestion('sql-index'),
      ),
    ).toEqual([]);
  });

  it('grows stability with each successful recall until the key point is mastered', () => {
    const history: Attempt[] = [];
    const stabilities: number[] = [];
    let day = 0;
    for (let i = 0; i < 5; i++) {
      history.push(attempt('sql-index', ['hit', 'hit'], { sessionId: `s${i}`, createdAt: at(day) }));
      const card = replay(history)[0]!;
      stabilities.push(card.stability);
      day = (Date.parse(card.due) - Date.parse(T0)) / DAY;
    }
    expect(stabilities).toEqual([...stabilities].sort((a, b) => a - b));
    expect(isMastered({ stability: stabilities.at(-1)! })).toBe(true);
    expect(isMastered({ stability: stabilities[0]! })).toBe(false);
  });
});

describe('scheduleReview', () => {
  it('brings a key point missed after a long run back within days, and counts the lapse', () => {
    const strong = { ...scheduleReview(null, 'good', new Date(T0)), stability: 40, reps: 5, due: at(40) };
    const lapsed = scheduleReview(strong, 'again', new Date(at(40)));
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.stability).toBeLessThan(40);
    expect(Date.parse(lapsed.due) - Date.parse(at(40))).toBeLessThanOrEqual(3 * DAY);
  });
});

describe('dueQuestions', () => {
  const cards = replay([
    attempt('sql-index', ['miss', 'hit'], { sessionId: 'x1', createdAt: at(0) }),
    attempt('http-status', ['miss', 'miss'], { sessionId: 'x2', createdAt: at(-3) }),
    attempt('git-merge', ['hit', 'hit'], { sessionId: 'x3', createdAt: at(0) }),
  ]);

  it('lists the questions with a key point due, most overdue first', () => {
    const due = dueQuestions(cards, testBank, new Date(at(1.5)));
    expect(due.map((d) => [d.questionId, d.keyPointsDue])).toEqual([
      ['http-status', 2],
      ['sql-index', 1],
    ]);
    expect(due[0]!.dueAt < due[1]!.dueAt).toBe(true);
  });

  it('lists nothing before anything is due, and says when the next key point is', () => {
    expect(dueQuestions(cards, testBank, new Date(at(-3)))).toEqual([]);
    expect(nextDueAt(cards, testBank, new Date(at(-3)))).toBe(cards.find((c) => c.questionId === 'http-status')!.due);
  });

  it('ignores cards of questions or key points no longer in the bank', () => {
    const stale = [...cards, { ...cards[0]!, questionId: 'gone' }, { ...cards[0]!, keyPointId: 'gone' }];
    expect(dueQuestions(stale, testBank, new Date(at(30))).map((d) => d.questionId)).toEqual([
      'http-status',
      'sql-index',
      'git-merge',
    ]);
  });
});

describe('summarizeReviews', () => {
  it('counts key points due now, today and this week in the user’s zone, and mastered ones', () => {
    const card = (keyPointId: string, due: string, stability: number): ReviewCard => ({
      userId: 'u1',
      questionId: 'git-rebase',
      keyPointId,
      due,
      stability,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      lastReview: T0,
      lastReviewKey: 's',
    });
    const now = new Date('2025-03-10T12:00:00.000Z');
    const cards = [
      card('rewrite', '2025-03-10T11:00:00.000Z', 2), // due now
      card('linear', '2025-03-10T16:00:00.000Z', 30), // later today in UTC, tomorrow in Tokyo
      card('shared', '2025-03-16T10:00:00.000Z', 22), // in six days
    ];
    expect(summarizeReviews(cards, testBank, now, null)).toMatchObject({
      tracked: 3,
      dueNow: 1,
      dueToday: 2,
      dueThisWeek: 3,
      mastered: 2,
      nextDueAt: '2025-03-10T16:00:00.000Z',
    });
    expect(summarizeReviews(cards, testBank, now, 'Asia/Tokyo')).toMatchObject({ dueToday: 1, dueThisWeek: 3 });
    expect(summarizeReviews(cards, testBank, now, null).perTopic.find((t) => t.topic === 'git')).toEqual({
      topic: 'git',
      keyPoints: 5,
      reviewed: 3,
      mastered: 2,
    });
  });
});
