import { isRoundDue, roundResults, roundsDue } from '../../core/rounds/index.ts';
import type { Round } from '../../core/rounds/types.ts';
import type { DeliveryFailureReason } from '../../core/schedule/types.ts';
import { inServerBank, type GroupContext } from '../context.ts';
import { describeError } from '../logger.ts';

export type OpenRoundResult =
  | { ok: true; round: Round }
  | { ok: false; error: 'round_already_open' | 'unknown_question' }
  | { ok: false; error: 'cannot_post'; failure: DeliveryFailureReason | null };

/**
 * Saves a new round and posts its question (from the bank of `ctx`, scoped to the round's server by the
 * caller) in its channel (pinging `pingRoleId` when given). The store
 * refuses a second open practice round in a channel (and a daily round created twice); a post the chat
 * refuses closes the round again at once.
 */
export async function openRound(
  ctx: GroupContext,
  round: Round,
  pingRoleId: string | null = null,
  note?: 'channel_daily_topic_removed',
): Promise<OpenRoundResult> {
  const question = ctx.interviewer.bank.byId.get(round.questionId);
  if (question === undefined) return { ok: false, error: 'unknown_question' };
  if (!(await ctx.store.createRound(round))) return { ok: false, error: 'round_already_open' };
  const posted = await ctx.groups.messenger.postRoundQuestion(round, question, pingRoleId, note);
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
 * posts the results, opens a thread on them and marks the question message closed.
 * Resolves false when the round was already closed.
 */
export async function closeRoundAndPost(ctx: GroupContext, round: Round, now: Date): Promise<boolean> {
  if (!(await ctx.store.closeRound(round.id, now.toISOString()))) return false;
  try {
    await postResults(await inServerBank(ctx, round.guildId), (await ctx.store.getRound(round.id)) ?? round);
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
  const posted = await messenger.postRoundResults(round, results, question);
  if (!posted.ok) {
    ctx.logger.warn('round results not posted', { round: round.id, channel: round.channelId, error: posted.error });
    return;
  }
  const threadId = await messenger.openResultsThread(round, posted.messageId, question);
  if (threadId === null) ctx.logger.warn('results thread not opened', { round: round.id, channel: round.channelId });
  if (round.messageId === null) return;
  await ctx.store.setRoundMessage(round.id, round.messageId, threadId);
  if (
    question !== undefined &&
    !(await messenger.showRoundClosed({ ...round, messageId: round.messageId }, question))
  ) {
    ctx.logger.debug('closed round message not updated', { round: round.id });
  }
}

/** Closes every open round whose time is up; also says when the next one is due. */
export async function closeDueRounds(
  ctx: GroupContext,
  now: Date,
): Promise<{ closed: number; nextCloseAt: number | null }> {
  const open = await ctx.store.listOpenRounds();
  let closed = 0;
  for (const round of roundsDue(open, now)) {
    if (await closeRoundAndPost(ctx, round, now)) closed += 1;
  }
  const later = open.filter((r) => !isRoundDue(r, now)).map((r) => Date.parse(r.closesAt));
  return { closed, nextCloseAt: later.length === 0 ? null : Math.min(...later) };
}
