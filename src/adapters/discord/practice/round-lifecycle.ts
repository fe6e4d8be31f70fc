import { roundResults } from '../../../core/rounds/index.ts';
import type { Round } from '../../../core/rounds/types.ts';
import type { DeliveryFailureReason } from '../../../core/schedule/types.ts';
import { describeError } from '../logger.ts';
import { nonceFor } from '../scheduler/rest-messenger.ts';
import type { GroupContext } from './group-context.ts';
import { renderClosedRound, renderRoundQuestion, renderRoundResults, threadName } from './render-round.ts';

export type OpenRoundResult =
  | { ok: true; round: Round }
  | { ok: false; error: 'round_already_open' | 'unknown_question' }
  | { ok: false; error: 'cannot_post'; failure: DeliveryFailureReason | null };

export interface OpenRoundOptions {
  /** Text above the question (a daily round's role ping). */
  content?: string;
  pingRoleId?: string | null;
}

/**
 * Saves a new round and posts its question in its channel. The store refuses a second open practice round
 * in a channel (and a daily round created twice); a post Discord refuses closes the round again at once.
 */
export async function openRound(ctx: GroupContext, round: Round, options: OpenRoundOptions = {}): Promise<OpenRoundResult> {
  const question = ctx.interviewer.bank.byId.get(round.questionId);
  if (question === undefined) return { ok: false, error: 'unknown_question' };
  if (!(await ctx.store.createRound(round))) return { ok: false, error: 'round_already_open' };
  const posted = await ctx.groups.messenger.post(round.channelId, renderRoundQuestion(round, question, options.content), {
    pingRoleId: options.pingRoleId ?? null, nonce: nonceFor(`round:${round.id}`),
  });
  if (!posted.ok) {
    ctx.logger.warn('round not posted', { round: round.id, channel: round.channelId, error: posted.error });
    await ctx.store.closeRound(round.id, ctx.clock().toISOString());
    return { ok: false, error: 'cannot_post', failure: posted.failure };
  }
  await ctx.store.setRoundMessage(round.id, posted.messageId, null);
  return { ok: true, round: { ...round, messageId: posted.messageId } };
}

/**
 * Closes the round (the store says yes exactly once, across processes) and, for whoever closed it,
 * posts the results, opens a thread on them and takes the Answer button off the question.
 * Resolves false when the round was already closed.
 */
export async function closeRoundAndPost(ctx: GroupContext, round: Round, now: Date): Promise<boolean> {
  if (!(await ctx.store.closeRound(round.id, now.toISOString()))) return false;
  try {
    await postResults(ctx, (await ctx.store.getRound(round.id)) ?? round);
  } catch (error) {
    ctx.logger.error('round results not posted', { round: round.id, ...describeError(error) });
  }
  return true;
}

async function postResults(ctx: GroupContext, round: Round): Promise<void> {
  const { bank } = ctx.interviewer;
  const question = bank.byId.get(round.questionId);
  const results = roundResults(round, await ctx.store.listRoundAnswers(round.id), bank);
  const { messenger } = ctx.groups;
  const posted = await messenger.post(round.channelId, renderRoundResults(round, results, question), { nonce: nonceFor(`results:${round.id}`) });
  if (!posted.ok) {
    ctx.logger.warn('round results not posted', { round: round.id, channel: round.channelId, error: posted.error });
    return;
  }
  const threadId = await messenger.startThread(round.channelId, posted.messageId, threadName(question));
  if (threadId === null) ctx.logger.warn('results thread not opened', { round: round.id, channel: round.channelId });
  if (round.messageId === null) return;
  await ctx.store.setRoundMessage(round.id, round.messageId, threadId);
  if (question !== undefined && !(await messenger.edit(round.channelId, round.messageId, renderClosedRound(round, question)))) {
    ctx.logger.debug('closed round message not updated', { round: round.id });
  }
}
