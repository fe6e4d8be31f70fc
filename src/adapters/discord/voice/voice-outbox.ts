import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { MessageData } from '../interactions/bot-response.ts';
import { createDmChannels, type DmChannelStore } from '../messaging/dm-channels.ts';
import { messageBody } from '../messaging/rest-messenger.ts';

/** Where a message went, so it can be edited once the transcript is ready. */
export interface Posted {
  channelId: string;
  messageId: string;
}

/** What the voice handler sends outside any interaction: replies in DMs or channels, DMs, and edits. */
export interface VoiceOutbox {
  /** A message in the channel, replying to `replyTo` when given (no one is pinged); null when it failed. */
  post(channelId: string, message: MessageData, replyTo?: string): Promise<Posted | null>;
  /** A direct message to the user; null when it failed (DMs closed, say). */
  dm(userId: string, message: MessageData): Promise<Posted | null>;
  /** Resolves false when the edit failed; never throws. */
  edit(at: Posted, message: MessageData): Promise<boolean>;
}

/**
 * The scheduler's REST body (limits, `allowed_mentions: { parse: [] }`), replying to `replyTo` when given:
 * a reply pings nobody, its author included.
 */
function voiceMessageBody(message: MessageData, replyTo?: string): Record<string, unknown> {
  return {
    ...messageBody(message),
    ...(replyTo === undefined ? {} : { message_reference: { message_id: replyTo, fail_if_not_exists: false } }),
  };
}

const MAX_REMEMBERED_DMS = 10_000;

/** The outbox over discord.js's REST client (its queue keeps to Discord's rate limits); DM channels as the Messenger keeps them. */
export function createRestOutbox(
  rest: REST,
  dmChannelStore: DmChannelStore,
  onError: (what: string, error: unknown) => void,
): VoiceOutbox {
  const dmChannels = createDmChannels(rest, dmChannelStore, MAX_REMEMBERED_DMS);
  async function send(channelId: string, message: MessageData, replyTo?: string): Promise<Posted> {
    const sent = (await rest.post(Routes.channelMessages(channelId), { body: voiceMessageBody(message, replyTo) })) as {
      id: string;
    };
    return { channelId, messageId: sent.id };
  }
  return {
    async post(channelId, message, replyTo) {
      try {
        return await send(channelId, message, replyTo);
      } catch (error) {
        onError('post', error);
        return null;
      }
    },
    async dm(userId, message) {
      try {
        return await dmChannels.sendTo(userId, (channelId) => send(channelId, message));
      } catch (error) {
        onError('dm', error);
        return null;
      }
    },
    async edit(at, message) {
      try {
        await rest.patch(Routes.channelMessage(at.channelId, at.messageId), { body: voiceMessageBody(message) });
        return true;
      } catch (error) {
        onError('edit', error);
        return false;
      }
    },
  };
}

/** A short, safe description of a REST failure for the log. */
export function describeRestError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) return { status: error.status, code: error.code, error: error.message };
  return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
