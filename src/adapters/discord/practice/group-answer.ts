import { MAX_ANSWER_LENGTH, MAX_ANSWERS_PER_QUESTION } from '../../../core/interview/index.ts';
import type { Session } from '../../../core/interview/types.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { answerOneQuestion, rememberUser, type OneAnswer } from '../../../interviewer/one-question.ts';
import { answerModal } from '../answer-modal.ts';
import { ANSWER_FIELD } from '../custom-ids.ts';
import type { BotResponse } from '../reply.ts';
import { problem } from '../session-guard.ts';
import { groupProblem, oneQuestionDeps, type GroupContext } from './group-context.ts';
import { encodeGroupId, type GroupId } from './group-ids.ts';

/*
 * What round and daily answers share: their answer box (the interview's, under a group id), the check of
 * what was typed in it, and the one-question use cases around a submitted answer.
 */

/** A round's or a daily question's answer box, by its custom id. */
type SubmitId = Extract<GroupId, { answersBefore: number }>;

export function groupAnswerModal(id: SubmitId, title: string, previous?: string): BotResponse {
  return { kind: 'modal', modal: answerModal(encodeGroupId(id), title, id.answersBefore > 0, previous) };
}

/** The submitted answer, checked at the edge like the interview's (trimmed, 1-4000 characters). */
export function answerText(fields: Record<string, string>): Result<string, 'empty_answer' | 'answer_too_long'> {
  const text = (fields[ANSWER_FIELD] ?? '').trim();
  if (text === '') return err('empty_answer');
  return text.length > MAX_ANSWER_LENGTH ? err('answer_too_long') : ok(text);
}

/**
 * The answer box for the user's one-question session `sessionId`, which has `submit.answersBefore`
 * answers: the first answer, or the one retry pre-filled with the first; refused once the retry is used.
 */
export async function openAnswerBox(ctx: GroupContext, userId: string, sessionId: string, submit: SubmitId, title: string): Promise<BotResponse> {
  if (submit.answersBefore >= MAX_ANSWERS_PER_QUESTION) return groupProblem('retry_used');
  const previous = submit.answersBefore === 0
    ? undefined
    : (await ctx.store.listAttempts(userId)).findLast((a) => a.sessionId === sessionId)?.answer;
  return groupAnswerModal(submit, title, previous);
}

export type GradedAnswer = { ok: true; answer: OneAnswer } | { ok: false; response: BotResponse };

/**
 * A round or daily answer to `session`, as just read under its lock: taken only if it is the answer its
 * box was opened for (of two boxes opened before either was sent, only the first counts), then graded
 * and stored, the user's profile kept current. What to answer instead when it is refused.
 */
export async function gradeGroupAnswer(
  ctx: GroupContext, actor: Actor, session: Session, answersBefore: number, text: string, now: Date,
): Promise<GradedAnswer> {
  if ((session.outcomes[0]?.answers ?? 0) !== answersBefore) return { ok: false, response: groupProblem('answered_already') };
  await rememberUser(ctx.store, actor.userId, actor.displayName);
  const answered = await answerOneQuestion(oneQuestionDeps(ctx), session, actor, text, now);
  return answered.ok ? { ok: true, answer: answered.value } : { ok: false, response: problem(answered.error) };
}
