import { err, ok, type Result } from '../result.ts';
import type { Round } from './types.ts';

export type EndRoundError = 'round_closed' | 'not_allowed';

/**
 * Whether `userId` may end the round now (`/round end`): whoever started it, or a moderator. A daily
 * round has no starter, so only a moderator may end it early.
 */
export function canEndRound(round: Round, userId: string, isModerator: boolean): Result<true, EndRoundError> {
  if (round.status !== 'open') return err('round_closed', round.id);
  if (!isModerator && round.startedBy !== userId) return err('not_allowed', round.id);
  return ok(true);
}

/** True when the round is still open but its time is up: the scheduler closes it (key `round-close:<id>`). */
export function isRoundDue(round: Round, now: Date): boolean {
  return round.status === 'open' && Date.parse(round.closesAt) <= now.getTime();
}

/** The open rounds whose time is up, soonest first. */
export function roundsDue(rounds: readonly Round[], now: Date): Round[] {
  return rounds
    .filter((r) => isRoundDue(r, now))
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt) || a.id.localeCompare(b.id));
}

/** The round as closed at `now`; the store's `closeRound` is what makes closing happen once. */
export function closedRound(round: Round, now: Date): Round {
  return round.status === 'closed' ? round : { ...round, status: 'closed', closedAt: now.toISOString() };
}
