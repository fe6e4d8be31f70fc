import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  InteractionContextType,
  Locale,
  PermissionFlagsBits,
  type APIInteractionGuildMember,
  type APIUser,
} from 'discord-api-types/v10';
import type { DiscordState } from './state.ts';

/** Where an interaction happens: a user, and a guild channel or (no guildId) their DM with the bot. */
export interface InteractionWhere {
  user: APIUser;
  /** Defaults to the channel's guild; omit both for a DM. */
  guildId?: string;
  channelId?: string;
}

export interface EnvelopeDeps {
  state: DiscordState;
  applicationId: string;
  nextId(): string;
}

/** What the bot may do in a DM with a user. */
const DM_APP_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions;

/** Discord's interaction tokens are long opaque strings. */
export function newInteractionToken(id: string): string {
  return `aW50ZXJhY3Rpb246${Buffer.from(id).toString('base64url')}${randomBytes(48).toString('base64url')}`;
}

/**
 * The fields every interaction carries, as discord.js 14.28 needs them: member with permissions in a
 * guild or user in a DM, the channel object, app_permissions, locales, entitlements, context and owners.
 */
export function interactionEnvelope(deps: EnvelopeDeps, where: InteractionWhere) {
  const { state } = deps;
  const id = deps.nextId();
  const locale = (state.userLocales.get(where.user.id) ?? Locale.EnglishUS) as Locale;
  const base = {
    id,
    application_id: deps.applicationId,
    token: newInteractionToken(id),
    version: 1 as const,
    locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  const channelId = where.channelId;
  const guildId = where.guildId ?? (channelId ? state.guildIdOf(channelId) : undefined);
  if (guildId === undefined) {
    const dm = channelId ? state.channel(channelId) : state.dmChannel(where.user.id);
    return {
      ...base,
      user: where.user,
      channel_id: dm.id,
      channel: { id: dm.id, type: ChannelType.DM as const, last_message_id: null, flags: 0, recipients: [where.user] },
      app_permissions: DM_APP_PERMISSIONS.toString(),
      context: InteractionContextType.BotDM,
      authorizing_integration_owners: { '0': '0' },
    };
  }
  const guild = state.guild(guildId);
  const channel = channelId ? state.channel(channelId) : state.channelsOf(guildId)[0];
  if (!channel) throw new Error(`guild ${guildId} has no channel to interact in`);
  const permissions = state.memberPermissions(guildId, where.user.id).toString();
  const member: APIInteractionGuildMember = { ...state.memberPayload(guildId, where.user.id), permissions };
  return {
    ...base,
    guild_id: guildId,
    guild: { id: guildId, locale: guild.locale as Locale, features: [] },
    guild_locale: guild.locale as Locale,
    member,
    channel_id: channel.id,
    channel: { ...channel, permissions },
    app_permissions: guild.botPermissions.toString(),
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { '0': guildId },
  };
}
