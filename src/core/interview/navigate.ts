import { err, ok, type Result } from '../result.ts';
import { activeOutcome, advance, withCurrentOutcome } from './session-state.ts';
import type { QuestionOutcome, Session } from './types.ts';

/** Moves on from an answered question; after the last one the session is 'finished'. */
export function nextQuestion(session: Session, now: Date): Result<Session, 'session_not_active' | 'not_answered'> {
  const current = activeOutcome(session);
  if (!current.ok) return current;
  if (current.value.status === 'pending') return err('not_answered');
  return ok(advance(session, now));
}

/**
 * Skips the current question (status 'skipped', score 0) and moves on. On a question already
 * answered it just moves on and the score stands: a late "skip" means "next".
 */
export function skipCurrent(session: Session, now: Date): Result<Session, 'session_not_active'> {
  const current = activeOutcome(session);
  if (!current.ok) return current;
  if (current.value.status !== 'pending') return ok(advance(session, now));
  const skipped = withCurrentOutcome(session, skip(current.value), now);
  return ok(advance(skipped, now));
}

/** Stops the session early ('ended'); questions not answered count as skipped. */
export function endSession(session: Session, now: Date): Result<Session, 'session_not_active'> {
  if (session.status !== 'active') return err('session_not_active');
  return ok({
    ...session,
    status: 'ended',
    outcomes: session.outcomes.map((o) => (o.status === 'pending' ? skip(o) : o)),
    updatedAt: now.toISOString(),
  });
}

function skip(outcome: QuestionOutcome): QuestionOutcome {
  return { ...outcome, status: 'skipped', score: 0 };
}
