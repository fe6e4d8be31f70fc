import { err, ok, type Result } from '../result.ts';
import { endOfLocalDay } from '../schedule/next-due.ts';
import type { ChannelDailyConfig } from '../schedule/types.ts';
import type { PracticeChannelConfig, Round } from './types.ts';

const MINUTE_MS = 60_000;

export interface StartRoundInput {
  /** A fresh id from the caller (the core makes no ids of its own). */
  id: string;
  channel: PracticeChannelConfig;
  questionId: string;
  startedBy: string;
  now: Date;
}

/**
 * A practice round open for the channel's round minutes. Refused while the channel already has an open
 * practice round among `openRounds` (a daily round does not block one).
 */
export function startRound(input: StartRoundInput, openRounds: readonly Round[]): Result<Round, 'round_already_open'> {
  const { id, channel, questionId, startedBy, now } = input;
  const busy = openRounds.find(
    (r) => r.channelId === channel.channelId && r.kind === 'practice' && r.status === 'open',
  );
  if (busy !== undefined) return err('round_already_open', busy.id);
  return ok({
    id,
    kind: 'practice',
    guildId: channel.guildId,
    channelId: channel.channelId,
    questionId,
    startedBy,
    startedAt: now.toISOString(),
    closesAt: new Date(now.getTime() + channel.roundMinutes * MINUTE_MS).toISOString(),
    status: 'open',
    closedAt: null,
    messageId: null,
    threadId: null,
  });
}

/** The round id of a channel's daily question on a local date: posting it twice creates it once. */
export function dailyRoundId(channelId: string, date: string): string {
  return `daily:${channelId}:${date}`;
}

/**
 * The round for a channel's daily question of local date `date` (the due job's date), open from `now`
 * to the end of that local day in the channel's zone.
 */
export function startDailyRound(config: ChannelDailyConfig, questionId: string, date: string, now: Date): Round {
  const closesAt = endOfLocalDay(date, config.timeZone);
  return {
    id: dailyRoundId(config.channelId, date),
    kind: 'daily',
    guildId: config.guildId,
    channelId: config.channelId,
    questionId,
    startedBy: null,
    startedAt: now.toISOString(),
    closesAt: closesAt.toISOString(),
    status: 'open',
    closedAt: null,
    messageId: null,
    threadId: null,
  };
}
