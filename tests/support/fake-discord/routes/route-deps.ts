import type { APIUser } from 'discord-api-types/v10';
import type { FakeClock } from '../clock.ts';
import type { CommandStore } from '../command-store.ts';
import type { FileHost } from '../files.ts';
import type { InteractionRegistry } from '../interaction-record.ts';
import type { Dispatch, MessageWriter } from '../message-writer.ts';
import type { MessageStore } from '../messages.ts';
import type { SnowflakeGenerator } from '../snowflake.ts';
import type { DiscordState } from '../state.ts';

/** Everything route handlers may touch. */
export interface RouteDeps {
  applicationId: string;
  bot: APIUser;
  ackDeadlineMs: number;
  tokenLifetimeMs: number;
  gatewayUrl: () => string;
  clock: FakeClock;
  ids: SnowflakeGenerator;
  state: DiscordState;
  messages: MessageStore;
  writer: MessageWriter;
  files: FileHost;
  commands: CommandStore;
  interactions: InteractionRegistry;
  dispatch: Dispatch;
}
