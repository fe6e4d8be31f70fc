import { describe, expect, it } from 'vitest';
import { answerCurrent } from '../../../src/core/interview/answer-current.ts';
import { takeHint } from '../../../src/core/interview/hint.ts';
import type { Session } from '../../../src/core/interview/types.ts';
import { compileRubric, gradeAnswer } from '../../../src/core/grading/grade.ts';
import { testBank, verbatimGrade } from '../../support/test-bank.ts';
import { answer, at, newSession } from './session-fixtures.ts';

/** A one-question session on sql-index (2 equal key points: "speeds up reads", "slows down writes"). */
const indexSession = (): Session => newSession({ topic: 'sql', difficulty: 2, count: 1 });

const tryAnswer = (session: Session, text: string) =>
  answerCurrent({ session, bank: testBank, grader: verbatimGrade, answer: text, attemptId: 'a-x', now: at(5) });

describe('answerCurrent', () => {
  it('records the outcome and stays on the question until the user moves on', () => {
    const { session, feedback } = answer(indexSession(), 'It speeds up reads.');
    expect(session.index).toBe(0);
    expect(session.status).toBe('active');
    expect(session.outcomes[0]).toMatchObject({ status: 'answered', score: 50, answers: 1, hintsUsed: 0 });
    expect(session.updatedAt).toBe(at(1).toISOString());
    expect(feedback).toMatchObject({
      score: 50,
      bestScore: 50,
      isRetry: false,
      canRetry: true,
      isLast: true,
      added: [],
    });
  });

  it('gives a checklist in the rubric wording with status, evidence and missing words', () => {
    const { feedback } = answer(indexSession(), 'An index speeds up reads but slows things.');
    expect(feedback.checklist).toEqual([
      {
        id: 'faster-reads',
        text: 'speeds up reads',
        source: 'Indexes',
        weight: 1,
        status: 'hit',
        confidence: 1,
        evidence: 'speeds up reads',
        missing: [],
        negated: false,
      },
      {
        id: 'slower-writes',
        text: 'slows down writes',
        source: 'Indexes',
        weight: 1,
        status: 'partial',
        confidence: 0.5,
        evidence: 'slows',
        missing: ['down', 'writes'],
        negated: false,
      },
    ]);
    expect(feedback.question).toEqual({
      id: 'sql-index',
      topic: 'sql',
      difficulty: 2,
      prompt: 'Explain sql index in an interview.',
    });
    expect(feedback.modelAnswer).toContain('speeds up reads');
  });

  it('records an attempt with the trimmed answer, source, guild, session and hints', () => {
    const { attempt } = answer(indexSession(), '   speeds up reads  \n', 3, 'attempt-9');
    expect(attempt).toMatchObject({
      id: 'attempt-9',
      userId: 'user-1',
      sessionId: 'session-1',
      questionId: 'sql-index',
      topic: 'sql',
      guildId: 'guild-1',
      answer: 'speeds up reads',
      score: 50,
      hintsUsed: 0,
      source: 'discord',
      createdAt: at(3).toISOString(),
    });
    expect(attempt.keyPoints.map((k) => k.status)).toEqual(['hit', 'miss']);
  });

  it.each([
    { hints: 1, expected: 90 },
    { hints: 2, expected: 80 },
  ])('takes 10 points off per hint ($hints hints → $expected)', ({ hints, expected }) => {
    let session = indexSession();
    for (let i = 0; i < hints; i++) {
      const hinted = takeHint(session, testBank, at(0));
      if (!hinted.ok) throw new Error(hinted.error);
      session = hinted.value.session;
    }
    const { feedback, attempt, session: after } = answer(session, 'speeds up reads, slows down writes');
    expect(feedback).toMatchObject({ score: expected, gradeScore: 100, hintPenalty: 100 - expected, hintsUsed: hints });
    expect(attempt).toMatchObject({ score: expected, hintsUsed: hints });
    expect(after.outcomes[0]?.score).toBe(expected);
  });

  it('never lets the hint penalty push a score below 0', () => {
    const hinted = takeHint(indexSession(), testBank, at(0));
    if (!hinted.ok) throw new Error(hinted.error);
    expect(answer(hinted.value.session, 'I do not know').feedback).toMatchObject({ score: 0, hintPenalty: 0 });
  });

  it('allows one retry, keeps the better score and lists what the retry added', () => {
    const first = answer(indexSession(), 'slows things');
    expect(first.feedback.score).toBe(25);
    const retry = answer(first.session, 'speeds up reads and slows down writes', 2, 'attempt-2');
    expect(retry.feedback).toMatchObject({ score: 100, bestScore: 100, isRetry: true, canRetry: false });
    expect(retry.feedback.added).toEqual([
      { id: 'faster-reads', text: 'speeds up reads', before: 'miss', after: 'hit' },
      { id: 'slower-writes', text: 'slows down writes', before: 'partial', after: 'hit' },
    ]);
    expect(retry.session.outcomes[0]).toMatchObject({ score: 100, answers: 2 });
    expect(retry.attempt).toMatchObject({ id: 'attempt-2', score: 100 });
    expect(tryAnswer(retry.session, 'once more')).toEqual({ ok: false, error: 'retry_used' });
  });

  it('keeps the first score and its checklist when the retry is worse', () => {
    const first = answer(indexSession(), 'speeds up reads');
    const retry = answer(first.session, 'I do not know', 2, 'attempt-2');
    expect(retry.feedback).toMatchObject({ score: 0, bestScore: 50, added: [] });
    expect(retry.attempt.score).toBe(0);
    expect(retry.session.outcomes[0]).toMatchObject({ score: 50, answers: 2 });
    expect(retry.session.outcomes[0]?.keyPoints.map((k) => k.status)).toEqual(['hit', 'miss']);
  });

  it.each([
    { text: '', error: 'empty_answer' },
    { text: '   \n\t ', error: 'empty_answer' },
    { text: 'x'.repeat(4001), error: 'answer_too_long' },
  ])('refuses $error and changes nothing', ({ text, error }) => {
    const session = indexSession();
    const before = structuredClone(session);
    expect(tryAnswer(session, text)).toMatchObject({ ok: false, error });
    expect(session).toEqual(before);
  });

  it('accepts an answer of exactly 4000 characters after trimming', () => {
    expect(tryAnswer(indexSession(), ` ${'x'.repeat(4000)} `).ok).toBe(true);
  });

  it.each(['finished', 'ended'] as const)('refuses a %s session', (status) => {
    expect(tryAnswer({ ...indexSession(), status }, 'speeds up reads')).toEqual({
      ok: false,
      error: 'session_not_active',
    });
  });

  it('refuses a question the bank no longer has', () => {
    const session = {
      ...indexSession(),
      questionIds: ['gone'],
      outcomes: [{ ...indexSession().outcomes[0]!, questionId: 'gone' }],
    };
    expect(tryAnswer(session, 'speeds up reads')).toEqual({ ok: false, error: 'unknown_question', detail: 'gone' });
  });

  it('counts a key point the grader left out as missed', () => {
    const result = answerCurrent({
      session: indexSession(),
      bank: testBank,
      answer: 'anything',
      attemptId: 'a',
      now: at(1),
      grader: () => ({ score: 40, keyPoints: [], note: 'keyword_list' }),
    });
    expect(result.ok && result.value.feedback.checklist.map((k) => k.status)).toEqual(['miss', 'miss']);
    expect(result.ok && result.value.feedback.note).toBe('keyword_list');
  });

  it('works with the real grader: verbatim key points are hit, an unrelated answer misses them', () => {
    const grader = (q: Parameters<typeof verbatimGrade>[0], text: string) => gradeAnswer(compileRubric(q.rubric), text);
    const run = (text: string) =>
      answerCurrent({ session: indexSession(), bank: testBank, grader, answer: text, attemptId: 'a', now: at(1) });
    const good = run('An index speeds up reads. An index slows down writes.');
    const bad = run('The weather in Lisbon is mild in spring.');
    if (!good.ok || !bad.ok) throw new Error('real grader refused');
    expect(good.value.feedback.checklist.map((k) => k.status)).toEqual(['hit', 'hit']);
    expect(bad.value.feedback.checklist.map((k) => k.status)).toEqual(['miss', 'miss']);
    expect(good.value.feedback.score).toBeGreaterThan(bad.value.feedback.score);
  });
});

describe('answerCurrent on pasted control characters', () => {
  it('stores the answer without NUL or other control characters, keeping line breaks', () => {
    const { attempt } = answer(newSession(), 'first\u0000 line\u0007\nsecond\tline');
    expect(attempt.answer).toBe('first line\nsecond\tline');
  });
});
