import { describe, expect, it } from 'vitest';
import { nothingDueMessage } from '../../src/interviewer/review/review-messages.ts';
import { ensureOneQuestionSession, answerOneQuestion } from '../../src/interviewer/one-question.ts';
import { fullAnswer, testBank, verbatimGrade } from '../support/test-bank.ts';
import { answerQuestions, DAY, sqliteStore, T0, useLearningWorld } from './learning-harness.ts';

const world = useLearningWorld(sqliteStore);
const ada = () => world().actor('ada');

describe('recordReview, called as answers are stored', () => {
  it('writes a card for every key point of each answered question, due later the better it was recalled', async () => {
    const w = world();
    await answerQuestions(w, ada(), {
      'git-rebase': 'rewrites commit history, linear',
      'sql-index': 'speeds up reads',
    });
    const cards = await w.store.listReviewCards(ada().userId);
    expect(cards.map((c) => `${c.questionId}/${c.keyPointId}`)).toEqual([
      'git-rebase/linear',
      'git-rebase/rewrite',
      'git-rebase/shared',
      'sql-index/faster-reads',
      'sql-index/slower-writes',
    ]);
    const due = (kp: string) => (Date.parse(cards.find((c) => c.keyPointId === kp)!.due) - T0.getTime()) / DAY;
    // rewrite: covered (good); linear: its first word only (hard); shared: missed (again).
    expect([due('shared'), due('linear'), due('rewrite')]).toEqual([1, 2, 3]);
  });

  it('does not count a retry in the same session twice', async () => {
    const w = world();
    const started = await w.learning.startReview(ada());
    expect(started.ok).toBe(false);
    const interview = await w.interviewer.start(ada(), { topic: 'sql', difficulty: 1, count: 1 });
    if (!interview.ok) throw new Error(interview.error);
    const id = interview.value.session.id;
    const questionId = interview.value.session.questionIds[0]!;
    await w.interviewer.answer(ada(), id, 'nothing useful');
    const first = await w.store.listReviewCards(ada().userId);
    w.advance(0.01);
    const retried = await w.interviewer.answer(ada(), id, fullAnswer(questionId));
    expect(retried.ok).toBe(true);
    expect(await w.store.listReviewCards(ada().userId)).toEqual(first);
    expect(first.every((c) => c.reps === 1)).toBe(true);
  });

  it('rates a key point revealed by a hint as forgotten', async () => {
    const w = world();
    const interview = await w.interviewer.start(ada(), { topic: 'git', difficulty: 2, count: 1 });
    if (!interview.ok) throw new Error(interview.error);
    await w.interviewer.hint(ada(), interview.value.session.id);
    await w.interviewer.answer(ada(), interview.value.session.id, fullAnswer('git-rebase'));
    const cards = await w.store.listReviewCards(ada().userId);
    const dayOf = (kp: string) => (Date.parse(cards.find((c) => c.keyPointId === kp)!.due) - T0.getTime()) / DAY;
    expect({ rewrite: dayOf('rewrite'), linear: dayOf('linear'), shared: dayOf('shared') }).toEqual({
      rewrite: 1,
      linear: 3,
      shared: 3,
    });
  });

  it('records the answer to a one-question session (a daily question or a round) too', async () => {
    const w = world();
    const deps = { bank: testBank, store: w.store, grader: verbatimGrade, newId: () => 'one-attempt' };
    const session = await ensureOneQuestionSession(deps, {
      id: 'daily:ada:2025-03-03',
      userId: ada().userId,
      guildId: null,
      source: 'daily',
      questionId: 'http-status',
      now: T0,
    });
    if (!session.ok) throw new Error(session.error);
    await answerOneQuestion(deps, session.value, ada(), '4xx means a client error', T0);
    const cards = await w.store.listReviewCards(ada().userId);
    expect(cards.map((c) => [c.keyPointId, c.lastReviewKey])).toEqual([
      ['client-error', 'daily:ada:2025-03-03'],
      ['server-error', 'daily:ada:2025-03-03'],
    ]);
  });
});

