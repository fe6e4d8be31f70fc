import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { DeliveryFailureReason } from '../../../core/schedule/types.ts';
import { toMessagePayload, type MessageData } from '../interactions/bot-response.ts';
import { createDmChannels, type DmChannelStore } from './dm-channels.ts';
import type { Delivery, Messenger, SendOptions } from './messenger.ts';
import { RequestNotSent, sendUnlessStopped } from './send-gate.ts';

/** Discord's JSON error codes that mean "stop sending here until someone changes something". */
const PERMANENT: Record<number, DeliveryFailureReason> = {
  50007: 'dms_closed', // Cannot send messages to this user
  10013: 'dms_closed', // Unknown user (left Discord)
  10003: 'channel_missing', // Unknown channel
  50001: 'missing_permissions', // Missing access
  50013: 'missing_permissions', // Missing permissions
};

/** Why a send failed: a pause reason for permanent refusals, null for what may pass (5xx, network). */
export function deliveryFailureOf(error: unknown): DeliveryFailureReason | null {
  if (!(error instanceof DiscordAPIError)) return null;
  const known = typeof error.code === 'number' ? PERMANENT[error.code] : undefined;
  if (known !== undefined) return known;
  if (error.status === 403) return 'missing_permissions';
  if (error.status === 404) return 'channel_missing';
  return error.status >= 400 && error.status < 500 && error.status !== 429 ? 'other' : null;
}

/** A nonce (≤ 25 characters, as Discord allows) derived from a job key: the same job, the same nonce. */
export function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

/** The REST body of a message: limits and `allowed_mentions` from `toMessagePayload`, the role ping added. */
export function messageBody(message: MessageData, options: SendOptions = {}): Record<string, unknown> {
  const payload = toMessagePayload(message);
  const role = options.pingRoleId ?? null;
  return {
    ...(payload.content === '' ? {} : { content: payload.content }),
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: role === null ? { parse: [] } : { parse: [], roles: [role] },
    ...(options.nonce === undefined ? {} : { nonce: options.nonce, enforce_nonce: true }),
  };
}

const MAX_REMEMBERED_DMS = 50_000;

/**
 * The Messenger over discord.js's REST client, whose queue keeps to the per-route buckets and the global
 * limit and waits out a 429's Retry-After. DM channel ids are remembered in memory and in the store, so a
 * daily DM costs one request after the first to that user, across restarts and replicas.
 */
export function createRestMessenger(rest: REST, dmChannelStore: DmChannelStore): Messenger {
  const dmChannels = createDmChannels(rest, dmChannelStore, MAX_REMEMBERED_DMS);

  async function send(channelId: string, message: MessageData, options?: SendOptions): Promise<Delivery> {
    const body = messageBody(message, options);
    const sent = (await sendUnlessStopped(options?.stop, () =>
      rest.post(Routes.channelMessages(channelId), { body }),
    )) as {
      id: string;
    };
    return { ok: true, channelId, messageId: sent.id };
  }

  return {
    post: (channelId, message, options) => settled(send(channelId, message, options)),
    dm: (userId, message, options) =>
      settled(dmChannels.sendTo(userId, (channelId) => send(channelId, message, options), options?.stop)),
    async edit(channelId, messageId, message) {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: messageBody(message) });
        return true;
      } catch {
        return false;
      }
    },
    async startThread(channelId, messageId, name) {
      try {
        const thread = (await rest.post(Routes.threads(channelId, messageId), {
          body: { name, auto_archive_duration: 1440 },
        })) as { id: string };
        return thread.id;
      } catch {
        return null;
      }
    },
  };
}

/** The delivery, or why it failed: the Messenger never throws. */
async function settled(sending: Promise<Delivery>): Promise<Delivery> {
  try {
    return await sending;
  } catch (error) {
    if (error instanceof RequestNotSent) return notSent(error);
    return { ok: false, failure: deliveryFailureOf(error), error: describe(error) };
  }
}

const notSent = (error: RequestNotSent): Delivery => ({ ok: false, failure: null, error: error.message, unsent: true });

function describe(error: unknown): string {
  if (error instanceof DiscordAPIError) return `${error.status} ${String(error.code)} ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
