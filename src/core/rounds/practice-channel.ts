import { err, ok, type Result } from '../result.ts';
import { checkTopic } from '../schedule/subscribe.ts';
import type { PracticeChannelConfig } from './types.ts';

export const DEFAULT_ROUND_MINUTES = 10;
export const MIN_ROUND_MINUTES = 1;
export const MAX_ROUND_MINUTES = 120;

export type PracticeChannelError = 'unknown_topic' | 'invalid_round_minutes';

export interface PracticeChannelInput {
  channelId: string;
  guildId: string;
  topic?: string | null;
  roundMinutes?: number | null;
}

/** Checks `/round setup` options: a bank topic (or none) and whole minutes from 1 to 120 (default 10). */
export function parsePracticeChannel(
  input: PracticeChannelInput,
  topics: readonly string[],
): Result<PracticeChannelConfig, PracticeChannelError> {
  const topic = checkTopic(input.topic, topics);
  if (!topic.ok) return topic;
  const minutes = input.roundMinutes ?? DEFAULT_ROUND_MINUTES;
  if (!Number.isInteger(minutes) || minutes < MIN_ROUND_MINUTES || minutes > MAX_ROUND_MINUTES) {
    return err('invalid_round_minutes', String(minutes));
  }
  return ok({ channelId: input.channelId, guildId: input.guildId, topic: topic.value, roundMinutes: minutes });
}
