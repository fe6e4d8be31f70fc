import type { Bank } from '../bank/schema.ts';
import { err, ok, type Result } from '../result.ts';
import { activeOutcome, currentQuestion, HINT_PENALTY, hintOrder, withCurrentOutcome } from './session-state.ts';
import type { Session } from './types.ts';

export interface Hint {
  /** The revealed key point, in the rubric's wording. */
  text: string;
  /** 1-based: how many hints this question has used, this one included. */
  number: number;
  /** Key points still hidden. */
  remaining: number;
  /** Points the question's score will lose for the hints used so far. */
  penalty: number;
}

export type HintError = 'session_not_active' | 'already_answered' | 'no_more_hints' | 'unknown_question';

/**
 * Reveals the next key point of the current question (heaviest first) and counts it against the
 * question's score. Only before the question is answered.
 */
export function takeHint(session: Session, bank: Bank, now: Date): Result<{ session: Session; hint: Hint }, HintError> {
  const current = activeOutcome(session);
  if (!current.ok) return current;
  const outcome = current.value;
  if (outcome.status !== 'pending') return err('already_answered');
  const question = currentQuestion(session, bank);
  if (question === null) return err('unknown_question', outcome.questionId);
  const order = hintOrder(question.rubric);
  const keyPoint = order[outcome.hintsUsed];
  if (keyPoint === undefined) return err('no_more_hints');
  const hintsUsed = outcome.hintsUsed + 1;
  return ok({
    session: withCurrentOutcome(session, { ...outcome, hintsUsed }, now),
    hint: {
      text: keyPoint.text,
      number: hintsUsed,
      remaining: order.length - hintsUsed,
      penalty: HINT_PENALTY * hintsUsed,
    },
  });
}

/** The hints already revealed for the current question, oldest first (to show them again). */
export function revealedHints(session: Session, bank: Bank): string[] {
  const question = currentQuestion(session, bank);
  const hintsUsed = session.outcomes[session.index]?.hintsUsed ?? 0;
  return question === null
    ? []
    : hintOrder(question.rubric)
        .slice(0, hintsUsed)
        .map((k) => k.text);
}

/**
 * The model answer of the question at `index` (the current one by default), once the user has answered
 * it (never before: it would give it away). Still shown after the session moved on or ended, so the
 * button on an earlier feedback keeps working.
 */
export function revealModelAnswer(
  session: Session,
  bank: Bank,
  index: number = session.index,
): Result<string, 'not_answered' | 'unknown_question'> {
  const outcome = session.outcomes[index];
  if (outcome === undefined || outcome.status !== 'answered') return err('not_answered');
  const question = bank.byId.get(outcome.questionId);
  return question === undefined ? err('unknown_question', outcome.questionId) : ok(question.modelAnswer);
}
