import type { RateLimitOptions } from './rate-limits.ts';

export interface FakeDiscordOptions {
  /** The token the bot must present (REST `Authorization: Bot <token>`, gateway IDENTIFY). Default 'test-token'. */
  botToken?: string;
  /** Default: the bot user's id, as for applications created today. */
  applicationId?: string;
  botUsername?: string;
  /** First interaction callback must arrive within this (default 3000 ms) or gets 404 10062. */
  ackDeadlineMs?: number;
  /** Interaction webhooks (@original, follow-ups) work this long (default 15 min), then 401 50027. */
  tokenLifetimeMs?: number;
  /** The fake's time source (default Date.now); `advanceClock` moves it forward too. */
  clock?: () => number;
  /** HELLO's heartbeat_interval (default 41250 ms, as Discord). */
  heartbeatIntervalMs?: number;
  /** Rate limiting; by default none is enforced and roomy X-RateLimit-* headers are sent. */
  rateLimit?: RateLimitOptions;
  /** Privileged intents enabled for the application (default all); others close the gateway with 4014. */
  privilegedIntents?: { messageContent?: boolean; guildMembers?: boolean; guildPresences?: boolean };
  /** Users can only run registered commands (default true): register with PUT or `fake.registerCommands`. */
  requireRegisteredCommands?: boolean;
  /** Names for the guild and text channel created at start. */
  guildName?: string;
  channelName?: string;
  /** 'record' (default) lists spec mismatches in `violations`; 'reject' also answers 400 50035. */
  schemaViolations?: 'record' | 'reject';
}

export const DEFAULTS = {
  botToken: 'test-token',
  botUsername: 'Mock Interviewer',
  ackDeadlineMs: 3000,
  tokenLifetimeMs: 15 * 60 * 1000,
  heartbeatIntervalMs: 41_250,
  guildName: 'Mock Interview Guild',
  channelName: 'general',
} as const;
