import { describe, expect, it } from 'vitest';
import { endSession, nextQuestion, skipCurrent } from '../../../src/core/interview/navigate.ts';
import type { Session } from '../../../src/core/interview/types.ts';
import { answer, at, newSession } from './session-fixtures.ts';

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('nextQuestion', () => {
  it('moves on from an answered question', () => {
    const { session } = answer(newSession(), 'I do not know');
    const next = unwrap(nextQuestion(session, at(2)));
    expect(next).toMatchObject({ index: 1, status: 'active', updatedAt: at(2).toISOString() });
  });

  it('refuses to move on before the question is answered or skipped', () => {
    expect(nextQuestion(newSession(), at(1))).toEqual({ ok: false, error: 'not_answered' });
  });

  it('finishes the session after the last question', () => {
    const { session } = answer(newSession({ count: 1 }), 'I do not know');
    expect(unwrap(nextQuestion(session, at(2)))).toMatchObject({ status: 'finished', index: 0 });
  });

  it('leaves the version to the store', () => {
    const { session } = answer({ ...newSession(), version: 4 }, 'I do not know');
    expect(unwrap(nextQuestion(session, at(2))).version).toBe(4);
  });
});

describe('skipCurrent', () => {
  it('marks the question skipped with score 0 and moves on', () => {
    const skipped = unwrap(skipCurrent(newSession(), at(1)));
    expect(skipped.outcomes[0]).toMatchObject({ status: 'skipped', score: 0, answers: 0 });
    expect(skipped.index).toBe(1);
  });

  it('finishes the session when the last question is skipped', () => {
    expect(unwrap(skipCurrent(newSession({ count: 1 }), at(1))).status).toBe('finished');
  });

  it('just moves on from an answered question, keeping its score', () => {
    const { session } = answer(
      newSession(),
      'rows with matching keys in both tables, unmatched rows are dropped, speeds up reads, slows down writes, all or nothing, isolation level',
    );
    const moved = unwrap(skipCurrent(session, at(2)));
    expect(moved.outcomes[0]).toMatchObject({ status: 'answered', score: 100 });
    expect(moved.index).toBe(1);
  });
});

describe('endSession', () => {
  it('ends the session and counts unanswered questions as skipped', () => {
    const { session } = answer(newSession(), 'I do not know');
    const ended = unwrap(endSession(session, at(3)));
    expect(ended.status).toBe('ended');
    expect(ended.outcomes.map((o) => [o.status, o.score])).toEqual([
      ['answered', 0],
      ['skipped', 0],
      ['skipped', 0],
    ]);
    expect(ended.updatedAt).toBe(at(3).toISOString());
  });
});

describe.each([
  { name: 'nextQuestion', run: (s: Session) => nextQuestion(s, at(1)) },
  { name: 'skipCurrent', run: (s: Session) => skipCurrent(s, at(1)) },
  { name: 'endSession', run: (s: Session) => endSession(s, at(1)) },
])('$name on a session that is over', ({ run }) => {
  it.each(['finished', 'ended'] as const)('refuses a %s session', (status) => {
    expect(run({ ...newSession(), status })).toEqual({ ok: false, error: 'session_not_active' });
  });
});
