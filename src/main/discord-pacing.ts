import type { ShardSpec } from '../adapters/discord/gateway/shard-config.ts';

/** How often the scheduler looks for due daily questions, nudges and rounds to close (gateway and HTTP alike). */
export const SCHEDULER_INTERVAL_MS = 20_000;

/** A tenth under Discord's 50 requests per second per bot: windows never line up exactly. */
export const DISCORD_REQUESTS_PER_SECOND = 45;

/**
 * This process's share of the bot's requests per second. Discord's limit is per bot, across processes,
 * so gateway processes that split the shards between them split it too.
 */
export function requestsPerSecondOf(shards: ShardSpec | undefined): number {
  const processes = shards === undefined ? 1 : Math.ceil(shards.count / shards.ids.length);
  return Math.max(1, Math.floor(DISCORD_REQUESTS_PER_SECOND / processes));
}
