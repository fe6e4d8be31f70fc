import { err, ok, type Result } from '../result.ts';
import { checkAnswerText, gradeOutcome, type AnswerInput, type Answered } from './answer-current.ts';
import { activeOutcome, currentQuestion, withCurrentOutcome } from './session-state.ts';
import type { FollowUpResult } from './follow-up-offer.ts';
import type { FollowUp, QuestionOutcome, Session } from './types.ts';

export type FollowUpError =
  'session_not_active' | 'no_follow_up' | 'empty_answer' | 'answer_too_long' | 'unknown_question';

/**
 * Grades the answer to the current question's follow-up together with the answer it followed, so the
 * follow-up can complete the point. The question keeps the better score; the follow-up is then closed.
 */
export function answerFollowUp(input: AnswerInput): Result<Answered, FollowUpError> {
  const current = activeOutcome(input.session);
  if (!current.ok) return current;
  const before = current.value;
  const followUp = before.followUp;
  if (followUp === undefined || followUp.status !== 'asked') return err('no_follow_up');
  const text = checkAnswerText(input.answer);
  if (!text.ok) return text;
  const question = currentQuestion(input.session, input.bank);
  if (question === null) return err('unknown_question', before.questionId);
  const combined = `${followUp.baseAnswer}\n\n${text.value}`;
  const graded = gradeOutcome(input, question, before, combined, { countsAsAnswer: false });
  const after = graded.keyPoints.find((k) => k.id === followUp.keyPointId)?.status ?? 'miss';
  const closed: FollowUp = { ...followUp, status: 'answered', completed: after === 'hit' };
  const outcome: QuestionOutcome = { ...graded.outcome, followUp: closed };
  const result: FollowUpResult = {
    keyPointId: followUp.keyPointId,
    text: question.rubric.keyPoints.find((k) => k.id === followUp.keyPointId)?.text ?? followUp.keyPointId,
    before: before.keyPoints.find((k) => k.id === followUp.keyPointId)?.status ?? 'miss',
    after,
  };
  return ok({
    session: withCurrentOutcome(input.session, outcome, input.now),
    attempt: graded.attempt,
    feedback: { ...graded.feedback(outcome), followUp: null, followUpResult: result },
  });
}

/** Declines the follow-up; the question's score stands. */
export function skipFollowUp(session: Session, now: Date): Result<Session, 'session_not_active' | 'no_follow_up'> {
  const current = activeOutcome(session);
  if (!current.ok) return current;
  const followUp = current.value.followUp;
  if (followUp === undefined || followUp.status !== 'asked') return err('no_follow_up');
  return ok(withCurrentOutcome(session, { ...current.value, followUp: { ...followUp, status: 'skipped' } }, now));
}
