import {
  GatewayIntentBits,
  MessageFlags,
  type APIAttachment,
  type APIMessageInteractionMetadata,
  type APIUser,
  type MessageType,
} from 'discord-api-types/v10';
import type { FakeClock } from './clock.ts';
import type { FileHost } from './files.ts';
import { asArray, isRecord } from './form-errors.ts';
import { applyEdit, buildMessage, type MessageStore, type StoredMessage } from './messages.ts';
import type { UploadedFile } from './rest-types.ts';
import type { SnowflakeGenerator } from './snowflake.ts';
import type { DiscordState } from './state.ts';

/** Sends a gateway dispatch to the bot, filtered by intents (implemented by the fake). */
export type Dispatch = (t: string, d: unknown, target: { guildId: string | undefined; intent?: number }) => void;

export interface CreateArgs {
  channelId: string;
  author: APIUser;
  body: Record<string, unknown>;
  files: UploadedFile[];
  route: string;
  byBot: boolean;
  type?: MessageType;
  webhookId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  interactionId?: string;
  /** Attachments already hosted (user messages); otherwise built from uploaded files. */
  presetAttachments?: APIAttachment[];
  id?: string;
}

/** Creates, edits and deletes messages: stores them, hosts uploaded files, echoes gateway events. */
export class MessageWriter {
  constructor(
    private readonly deps: {
      state: DiscordState;
      messages: MessageStore;
      files: FileHost;
      ids: SnowflakeGenerator;
      clock: FakeClock;
      applicationId: string;
      dispatch: Dispatch;
    },
  ) {}

  create(args: CreateArgs): StoredMessage {
    const { state, messages, clock } = this.deps;
    const flags = typeof args.body.flags === 'number' ? args.body.flags : 0;
    const message = buildMessage({
      id: args.id ?? this.deps.ids.next(),
      channelId: args.channelId,
      author: args.author,
      body: args.body,
      attachments: [...(args.presetAttachments ?? []), ...this.upload(args.body, args.files)],
      timestamp: clock.isoNow(),
      ...(args.type !== undefined ? { type: args.type } : {}),
      ...(args.webhookId ? { webhookId: args.webhookId, applicationId: this.deps.applicationId } : {}),
      ...(args.interactionMetadata ? { interactionMetadata: args.interactionMetadata } : {}),
      lookupUser: (id) => state.users.get(id),
    });
    const stored = messages.add({
      message,
      guildId: state.guildIdOf(args.channelId),
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      byBot: args.byBot,
      writes: args.byBot
        ? [{ kind: 'create', route: args.route, content: message.content, allowedMentions: args.body.allowed_mentions }]
        : [],
      ...(args.interactionId ? { interactionId: args.interactionId } : {}),
    });
    const channel = state.channels.get(args.channelId);
    if (channel) channel.last_message_id = message.id;
    if (!stored.ephemeral) this.echo('MESSAGE_CREATE', stored);
    return stored;
  }

  edit(stored: StoredMessage, body: Record<string, unknown>, files: UploadedFile[], route: string): StoredMessage {
    applyEdit(stored.message, body, this.upload(body, files), this.deps.clock.isoNow());
    if ('content' in body) {
      stored.writes.push({
        kind: 'edit',
        route,
        content: stored.message.content,
        allowedMentions: body.allowed_mentions,
      });
    }
    if (!stored.ephemeral) this.echo('MESSAGE_UPDATE', stored);
    return stored;
  }

  delete(stored: StoredMessage): void {
    this.deps.messages.delete(stored.message.id);
    if (stored.ephemeral) return;
    const { id, channel_id } = stored.message;
    this.deps.dispatch(
      'MESSAGE_DELETE',
      { id, channel_id, ...(stored.guildId ? { guild_id: stored.guildId } : {}) },
      {
        guildId: stored.guildId,
        intent: intentFor(stored.guildId),
      },
    );
  }

  /** Turns multipart `files[n]` (referenced by `attachments: [{ id: n }]`) into hosted attachments. */
  private upload(body: Record<string, unknown>, files: UploadedFile[]): APIAttachment[] {
    const described = asArray(body.attachments).filter(isRecord);
    return files.map((file, index) => {
      const meta = described.find((a) => String(a.id) === String(index));
      const hosted = this.deps.files.host(file.bytes, file.contentType, {
        filename: String(meta?.filename ?? file.filename),
      });
      return this.deps.files.attachmentOf(
        hosted,
        typeof meta?.description === 'string' ? { description: meta.description } : {},
      );
    });
  }

  private echo(t: string, stored: StoredMessage): void {
    // Discord adds channel_type to MESSAGE_CREATE; discord.js needs it to build an uncached DM channel.
    const channelType = this.deps.state.channels.get(stored.message.channel_id)?.type;
    const d = {
      ...stored.message,
      ...(stored.guildId ? { guild_id: stored.guildId } : {}),
      ...(t === 'MESSAGE_CREATE' && channelType !== undefined ? { channel_type: channelType } : {}),
    };
    this.deps.dispatch(t, d, { guildId: stored.guildId, intent: intentFor(stored.guildId) });
  }
}

export function intentFor(guildId: string | undefined): number {
  return guildId ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
}
