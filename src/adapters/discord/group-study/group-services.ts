import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { REST } from 'discord.js';
import type { Random } from '../../../core/random.ts';
import { hasGroups, type GroupServices, type UseCaseContext } from '../../../interviewer/context.ts';
import { createScheduler, type Scheduler } from '../../../interviewer/scheduler/scheduler.ts';
import type { DmChannelStore } from '../messaging/dm-channels.ts';
import { createDiscordGroupMessenger } from './discord-group-messenger.ts';
import { createRestMessenger } from '../messaging/rest-messenger.ts';

/** How createBot wires practice channels, rounds and daily questions (all optional). */
export interface GroupStudyOptions {
  /** Fresh ids for rounds and attempts (default randomUUID). */
  newId?: () => string;
  random?: Random;
  /** Scheduler tick interval; unset, the scheduler runs only through `bot.tickScheduler(now)`. */
  schedulerIntervalMs?: number;
  /** This process's name in job claims (default host:pid:random). */
  instanceId?: string;
  catchUpHours?: number;
  /** Daily jobs run at once during a fan-out (default 16). */
  concurrency?: number;
}

/** The services over `rest`; DM channel ids are kept in `dmChannelStore` (the bot's store). */
export function createGroupServices(
  rest: REST,
  dmChannelStore: DmChannelStore,
  options: GroupStudyOptions = {},
): GroupServices {
  return {
    messenger: createDiscordGroupMessenger(createRestMessenger(rest, dmChannelStore)),
    newId: options.newId ?? randomUUID,
    random: options.random ?? Math.random,
  };
}

/** The scheduler of a bot whose context has group services. */
export function createGroupScheduler(ctx: UseCaseContext, options: GroupStudyOptions = {}): Scheduler {
  if (!hasGroups(ctx)) throw new Error('createGroupScheduler needs a context with group services');
  return createScheduler(ctx, {
    owner: options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    intervalMs: options.schedulerIntervalMs,
    catchUpHours: options.catchUpHours,
    concurrency: options.concurrency,
  });
}
