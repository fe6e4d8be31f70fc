import {
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  type APIGuild,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import type { DiscordState, FakeGuild } from './state.ts';

/** The REST guild object (GET /guilds/{id}). */
export function guildPayload(guild: FakeGuild): APIGuild {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    region: 'us-west',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: guild.roles,
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: guild.locale as Locale,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: GuildHubType.Default ?? null,
    safety_alerts_channel_id: null,
    incidents_data: null,
  } satisfies APIGuild;
}

/** GUILD_CREATE as sent after READY: the guild with channels, threads, members and roles. */
export function guildCreatePayload(state: DiscordState, guild: FakeGuild): GatewayGuildCreateDispatchData {
  const channels = state.channelsOf(guild.id);
  return {
    ...guildPayload(guild),
    joined_at: state.clock.isoNow(),
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: [...guild.members.keys()].map((userId) => state.memberPayload(guild.id, userId)),
    channels: channels.filter((c) => c.type === 0) as GatewayGuildCreateDispatchData['channels'],
    threads: channels.filter((c) => c.type === 11 || c.type === 12) as GatewayGuildCreateDispatchData['threads'],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } satisfies GatewayGuildCreateDispatchData;
}
