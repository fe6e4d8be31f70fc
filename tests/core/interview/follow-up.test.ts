import { describe, expect, it } from 'vitest';
import { answerCurrent } from '../../../src/core/interview/answer-current.ts';
import { answerFollowUp, skipFollowUp } from '../../../src/core/interview/follow-up.ts';
import { offerFollowUp, probeFor } from '../../../src/core/interview/follow-up-offer.ts';
import { nextQuestion } from '../../../src/core/interview/navigate.ts';
import { buildReport } from '../../../src/core/interview/report.ts';
import { currentQuestion } from '../../../src/core/interview/session-state.ts';
import type { Session } from '../../../src/core/interview/types.ts';
import type { KeyPointResult } from '../../../src/core/grading/types.ts';
import { bankQuestion, testBank, verbatimGrade } from '../../support/test-bank.ts';
import { answer, at, newSession } from './session-fixtures.ts';

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** A session whose current question is sql-joins: "rows with matching keys…" (weight 2), "unmatched rows…". */
function onJoins(): Session {
  for (let seed = 1; seed < 200; seed += 1) {
    const session = newSession({ topic: 'sql', count: 1 }, seed);
    if (currentQuestion(session, testBank)?.id === 'sql-joins') return session;
  }
  throw new Error('no seed starts on sql-joins');
}

const followUp = (session: Session, text: string, minutes = 3) =>
  answerFollowUp({
    session,
    bank: testBank,
    grader: verbatimGrade,
    answer: text,
    attemptId: 'follow-up-1',
    now: at(minutes),
  });

const result = (over: Partial<KeyPointResult>): KeyPointResult => ({
  id: 'matching-rows',
  status: 'partial',
  confidence: 0.4,
  evidence: 'rows',
  missing: [],
  negated: false,
  ...over,
});

describe('offerFollowUp', () => {
  const joins = bankQuestion('sql-joins');

  it('probes the heaviest nearly made point, quoting the candidate’s own words', () => {
    const offer = offerFollowUp(joins, [result({}), result({ id: 'drops-unmatched', evidence: 'unmatched' })]);
    expect(offer).toEqual({
      keyPointId: 'matching-rows',
      prompt: 'You mentioned “rows”. Can you say more about that: what exactly is it, and why does it matter here?',
    });
  });

  it.each([
    ['every point made', [result({ status: 'hit' }), result({ id: 'drops-unmatched', status: 'hit' })]],
    ['nothing said', [result({ status: 'miss', evidence: null }), result({ id: 'drops-unmatched', status: 'miss' })]],
    ['a denied point', [result({ negated: true })]],
    ['a point stated wrongly', [{ ...result({}), contradicted: true } as KeyPointResult]],
  ])('asks nothing for %s', (_, results) => {
    expect(offerFollowUp(joins, results)).toBeNull();
  });

  it('asks the author’s probe after the candidate’s quoted words, or alone when nothing is quoted', () => {
    const keyPoint = { ...joins.rubric.keyPoints[0]!, probe: 'Which rows does an inner join keep?' };
    expect(probeFor(keyPoint, result({}))).toBe('You mentioned “rows”. Which rows does an inner join keep?');
    expect(probeFor(keyPoint, result({ evidence: null }))).toBe('Which rows does an inner join keep?');
    expect(probeFor(keyPoint, result({ evidence: ' “ ” ' }))).toBe('Which rows does an inner join keep?');
    expect(offerFollowUp({ ...joins, rubric: { ...joins.rubric, keyPoints: [keyPoint] } }, [result({})])).toEqual({
      keyPointId: 'matching-rows',
      prompt: 'You mentioned “rows”. Which rows does an inner join keep?',
    });
  });

  it('asks the candidate to say more when the point has no probe', () => {
    const keyPoint = joins.rubric.keyPoints[0]!;
    expect(keyPoint.probe).toBeUndefined();
    expect(probeFor(keyPoint, result({ evidence: null }))).toBe(
      'Can you say more about that: what exactly do you mean, and why does it matter here?',
    );
  });

  it('never quotes more than a short phrase', () => {
    const keyPoint = { ...joins.rubric.keyPoints[0]!, probe: 'Which rows does an inner join keep?' };
    const long = probeFor(keyPoint, result({ evidence: 'word '.repeat(60) }));
    expect(long).toMatch(/^You mentioned “(word ){10,}word…”\. Which rows does an inner join keep\?$/);
    expect(long.length).toBeLessThan(200);
  });
});

describe('answerFollowUp', () => {
  it('lets the follow-up complete the point, keeps the better score and closes the follow-up', () => {
    const first = answer(onJoins(), 'It keeps rows.', 1);
    expect(first.feedback.followUp?.keyPointId).toBe('matching-rows');
    expect(first.feedback.score).toBe(33);

    const second = unwrap(followUp(first.session, 'I mean the rows with matching keys in both tables.'));
    expect(second.feedback.followUpResult).toEqual({
      keyPointId: 'matching-rows',
      text: 'rows with matching keys in both tables',
      before: 'partial',
      after: 'hit',
    });
    expect(second.feedback.score).toBeGreaterThan(first.feedback.score);
    expect(second.feedback.followUp).toBeNull();
    expect(second.attempt.answer).toBe('It keeps rows.\n\nI mean the rows with matching keys in both tables.');
    const outcome = second.session.outcomes[0]!;
    expect(outcome).toMatchObject({
      answers: 1,
      score: second.feedback.score,
      followUp: { status: 'answered', completed: true },
    });

    expect(followUp(second.session, 'more')).toEqual({ ok: false, error: 'no_follow_up' });
  });

  it('keeps the first score when the follow-up adds nothing, and says the point is still nearly made', () => {
    const first = answer(onJoins(), 'It keeps rows.', 1);
    const second = unwrap(followUp(first.session, 'No idea, sorry.'));
    expect(second.feedback.followUpResult).toMatchObject({ before: 'partial', after: 'partial' });
    expect(second.session.outcomes[0]).toMatchObject({ score: first.feedback.score, followUp: { completed: false } });
  });

  it('refuses an empty follow-up answer and changes nothing', () => {
    const first = answer(onJoins(), 'It keeps rows.', 1);
    expect(followUp(first.session, '   ')).toEqual({ ok: false, error: 'empty_answer' });
  });

  it('offers no follow-up on a retry', () => {
    const first = answer(onJoins(), 'It keeps rows.', 1);
    const skipped = unwrap(skipFollowUp(first.session, at(2)));
    const retry = unwrap(
      answerCurrent({
        session: skipped,
        bank: testBank,
        grader: verbatimGrade,
        answer: 'rows again',
        attemptId: 'r',
        now: at(3),
      }),
    );
    expect(retry.feedback.followUp).toBeNull();
    expect(retry.session.outcomes[0]?.followUp?.status).toBe('skipped');
  });
});

describe('buildReport with follow-ups', () => {
  it('shows each question’s follow-up, and one left unanswered as skipped', () => {
    const first = answer(onJoins(), 'It keeps rows.', 1);
    const finished = unwrap(nextQuestion(first.session, at(2)));
    expect(buildReport(finished, testBank).questions[0]?.followUp).toEqual({
      prompt: first.feedback.followUp?.prompt,
      status: 'skipped',
      completed: false,
    });
  });
});
