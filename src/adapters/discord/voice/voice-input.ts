import { MessageFlags, type Message } from 'discord.js';

/** One attachment of a message, as Discord describes it before anything is downloaded. */
export interface AudioAttachment {
  url: string;
  /** Bytes, as Discord reports them. */
  size: number;
  contentType: string | null;
  /** `duration_secs` of a voice message; null for an ordinary file. */
  durationSecs: number | null;
}

/** A user's message that may be a voice answer, as plain data (independent of discord.js). */
export interface VoiceMessageInput {
  messageId: string;
  channelId: string;
  /** Null in direct messages. */
  guildId: string | null;
  author: { id: string; displayName: string; isBot: boolean };
  /** Message flag 8192 (IS_VOICE_MESSAGE). */
  isVoiceMessage: boolean;
  /** The bot is mentioned, or the message replies to one of the bot's with the mention on. */
  mentionsBot: boolean;
  /**
   * What may be the answer: in a DM every attachment (a file that is not audio gets a clear refusal); in
   * a server only a voice message's audio. Discord strips attachments from server messages the bot may
   * not read (no MESSAGE_CONTENT intent, no mention), so these can be empty.
   */
  audio: AudioAttachment[];
}

/** A message as the voice handler reads it, or null when it cannot be a voice answer at all. */
export function toVoiceInput(message: Message, botId: string | undefined): VoiceMessageInput | null {
  if (message.author.bot || message.system || message.webhookId !== null) return null;
  const isVoiceMessage = message.flags.has(MessageFlags.IsVoiceMessage);
  const isDm = message.guildId === null;
  const audio = [...message.attachments.values()]
    .filter((a) => isVoiceMessage || isDm || (a.contentType ?? '').toLowerCase().startsWith('audio/'))
    .map((a) => ({ url: a.url, size: a.size, contentType: a.contentType, durationSecs: a.duration }));
  if (!isVoiceMessage && audio.length === 0) return null;
  return {
    messageId: message.id,
    channelId: message.channelId,
    guildId: message.guildId,
    author: {
      id: message.author.id,
      displayName: message.member?.displayName ?? message.author.globalName ?? message.author.username,
      isBot: false,
    },
    isVoiceMessage,
    mentionsBot: botId !== undefined && message.mentions.users.has(botId),
    audio,
  };
}
