import { z } from 'zod';
import { MAX_ANSWER_LENGTH } from '../../../core/interview/index.ts';
import type { Actor } from '../../../interviewer/interviewer.ts';
import { ANSWER_FIELD, parseCustomId } from '../interactions/custom-ids.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import { problem, update, type BotResponse } from '../interactions/bot-response.ts';
import { renderFeedback } from './render-feedback.ts';

/** The modal's fields as they arrive: checked at the edge, before anything is graded or stored. */
const answerFieldsSchema = z.object({
  [ANSWER_FIELD]: z
    .string()
    .max(MAX_ANSWER_LENGTH * 2, 'too_long')
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'empty').max(MAX_ANSWER_LENGTH, 'too_long')),
});

/** An answer submitted from the modal: graded and stored only if the question is still the one asked. */
export async function handleModal(
  ctx: HandlerContext,
  actor: Actor,
  customId: string,
  fields: Record<string, string>,
): Promise<BotResponse> {
  const id = parseCustomId(customId);
  if (id === null || (id.kind !== 'submit' && id.kind !== 'follow-up-submit')) return problem('unknown_button');
  const parsed = answerFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const isEmpty = parsed.error.issues.some((i) => i.message === 'empty' || i.code === 'invalid_type');
    return problem(isEmpty ? 'empty_answer' : 'answer_too_long');
  }
  const answer = parsed.data[ANSWER_FIELD];
  if (id.kind === 'follow-up-submit') return submitFollowUp(ctx, actor, id, answer);
  return ctx.sessionLock.run(id.sessionId, async () => {
    const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
    if (!current.ok) return problem(current.error);
    const outcome = current.value.outcomes[id.index];
    // Two answer boxes opened before either was sent: only the first one counts as the first answer.
    if (outcome === undefined || outcome.answers !== id.answersBefore) return problem('answered_already');
    const answered = await ctx.interviewer.answer(actor, current.value, answer);
    return answered.ok
      ? update(renderFeedback(id.sessionId, answered.value.extra, { appealable: actor.guildId !== null }))
      : problem(answered.error);
  });
}

/** The follow-up's answer: graded with the answer it follows, only while that follow-up is still open. */
function submitFollowUp(
  ctx: HandlerContext,
  actor: Actor,
  id: { sessionId: string; index: number },
  answer: string,
): Promise<BotResponse> {
  return ctx.sessionLock.run(id.sessionId, async () => {
    const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
    if (!current.ok) return problem(current.error);
    const answered = await ctx.interviewer.followUp(actor, current.value, answer);
    return answered.ok
      ? update(renderFeedback(id.sessionId, answered.value.extra, { appealable: actor.guildId !== null }))
      : problem(answered.error);
  });
}
