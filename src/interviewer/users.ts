import { err, ok, type Result } from '../core/result.ts';
import type { UserStats } from '../core/stats/index.ts';
import type { UseCaseContext } from './context.ts';
import type { Actor } from './types.ts';

/** `show` false hides the user from leaderboards and keeps their stats private. */
export async function setLeaderboardVisibility(
  { store }: UseCaseContext,
  actor: Pick<Actor, 'userId' | 'displayName'>,
  show: boolean,
): Promise<void> {
  const existing = await store.getUser(actor.userId);
  if (existing === null) {
    await store.upsertUser({
      id: actor.userId,
      displayName: actor.displayName,
      timeZone: null,
      leaderboardOptOut: !show,
    });
  } else {
    await store.setLeaderboardOptOut(actor.userId, !show);
  }
}

/** Deletes every answer, session, score and streak kept for the user; says how many answers went. */
export async function deleteUserData({ store }: UseCaseContext, userId: string): Promise<{ answers: number }> {
  const answers = (await store.listAttempts(userId)).length;
  await store.deleteUserData(userId);
  return { answers };
}

export interface StatsTarget {
  id: string;
  isBot: boolean;
}

/** Another user's stats, unless they keep them private; a bot has none. Your own are always yours to see. */
export async function statsFor(
  { store, interviewer }: UseCaseContext,
  viewerId: string,
  target: StatsTarget,
): Promise<Result<UserStats, 'stats_of_bot' | 'stats_private'>> {
  if (target.isBot) return err('stats_of_bot');
  if (target.id !== viewerId && (await store.getUser(target.id))?.leaderboardOptOut === true)
    return err('stats_private');
  return ok(await interviewer.stats(target.id));
}
