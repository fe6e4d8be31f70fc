import { describe, expect, it } from 'vitest';
import { revealedHints, revealModelAnswer, takeHint } from '../../../src/core/interview/hint.ts';
import type { Session } from '../../../src/core/interview/types.ts';
import { testBank } from '../../support/test-bank.ts';
import { answer, at, newSession } from './session-fixtures.ts';

/** One question: git-rebase, key points weighted rewrite 3, linear 1, shared 2. */
const rebaseSession = (): Session => newSession({ topic: 'git', difficulty: 2, count: 1 });

function hintTimes(session: Session, times: number): Session {
  let current = session;
  for (let i = 0; i < times; i++) {
    const result = takeHint(current, testBank, at(i));
    if (!result.ok) throw new Error(result.error);
    current = result.value.session;
  }
  return current;
}

describe('takeHint', () => {
  it('reveals key points heaviest first, counting each against the question', () => {
    let session = rebaseSession();
    const hints = [];
    for (let i = 0; i < 3; i++) {
      const result = takeHint(session, testBank, at(i));
      if (!result.ok) throw new Error(result.error);
      session = result.value.session;
      hints.push(result.value.hint);
    }
    expect(hints).toEqual([
      { text: 'rewrites commit history', number: 1, remaining: 2, penalty: 10 },
      { text: 'never rebase shared branches', number: 2, remaining: 1, penalty: 20 },
      { text: 'linear history', number: 3, remaining: 0, penalty: 30 },
    ]);
    expect(session.outcomes[0]).toMatchObject({ hintsUsed: 3, status: 'pending' });
    expect(session.updatedAt).toBe(at(2).toISOString());
  });

  it('says no_more_hints once every key point is revealed', () => {
    const session = hintTimes(rebaseSession(), 3);
    expect(takeHint(session, testBank, at(9))).toEqual({ ok: false, error: 'no_more_hints' });
  });

  it('refuses a hint once the question is answered', () => {
    const { session } = answer(rebaseSession(), 'rewrites commit history');
    expect(takeHint(session, testBank, at(2))).toEqual({ ok: false, error: 'already_answered' });
  });

  it('refuses a session that is not active', () => {
    expect(takeHint({ ...rebaseSession(), status: 'ended' }, testBank, at(1))).toEqual({
      ok: false,
      error: 'session_not_active',
    });
  });
});

describe('revealedHints', () => {
  it('lists the hints already given for the current question', () => {
    expect(revealedHints(rebaseSession(), testBank)).toEqual([]);
    expect(revealedHints(hintTimes(rebaseSession(), 2), testBank)).toEqual([
      'rewrites commit history',
      'never rebase shared branches',
    ]);
  });
});

describe('revealModelAnswer', () => {
  it('gives the model answer only after the question is answered', () => {
    const session = rebaseSession();
    expect(revealModelAnswer(session, testBank)).toEqual({ ok: false, error: 'not_answered' });
    const answered = answer(session, 'no idea').session;
    expect(revealModelAnswer(answered, testBank)).toEqual({
      ok: true,
      value: 'Model answer for git-rebase: rewrites commit history; linear history; never rebase shared branches.',
    });
  });

  it('gives an earlier answered question’s model answer after the session moved on, never an unanswered one', () => {
    const answered = answer(rebaseSession(), 'no idea').session;
    const movedOn = { ...answered, index: 1 };
    expect(revealModelAnswer(movedOn, testBank)).toEqual({ ok: false, error: 'not_answered' });
    expect(revealModelAnswer(movedOn, testBank, 0)).toMatchObject({ ok: true });
    expect(revealModelAnswer({ ...movedOn, status: 'ended' }, testBank, 0)).toMatchObject({ ok: true });
  });
});