describe('startReview', () => {
  it('says nothing is due, and when the next review is, until a key point falls due', async () => {
    const w = world();
    const never = await w.learning.startReview(ada());
    expect(never).toEqual({ ok: false, error: 'nothing_due' });
    expect(nothingDueMessage(undefined, w.now())).toMatch(/^Nothing is due for review yet/);
    await answerQuestions(w, ada(), { 'sql-index': 'speeds up reads. slows down writes' });
    const early = await w.learning.startReview(ada());
    expect(early).toEqual({ ok: false, error: 'nothing_due', detail: new Date(T0.getTime() + 3 * DAY).toISOString() });
    expect(nothingDueMessage(early.ok ? undefined : early.detail, w.now())).toBe(
      'Nothing is due for review. Next review in 3 days.',
    );
  });

  it('is an interview of the due questions, most overdue first', async () => {
    const w = world();
    await answerQuestions(w, ada(), { 'sql-index': 'speeds up reads. slows down writes' }); // due in 3 days
    w.advance(1);
    await answerQuestions(w, ada(), {
      'http-status': 'nothing',
      'git-merge': 'creates a merge commit. keeps both histories',
    }); // 1 and 3 days
    w.advance(5);
    const started = await w.learning.startReview(ada(), 5);
    if (!started.ok) throw new Error(started.error);
    expect(started.value.session.questionIds).toEqual(['http-status', 'sql-index', 'git-merge']);
    expect(started.value.question?.id).toBe('http-status');
    expect(await w.store.getSession(started.value.session.id)).toMatchObject({
      status: 'active',
      userId: ada().userId,
    });
    const limited = await w.learning.startReview(ada(), 1);
    expect(limited.ok && limited.value.session.questionIds).toEqual(['http-status']);
  });

  it('takes questions off the queue once they are answered well', async () => {
    const w = world();
    await answerQuestions(w, ada(), { 'http-status': 'nothing' });
    w.advance(1);
    const review = await w.learning.startReview(ada());
    if (!review.ok) throw new Error(review.error);
    await w.interviewer.answer(ada(), review.value.session.id, fullAnswer('http-status'));
    expect(await w.learning.dueQuestions(ada().userId)).toEqual([]);
  });
});

describe('pickDailyQuestion', () => {
  it('picks the most overdue due question first (of the subscriber’s topic when set), else the weakest topic as before', async () => {
    const w = world();
    await answerQuestions(w, ada(), { 'sql-joins': 'nothing', 'git-merge': 'nothing' });
    const beforeDue = await w.learning.pickDailyQuestion(ada().userId, null, null);
    expect(beforeDue.ok && ['sql-joins', 'git-merge'].includes(beforeDue.value)).toBe(false);
    w.advance(2);
    expect(await w.learning.pickDailyQuestion(ada().userId, null, null)).toEqual({ ok: true, value: 'git-merge' });
    expect(await w.learning.pickDailyQuestion(ada().userId, 'sql', null)).toEqual({ ok: true, value: 'sql-joins' });
    const otherTopic = await w.learning.pickDailyQuestion(ada().userId, 'http', null);
    expect(otherTopic.ok && testBank.byId.get(otherTopic.value)?.topic).toBe('http');
  });
});

describe('reviewSummary', () => {
  it('counts key points due today and this week, and mastered ones', async () => {
    const w = world();
    await answerQuestions(w, ada(), { 'sql-index': 'speeds up reads. slows down writes', 'http-status': 'nothing' });
    expect(await w.learning.reviewSummary(ada().userId)).toMatchObject({
      tracked: 4,
      dueNow: 0,
      dueToday: 0,
      dueThisWeek: 4,
      mastered: 0,
    });
    for (let day = 0; day < 6; day++) {
      w.advance(day === 0 ? 3 : 60);
      const review = await w.learning.startReview(ada());
      if (review.ok) await answerQuestions(w, ada(), { 'sql-index': 'speeds up reads. slows down writes' });
    }
    expect((await w.learning.reviewSummary(ada().userId)).mastered).toBe(2);
  });
});
