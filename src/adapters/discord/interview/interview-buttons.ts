import type { Actor } from '../../../interviewer/interviewer.ts';
import { parseCustomId, type CustomId, type SessionAction } from '../interactions/custom-ids.ts';
import { renderAnswerModal, renderFollowUpModal } from '../interactions/answer-modal.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import { handleDataChoice } from '../users/privacy.ts';
import { problem, reply, update, type BotResponse } from '../interactions/bot-response.ts';
import { renderModelAnswer } from './render-feedback.ts';
import { renderSessionView } from './session-view.ts';

type SessionId = Extract<CustomId, { kind: 'session' }>;
type ButtonHandler = (ctx: HandlerContext, actor: Actor, id: SessionId) => Promise<BotResponse>;

/** A button press: parse its custom id, then act on the session it names, one press at a time. */
export async function handleButton(ctx: HandlerContext, actor: Actor, customId: string): Promise<BotResponse> {
  const id = parseCustomId(customId);
  if (id === null || id.kind === 'submit' || id.kind === 'follow-up-submit') return problem('unknown_button');
  if (id.kind === 'data') return handleDataChoice(ctx, actor, id);
  return ctx.sessionLock.run(id.sessionId, () => BUTTONS[id.action](ctx, actor, id));
}

/**
 * What to answer if the store is too slow to check the session in time: a modal cannot follow a
 * deferral, so Answer and Retry open the answer box anyway (the submission is checked in full).
 */
export function buttonFallback(customId: string): BotResponse | undefined {
  const id = parseCustomId(customId);
  if (id?.kind === 'session' && id.action === 'follow-up') {
    return {
      kind: 'modal',
      modal: renderFollowUpModal(id.sessionId, id.index, 0, 'Answer the follow-up question above.'),
    };
  }
  if (id?.kind !== 'session' || (id.action !== 'answer' && id.action !== 'retry')) return undefined;
  const modal = renderAnswerModal({
    sessionId: id.sessionId,
    index: id.index,
    total: 0,
    answersBefore: id.action === 'retry' ? 1 : 0,
  });
  return { kind: 'modal', modal };
}

const BUTTONS: Record<SessionAction, ButtonHandler> = {
  answer: openAnswer,
  retry: openRetry,
  model: showModelAnswer,
  'follow-up': openFollowUp,
  hint: (ctx, actor, id) => step(ctx, actor, id, 'hint'),
  skip: (ctx, actor, id) => step(ctx, actor, id, 'skip', 'Skipped.'),
  next: (ctx, actor, id) => step(ctx, actor, id, 'next'),
  end: (ctx, actor, id) => step(ctx, actor, id, 'end'),
};

/** Hint, Skip, Next, End: one step on the session just checked (not read again), shown in place. */
async function step(
  ctx: HandlerContext,
  actor: Actor,
  id: SessionId,
  action: 'hint' | 'skip' | 'next' | 'end',
  note?: string,
): Promise<BotResponse> {
  const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
  if (!current.ok) return problem(current.error);
  const stepped = await ctx.interviewer[action](actor, current.value);
  return stepped.ok ? update(await renderSessionView(ctx, stepped.value, note)) : problem(stepped.error);
}

async function openAnswer(ctx: HandlerContext, actor: Actor, id: SessionId): Promise<BotResponse> {
  const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
  if (!current.ok) return problem(current.error);
  const outcome = current.value.outcomes[id.index];
  if (outcome === undefined || outcome.answers > 0) return problem('answered_already');
  const modal = renderAnswerModal({
    sessionId: id.sessionId,
    index: id.index,
    total: current.value.questionIds.length,
    answersBefore: 0,
  });
  return { kind: 'modal', modal };
}

async function openRetry(ctx: HandlerContext, actor: Actor, id: SessionId): Promise<BotResponse> {
  const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
  if (!current.ok) return problem(current.error);
  const session = current.value;
  const outcome = session.outcomes[id.index];
  if (outcome === undefined || outcome.status !== 'answered') return problem('not_answered');
  if (outcome.answers >= 2) return problem('retry_used');
  const previous = await ctx.interviewer.previousAnswer(actor.userId, session.id, outcome.questionId);
  const modal = renderAnswerModal({
    sessionId: session.id,
    index: id.index,
    total: session.questionIds.length,
    answersBefore: outcome.answers,
    ...(previous === undefined ? {} : { previous }),
  });
  return { kind: 'modal', modal };
}

async function openFollowUp(ctx: HandlerContext, actor: Actor, id: SessionId): Promise<BotResponse> {
  const current = await ctx.interviewer.sessionAt(actor, id.sessionId, id.index);
  if (!current.ok) return problem(current.error);
  const followUp = current.value.outcomes[id.index]?.followUp;
  if (followUp === undefined || followUp.status !== 'asked') return problem('no_follow_up');
  return {
    kind: 'modal',
    modal: renderFollowUpModal(id.sessionId, id.index, current.value.questionIds.length, followUp.prompt),
  };
}

/** Works for any answered question of the user's session, even after the session moved on or ended. */
async function showModelAnswer(ctx: HandlerContext, actor: Actor, id: SessionId): Promise<BotResponse> {
  const model = await ctx.interviewer.modelAnswer(actor, id.sessionId, id.index);
  return model.ok ? reply(renderModelAnswer(model.value.prompt, model.value.text)) : problem(model.error);
}
