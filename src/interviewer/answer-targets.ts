import { MAX_ANSWERS_PER_QUESTION } from '../core/interview/index.ts';
import type { AnswerSource, Session } from '../core/interview/types.ts';
import { err, ok, type Result } from '../core/result.ts';
import { isRoundOpen } from '../core/rounds/index.ts';
import type { Round } from '../core/rounds/types.ts';
import { dailySessionId } from '../core/schedule/index.ts';
import { localDate } from '../core/stats/index.ts';
import { hasGroups, inServerBank, type UseCaseContext } from './context.ts';
import { dailyBankOf, dailyZoneOf } from './daily/daily-sessions.ts';
import { roundSessionId } from './rounds/round-session-id.ts';

/** What an answer that arrives outside an answer box (a voice message) answers: the first answer or the one retry. */
export type AnswerTarget =
  | { kind: 'interview'; sessionId: string; index: number; answersBefore: number }
  | { kind: 'daily'; sessionId: string; answersBefore: number }
  | { kind: 'round'; roundId: string; answersBefore: number };

/** The target with the question's wording and where it stands (question `position` of `total`). */
export interface ResolvedTarget {
  target: AnswerTarget;
  prompt: string;
  position: number;
  total: number;
}

/** The sessions of an interview (`/mock-interview`; 'voice' for one started by voice). */
const INTERVIEW_SOURCES: readonly AnswerSource[] = ['discord', 'voice'];

/**
 * In a DM: what an answer answers, on its current question. Round and daily sessions stay active once
 * answered, so the user's interview is looked up by its source and never hidden by them:
 * - today's daily question (in the user's daily zone) while it is unanswered, if it came after the
 *   interview's last change (or there is no interview): the question the user saw last;
 * - else the user's active interview;
 * - else today's daily question, for its retry.
 * A round is never answered from a DM: rounds take voice answers in their channel.
 */
export async function directAnswerTarget(
  ctx: UseCaseContext,
  userId: string,
): Promise<Result<ResolvedTarget, 'no_session' | 'answered_twice'>> {
  const interview = await ctx.interviewer.activeSession(userId, { sources: INTERVIEW_SOURCES });
  const daily = await todaysDailySession(ctx, userId);
  const session =
    daily !== null && (interview === null || (isUnanswered(daily) && daily.updatedAt > interview.updatedAt))
      ? daily
      : interview;
  if (session === null) return err('no_session');
  const outcome = session.outcomes[session.index];
  const { bank } = (
    session === daily
      ? await dailyBankOf(ctx, await ctx.store.getDailySubscription(userId))
      : await inServerBank(ctx, session.guildId)
  ).interviewer;
  const question = bank.byId.get(session.questionIds[session.index] ?? '');
  if (outcome === undefined || question === undefined) return err('no_session');
  if (outcome.answers >= MAX_ANSWERS_PER_QUESTION) return err('answered_twice');
  const target: AnswerTarget =
    session === daily
      ? { kind: 'daily', sessionId: session.id, answersBefore: outcome.answers }
      : { kind: 'interview', sessionId: session.id, index: session.index, answersBefore: outcome.answers };
  return ok({ target, prompt: question.prompt, position: session.index + 1, total: session.questionIds.length });
}

/** The user's daily session for today, while active; none without daily questions (no group services). */
async function todaysDailySession(ctx: UseCaseContext, userId: string): Promise<Session | null> {
  if (!hasGroups(ctx)) return null;
  const today = localDate(ctx.clock(), await dailyZoneOf(ctx, userId));
  const session = await ctx.store.getSession(dailySessionId(userId, today));
  return session?.status === 'active' && session.userId === userId ? session : null;
}

const isUnanswered = (session: Session): boolean => (session.outcomes[0]?.answers ?? 0) === 0;

/** The channel's open round (a practice round before a daily one), or null. */
export async function openRoundIn(ctx: UseCaseContext, channelId: string): Promise<Round | null> {
  const now = ctx.clock();
  const open = (await ctx.store.listOpenRounds(channelId)).filter((r) => isRoundOpen(r, now));
  return open.find((r) => r.kind === 'practice') ?? open[0] ?? null;
}

/** A member's answer to the round: their first, or their one retry. */
export async function roundAnswerTarget(
  ctx: UseCaseContext,
  round: Round,
  userId: string,
): Promise<Result<ResolvedTarget, 'no_round' | 'answered_twice'>> {
  const question = (await inServerBank(ctx, round.guildId)).interviewer.bank.byId.get(round.questionId);
  if (question === undefined) return err('no_round');
  const answers = (await ctx.store.getSession(roundSessionId(round.id, userId)))?.outcomes[0]?.answers ?? 0;
  if (answers >= MAX_ANSWERS_PER_QUESTION) return err('answered_twice');
  return ok({
    target: { kind: 'round', roundId: round.id, answersBefore: answers },
    prompt: question.prompt,
    position: 1,
    total: 1,
  });
}
