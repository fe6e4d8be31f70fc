import {
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord-api-types/v10';
import { asArray, isRecord } from './form-errors.ts';
import { resolvePings } from './mentions.ts';

/** A message plus what the fake knows about how it was written. */
export interface StoredMessage {
  message: APIMessage;
  guildId: string | undefined;
  ephemeral: boolean;
  byBot: boolean;
  /** Every write of this message by the bot (create and edits), for mention-safety checks. */
  writes: MessageWrite[];
  /** Set for interaction responses and follow-ups. */
  interactionId?: string;
}

export interface MessageWrite {
  /** Creates notify the people they mention; edits (including filling a deferred reply) never do. */
  kind: 'create' | 'edit';
  route: string;
  content: string | undefined;
  /** `allowed_mentions` exactly as sent (undefined when the bot did not send any). */
  allowedMentions: unknown;
}

export interface BuildMessageArgs {
  id: string;
  channelId: string;
  author: APIUser;
  body: Record<string, unknown>;
  attachments: APIAttachment[];
  timestamp: string;
  type?: MessageType;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  /** Looks up users mentioned in the content, to fill `mentions` (only those actually pinged). */
  lookupUser?: (id: string) => APIUser | undefined;
}

/** Turns a create body (as the bot sent it) into the message object Discord would return. */
export function buildMessage(args: BuildMessageArgs): APIMessage {
  const { body } = args;
  const pings = resolvePings(body.content, body.allowed_mentions);
  return {
    id: args.id,
    channel_id: args.channelId,
    author: args.author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: args.timestamp,
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: pings.everyone,
    mentions: pings.users.map((id) => args.lookupUser?.(id)).filter((u): u is APIUser => u !== undefined),
    mention_roles: pings.roles,
    attachments: args.attachments,
    embeds: normalizeEmbeds(body.embeds),
    pinned: false,
    type: args.type ?? MessageType.Default,
    flags: typeof body.flags === 'number' ? body.flags & ~MessageFlags.SuppressNotifications : 0,
    components: asArray(body.components) as APIMessageTopLevelComponent[],
    ...(typeof body.nonce === 'string' || typeof body.nonce === 'number' ? { nonce: body.nonce } : {}),
    ...(args.webhookId ? { webhook_id: args.webhookId } : {}),
    ...(args.applicationId ? { application_id: args.applicationId } : {}),
    ...(args.interactionMetadata ? { interaction_metadata: args.interactionMetadata } : {}),
  };
}

/** Applies an edit body to a stored message (only the fields present change). */
export function applyEdit(
  message: APIMessage,
  body: Record<string, unknown>,
  newAttachments: APIAttachment[],
  timestamp: string,
): void {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = normalizeEmbeds(body.embeds);
  if ('components' in body) message.components = asArray(body.components) as APIMessageTopLevelComponent[];
  if (typeof body.flags === 'number') message.flags = body.flags;
  if ('attachments' in body || newAttachments.length > 0) {
    const keep = new Set(
      asArray(body.attachments)
        .filter(isRecord)
        .map((a) => String(a.id)),
    );
    message.attachments = [...message.attachments.filter((a) => keep.has(a.id)), ...newAttachments];
  }
  if ('content' in body || 'allowed_mentions' in body) {
    const pings = resolvePings(message.content, body.allowed_mentions);
    message.mention_everyone = pings.everyone;
    message.mention_roles = pings.roles;
  }
  // A deferred reply loses its "thinking…" state on the first edit.
  message.flags = (message.flags ?? 0) & ~MessageFlags.Loading;
  message.edited_timestamp = timestamp;
}

function normalizeEmbeds(value: unknown): APIEmbed[] {
  return asArray(value)
    .filter(isRecord)
    .map((e) => ({ type: 'rich', ...e }) as APIEmbed);
}

/** Messages by id and by channel, in creation order. */
export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();
  private readonly byChannel = new Map<string, string[]>();

  add(stored: StoredMessage): StoredMessage {
    this.byId.set(stored.message.id, stored);
    const list = this.byChannel.get(stored.message.channel_id) ?? [];
    list.push(stored.message.id);
    this.byChannel.set(stored.message.channel_id, list);
    return stored;
  }

  get(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  delete(id: string): void {
    const stored = this.byId.get(id);
    if (!stored) return;
    this.byId.delete(id);
    const list = this.byChannel.get(stored.message.channel_id) ?? [];
    this.byChannel.set(
      stored.message.channel_id,
      list.filter((m) => m !== id),
    );
  }

  /** Messages visible in a channel (ephemeral ones only when asked), oldest first. */
  inChannel(channelId: string, includeEphemeral = false): StoredMessage[] {
    return (this.byChannel.get(channelId) ?? [])
      .map((id) => this.byId.get(id))
      .filter((m): m is StoredMessage => m !== undefined && (includeEphemeral || !m.ephemeral));
  }

  all(): StoredMessage[] {
    return [...this.byId.values()];
  }
}
