import { parsePracticeChannel } from '../../core/rounds/index.ts';
import type { PracticeChannelConfig } from '../../core/rounds/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { inServerBank, type GroupContext } from '../context.ts';

/** Where a moderator acts: the server (null in DMs) and whether they may manage it. */
export interface ModeratorPlace {
  guildId: string | null;
  isModerator: boolean;
}

/** The server a moderator-only setting is changed in; refused in DMs and to members without Manage Server. */
export function moderatedServer(place: ModeratorPlace): Result<string, 'needs_server' | 'needs_manage_server'> {
  if (place.guildId === null) return err('needs_server');
  return place.isModerator ? ok(place.guildId) : err('needs_manage_server');
}

export interface PracticeChannelInput {
  channelId: string;
  topic?: string | undefined;
  roundMinutes?: number | undefined;
}

/** `/practice-channel set`: the channel (in `guildId`) runs rounds of the given length and topic (of that server's bank). */
export async function setPracticeChannel(
  ctx: GroupContext,
  guildId: string,
  input: PracticeChannelInput,
): Promise<Result<PracticeChannelConfig, 'unknown_topic' | 'invalid_round_minutes'>> {
  const checked = parsePracticeChannel(
    {
      channelId: input.channelId,
      guildId,
      topic: input.topic ?? null,
      roundMinutes: input.roundMinutes ?? null,
    },
    (await inServerBank(ctx, guildId)).interviewer.bank.topics,
  );
  if (!checked.ok) return checked;
  await ctx.store.upsertPracticeChannel(checked.value);
  return ok(checked.value);
}

/** `/practice-channel off`: the channel runs no more rounds (open ones still close with results). */
export async function removePracticeChannel(
  ctx: GroupContext,
  channelId: string | undefined,
): Promise<Result<string, 'no_practice_channel'>> {
  if (channelId === undefined || !(await ctx.store.deletePracticeChannel(channelId))) return err('no_practice_channel');
  return ok(channelId);
}
