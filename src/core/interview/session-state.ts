import type { Bank, BankQuestion, KeyPoint, Rubric } from '../bank/schema.ts';
import { err, ok, type Result } from '../result.ts';
import type { QuestionOutcome, Session } from './types.ts';

/** Points taken off a question's score for each hint used on it. */
export const HINT_PENALTY = 10;

/**
 * The outcome of the question an active session is on; every engine operation starts here.
 * A session that is not active (or is malformed, with no outcome at its index) cannot be acted on.
 */
export function activeOutcome(session: Session): Result<QuestionOutcome, 'session_not_active'> {
  const outcome = session.outcomes[session.index];
  return session.status === 'active' && outcome !== undefined ? ok(outcome) : err('session_not_active');
}

/** The session's current question, or null when the session is not active or the bank lost it. */
export function currentQuestion(session: Session, bank: Bank): BankQuestion | null {
  if (session.status !== 'active') return null;
  const id = session.questionIds[session.index];
  return id === undefined ? null : (bank.byId.get(id) ?? null);
}

/** A copy of the session with the current question's outcome replaced. */
export function withCurrentOutcome(session: Session, outcome: QuestionOutcome, now: Date): Session {
  const outcomes = session.outcomes.map((o, i) => (i === session.index ? outcome : o));
  return { ...session, outcomes, updatedAt: now.toISOString() };
}

/** Moves to the next question, or finishes the session after the last one. */
export function advance(session: Session, now: Date): Session {
  const updatedAt = now.toISOString();
  if (isLastQuestion(session)) return { ...session, status: 'finished', updatedAt };
  return { ...session, index: session.index + 1, updatedAt };
}

export function isLastQuestion(session: Session): boolean {
  return session.index >= session.questionIds.length - 1;
}

/** A question's score after the hint penalty, never below 0. */
export function applyHintPenalty(score: number, hintsUsed: number): number {
  return Math.max(0, score - HINT_PENALTY * hintsUsed);
}

/** Key points in the order hints reveal them: heaviest first, rubric order among equals. */
export function hintOrder(rubric: Rubric): KeyPoint[] {
  return rubric.keyPoints
    .map((keyPoint, i) => ({ keyPoint, i }))
    .sort((a, b) => b.keyPoint.weight - a.keyPoint.weight || a.i - b.i)
    .map(({ keyPoint }) => keyPoint);
}
