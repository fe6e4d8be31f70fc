import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { MessageData } from '../reply.ts';
import { messageBody } from '../scheduler/rest-messenger.ts';

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

/** The outbox over discord.js's REST client (its queue keeps to Discord's rate limits). */
export function createRestOutbox(rest: REST, onError: (what: string, error: unknown) => void): VoiceOutbox {
  const dmChannels = new Map<string, string>();
  async function post(channelId: string, message: MessageData, replyTo?: string): Promise<Posted | null> {
    try {
      const sent = await rest.post(Routes.channelMessages(channelId), { body: voiceMessageBody(message, replyTo) }) as { id: string };
      return { channelId, messageId: sent.id };
    } catch (error) {
      onError('post', error);
      return null;
    }
  }
  return {
    post,
    async dm(userId, message) {
      let channelId = dmChannels.get(userId);
      if (channelId === undefined) {
        try {
          channelId = ((await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string }).id;
        } catch (error) {
          onError('open DM', error);
          return null;
        }
        if (dmChannels.size > 10_000) dmChannels.clear();
        dmChannels.set(userId, channelId);
      }
      return post(channelId, message);
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
