import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { Store } from '../../../store/store.ts';
import { sendUnlessStopped } from './send-gate.ts';

/** Where DM channel ids outlive the process (and are shared by replicas): the store's two methods. */
export type DmChannelStore = Pick<Store, 'getDmChannel' | 'rememberDmChannel'>;

/** Discord's "Unknown Channel": a remembered DM channel that no longer exists. */
const UNKNOWN_CHANNEL = 10003;

export interface DmChannels {
  /**
   * Runs `send` on the user's DM channel: the one remembered in memory, else in the store, else a newly
   * opened one (one more request), remembered in both. When Discord no longer knows a remembered channel
   * (10003), `send` runs once more on a newly opened one. Failures to open or send are thrown; once `stop`
   * aborts, a channel not yet asked for is not (RequestNotSent).
   */
  sendTo<T>(userId: string, send: (channelId: string) => Promise<T>, stop?: AbortSignal): Promise<T>;
}

/** DM channel ids over discord.js's REST client, at most `maxInMemory` of them held in this process. */
export function createDmChannels(rest: REST, store: DmChannelStore, maxInMemory: number): DmChannels {
  const inMemory = new Map<string, string>();

  function keep(userId: string, channelId: string): void {
    if (inMemory.size >= maxInMemory) inMemory.clear();
    inMemory.set(userId, channelId);
  }

  // The store only saves requests: when it fails, the channel is opened (and the DM sent) all the same.
  async function remembered(userId: string): Promise<string | null> {
    const known = inMemory.get(userId) ?? (await store.getDmChannel(userId).catch(() => null));
    if (known !== null) keep(userId, known);
    return known;
  }

  async function open(userId: string, stop: AbortSignal | undefined): Promise<string> {
    const channel = (await sendUnlessStopped(stop, () =>
      rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
    )) as { id: string };
    keep(userId, channel.id);
    await store.rememberDmChannel(userId, channel.id).catch(() => undefined);
    return channel.id;
  }

  return {
    async sendTo(userId, send, stop) {
      const known = await remembered(userId);
      if (known === null) return send(await open(userId, stop));
      try {
        return await send(known);
      } catch (error) {
        if (!isUnknownChannel(error)) throw error;
        inMemory.delete(userId);
        return send(await open(userId, stop));
      }
    },
  };
}

function isUnknownChannel(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === UNKNOWN_CHANNEL;
}
