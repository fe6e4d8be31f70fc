import { isRoundOpen } from '../../../core/rounds/index.ts';
import type { Round } from '../../../core/rounds/types.ts';
import { MAX_ANSWERS_PER_QUESTION } from '../../../core/interview/index.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import type { HandlerContext } from '../handler-context.ts';
import { roundSessionId } from '../practice/group-ids.ts';
import { headingFor } from './render-transcript.ts';
import type { VoiceTarget } from './voice-ids.ts';
import type { VoiceNotice } from './voice-notices.ts';

/** What a voice answer answers, with the wording the transcript message shows. */
export interface ResolvedTarget {
  target: VoiceTarget;
  prompt: string;
  heading: string;
}

/**
 * In a DM: the user's active session (an interview, or today's daily question), on its current
 * question. A round's session is not answered from a DM: rounds take voice answers in their channel.
 */
export async function dmTarget(ctx: HandlerContext, userId: string): Promise<Result<ResolvedTarget, VoiceNotice>> {
  const session = await ctx.interviewer.activeSession(userId);
  if (session === null || session.source === 'round') return err('no_session');
  const outcome = session.outcomes[session.index];
  const question = ctx.interviewer.bank.byId.get(session.questionIds[session.index] ?? '');
  if (outcome === undefined || question === undefined) return err('no_session');
  if (outcome.answers >= MAX_ANSWERS_PER_QUESTION) return err('answered_twice');
  const target: VoiceTarget = session.source === 'daily'
    ? { kind: 'daily', sessionId: session.id, answersBefore: outcome.answers }
    : { kind: 'interview', sessionId: session.id, index: session.index, answersBefore: outcome.answers };
  return ok({ target, prompt: question.prompt, heading: headingFor(target, session.index + 1, session.questionIds.length) });
}

/** The channel's open round (a practice round before a daily one), or null. */
export async function openRoundIn(ctx: HandlerContext, channelId: string): Promise<Round | null> {
  const now = ctx.clock();
  const open = (await ctx.store.listOpenRounds(channelId)).filter((r) => isRoundOpen(r, now));
  return open.find((r) => r.kind === 'practice') ?? open[0] ?? null;
}

/** A member's voice answer to the round: their first, or their one retry. */
export async function roundTarget(ctx: HandlerContext, round: Round, userId: string): Promise<Result<ResolvedTarget, VoiceNotice>> {
  const question = ctx.interviewer.bank.byId.get(round.questionId);
  if (question === undefined) return err('no_round');
  const answers = (await ctx.store.getSession(roundSessionId(round.id, userId)))?.outcomes[0]?.answers ?? 0;
  if (answers >= MAX_ANSWERS_PER_QUESTION) return err('answered_twice');
  const target: VoiceTarget = { kind: 'round', roundId: round.id, answersBefore: answers };
  return ok({ target, prompt: question.prompt, heading: headingFor(target, 1, 1) });
}
