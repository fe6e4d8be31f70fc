import type { Attempt, Session } from '../../core/interview/types.ts';
import { pickQuestionForWeakness } from '../../core/interview/index.ts';
import { err, type Result } from '../../core/result.ts';
import {
  dailyAnswerTimes,
  dailySessionId,
  dailyStreak,
  pickDailyQuestion,
  type DailySubscription,
} from '../../core/schedule/index.ts';
import { computeStats, localDate } from '../../core/stats/index.ts';
import type { Streak } from '../../core/stats/types.ts';
import { inServerBank, oneQuestionDeps, type GroupContext, type UseCaseContext } from '../context.ts';
import { ensureOneQuestionSession } from '../one-question.ts';

/**
 * The day's question for a subscriber without the learning use cases (which pick a due question first,
 * then the same way): their topic if they chose one, else their weakest topic (a
 * question holding a key point they keep missing when there is one). Questions answered lately are asked
 * again only when nothing else fits.
 */
function pickForSubscriber(
  ctx: GroupContext,
  sub: DailySubscription,
  attempts: readonly Attempt[],
  now: Date,
): Result<string, 'no_questions'> {
  const { bank } = ctx.interviewer;
  const recent = attempts.map((a) => a.questionId).reverse();
  if (sub.topic !== null) return pickDailyQuestion(bank, sub.topic, recent, ctx.groups.random);
  const weak = pickQuestionForWeakness(bank, computeStats(attempts, bank, now, sub.timeZone), ctx.groups.random);
  if (!weak.ok || !recent.slice(0, RECENT).includes(weak.value)) return weak;
  return pickDailyQuestion(bank, bank.byId.get(weak.value)?.topic ?? null, recent, ctx.groups.random);
}

/** A question answered within this many of the user's latest answers is not picked from their weak spots. */
const RECENT = 10;

/**
 * The subscriber's daily session for `date`, created (with the day's question) on first use; `ctx` plays the
 * bank of the subscriber's server (`dailyBankOf`).
 */
export async function ensureDailySession(
  ctx: GroupContext,
  sub: DailySubscription,
  date: string,
  attempts: readonly Attempt[],
  now: Date,
): Promise<Result<Session, 'no_questions' | 'unknown_question'>> {
  const id = dailySessionId(sub.userId, date);
  const existing = await ctx.store.getSession(id);
  if (existing !== null) return { ok: true, value: existing };
  // The learning use cases know the built-in bank only: a topic of the server's own is picked here.
  const ownTopic = sub.topic !== null && !ctx.serverBanks.builtIn.bank.topics.includes(sub.topic);
  const picked =
    ctx.learning === undefined || ownTopic
      ? pickForSubscriber(ctx, sub, attempts, now)
      : await ctx.learning.pickDailyQuestion(sub.userId, sub.topic, sub.timeZone);
  if (!picked.ok) return err('no_questions');
  return ensureOneQuestionSession(oneQuestionDeps(ctx), {
    id,
    userId: sub.userId,
    guildId: null,
    source: 'daily',
    questionId: picked.value,
    now,
  });
}

/** The context playing the bank a subscriber's daily questions come from: that of the server they subscribed in. */
export function dailyBankOf<C extends UseCaseContext>(
  ctx: C,
  sub: Pick<DailySubscription, 'guildId'> | null,
): Promise<C> {
  return inServerBank(ctx, sub?.guildId ?? null);
}

/** The zone a user's daily streak is counted in: their subscription's, else their profile's, else UTC. */
export async function dailyZoneOf(ctx: Pick<GroupContext, 'store'>, userId: string): Promise<string> {
  const sub = await ctx.store.getDailySubscription(userId);
  return sub?.timeZone ?? (await ctx.store.getUser(userId))?.timeZone ?? 'UTC';
}

/** The user's daily streak now (consecutive local days with a daily answer), for /stats and the feedback. */
export async function dailyStreakOf(
  ctx: Pick<GroupContext, 'store' | 'clock'>,
  userId: string,
  attempts?: readonly Attempt[],
): Promise<Streak> {
  const zone = await dailyZoneOf(ctx, userId);
  const times = dailyAnswerTimes(attempts ?? (await ctx.store.listAttempts(userId)));
  return dailyStreak(times, zone, localDate(ctx.clock(), zone));
}
