import {
  MessageFlags,
  type APIAttachment,
  type AttachmentFlags,
  type APIInteraction,
  type APIMessage,
  type APIUser,
} from 'discord-api-types/v10';
import type { FakeCore } from './core.ts';
import { deliverOverHttp } from './http-interactions.ts';
import { InteractionHandle, InteractionRecord } from './interaction-record.ts';
import { DEFAULTS } from './options.ts';

/** Sends INTERACTION_CREATE to the bot and returns the handle tests await. */
export function deliverInteraction<T extends APIInteraction>(core: FakeCore, payload: T): InteractionHandle<T> {
  const guildId = 'guild_id' in payload ? payload.guild_id : undefined;
  const httpUrl = core.http.url;
  if (!httpUrl && core.gateway.sessionsFor(guildId).length === 0) {
    throw new Error(
      'fake-discord: no bot session on the gateway (await client.login() and the clientReady event first)',
    );
  }
  const record = new InteractionRecord(payload, core.clock.now(), performance.now());
  core.interactions.add(record);
  if (httpUrl) void deliverOverHttp(core, record, httpUrl);
  else core.dispatch('INTERACTION_CREATE', payload, { guildId });
  const ackDeadlineMs = core.options.ackDeadlineMs ?? DEFAULTS.ackDeadlineMs;
  return new InteractionHandle<T>(record, {
    messages: core.messages,
    notifier: core.notifier,
    responseTimeoutMs: ackDeadlineMs + 2000,
  });
}

/** The message as it stands in the fake (a test may hold an older copy). */
export function currentMessage(core: FakeCore, message: APIMessage | string): APIMessage {
  const id = typeof message === 'string' ? message : message.id;
  const stored = core.messages.get(id);
  if (stored) return structuredClone(stored.message);
  if (typeof message === 'string') throw new Error(`fake-discord: no message ${id}`);
  return message;
}

export interface UserMessageRequest {
  user: APIUser;
  /** Default: the user's DM with the bot. */
  channelId?: string;
  content?: string;
  flags?: number;
  /** Attachments from `fake.hostAttachment(...)` (or any attachment objects). */
  attachments?: APIAttachment[];
}

/** A message typed by a user: stored, and dispatched as MESSAGE_CREATE (subject to intents). */
export function sendUserMessage(core: FakeCore, request: UserMessageRequest): APIMessage {
  const channelId = request.channelId ?? core.state.dmChannel(request.user.id).id;
  const guildId = core.state.guildIdOf(channelId);
  if (guildId) core.state.addMember(guildId, request.user.id);
  const stored = core.writer.create({
    channelId,
    author: request.user,
    route: 'user',
    byBot: false,
    files: [],
    body: { content: request.content ?? '', flags: request.flags ?? 0 },
    presetAttachments: request.attachments ?? [],
  });
  return structuredClone(stored.message);
}

export interface VoiceMessageRequest {
  user: APIUser;
  channelId?: string;
  /** OGG Opus bytes, as Discord clients upload them (48 kHz mono). */
  audio: Uint8Array;
  durationSecs: number;
  /** Base64 of up to 256 one-byte samples; a flat line by default. */
  waveform?: string;
}

/** A voice message: flag IS_VOICE_MESSAGE (8192) and one audio/ogg attachment served by the fake. */
export function sendVoiceMessage(core: FakeCore, request: VoiceMessageRequest): APIMessage {
  const file = core.files.host(request.audio, 'audio/ogg', { filename: 'voice-message.ogg' });
  const attachment = core.files.attachmentOf(file, {
    duration_secs: request.durationSecs,
    waveform: request.waveform ?? Buffer.alloc(64, 16).toString('base64'),
    flags: 0 as AttachmentFlags,
  });
  return sendUserMessage(core, {
    user: request.user,
    attachments: [attachment],
    flags: MessageFlags.IsVoiceMessage,
    ...(request.channelId ? { channelId: request.channelId } : {}),
  });
}
