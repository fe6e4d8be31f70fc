import { createHandlerContext } from '../../../src/adapters/discord/interactions/handler-context.ts';
import { createMemoryLogger } from '../../../src/adapters/discord/logger.ts';
import { createDiscordGroupMessenger } from '../../../src/adapters/discord/group-study/discord-group-messenger.ts';
import type { Delivery, Messenger } from '../../../src/adapters/discord/messaging/messenger.ts';
import type { GroupContext } from '../../../src/interviewer/context.ts';
import {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
} from '../../../src/interviewer/scheduler/scheduler.ts';
import { seededRandom } from '../../../src/core/random.ts';
import { createInterviewer } from '../../../src/interviewer/interviewer.ts';
import type { Store } from '../../../src/store/store.ts';
import { e2eBank } from './e2e-bank.ts';

/** One replica's scheduler with a messenger that records what it sent, on a store and clock the test owns. */
export interface SchedulerReplica {
  owner: string;
  scheduler: Scheduler;
  /** Users this replica DMed, in order. */
  dms: string[];
  /** Called before each DM is answered (a test may move the clock or act in the middle of a fan-out). */
  beforeDm: (userId: string) => Promise<void> | void;
}

export function startSchedulerReplica(
  owner: string,
  store: Store,
  clock: () => Date,
  options: Partial<SchedulerOptions> = {},
): SchedulerReplica {
  let n = 0;
  const newId = () => `${owner}-${++n}`;
  const random = seededRandom(owner.length);
  const replica: SchedulerReplica = {
    owner,
    dms: [],
    beforeDm: () => undefined,
    scheduler: undefined as unknown as Scheduler,
  };
  const delivered = (channelId: string): Delivery => ({ ok: true, channelId, messageId: newId() });
  const messenger: Messenger = {
    async dm(userId, _message, options) {
      await replica.beforeDm(userId);
      // As the REST messenger does at a stop: a DM not yet handed to Discord is given up, unsent.
      if (options?.stop?.aborted === true) return { ok: false, failure: null, error: 'stopping', unsent: true };
      replica.dms.push(userId);
      return delivered(`dm-${userId}`);
    },
    post: async (channelId) => delivered(channelId),
    edit: async () => true,
    startThread: async () => null,
  };
  const interviewer = createInterviewer({ bank: e2eBank, store, clock, random, newId });
  const ctx = createHandlerContext({
    interviewer,
    store,
    clock,
    logger: createMemoryLogger(),
    groups: { messenger: createDiscordGroupMessenger(messenger), newId, random },
  }) as GroupContext;
  replica.scheduler = createScheduler(ctx, { owner, ...options });
  return replica;
}
