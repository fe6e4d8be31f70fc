import {
  ChannelType,
  PermissionFlagsBits,
  type ChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type UserFlags,
  type APIDMChannel,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
} from 'discord-api-types/v10';
import type { FakeClock } from './clock.ts';
import { unknownChannel, unknownGuild, unknownUser } from './errors.ts';
import type { SnowflakeGenerator } from './snowflake.ts';

/** What @everyone may do in a fresh guild, roughly Discord's defaults. */
export const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

/** What the bot is granted when invited (a typical invite URL for an interview bot). */
export const DEFAULT_BOT_PERMISSIONS =
  DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.CreatePrivateThreads | PermissionFlagsBits.ManageThreads;

export type FakeChannel = APITextChannel | APIThreadChannel | APIDMChannel;

export interface FakeMember {
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
  /** Extra permissions for this member on top of @everyone (stands in for a role). */
  permissions: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  roles: APIRole[];
  members: Map<string, FakeMember>;
  /** The bot's permissions in every channel of this guild (no overwrites are modelled). */
  botPermissions: bigint;
}

export interface CreateUserOptions {
  username: string;
  globalName?: string;
  bot?: boolean;
  /** False models a user who blocks DMs from server members: the bot's DMs get 403 50007. */
  dmsOpen?: boolean;
  locale?: string;
}

/** Users, guilds, channels and members as the fake knows them. */
export class DiscordState {
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly dmClosed = new Set<string>();
  readonly userLocales = new Map<string, string>();
  /** Thread id → member user ids. */
  readonly threadMembers = new Map<string, Set<string>>();
  private readonly dmByUser = new Map<string, string>();

  constructor(
    readonly ids: SnowflakeGenerator,
    readonly clock: FakeClock,
  ) {}

  createUser(options: CreateUserOptions): APIUser {
    const user: APIUser = {
      id: this.ids.next(),
      username: options.username,
      discriminator: '0',
      global_name: options.globalName ?? (options.bot ? null : options.username),
      avatar: null,
      ...(options.bot ? { bot: true } : {}),
      public_flags: 0 as UserFlags,
      flags: 0 as UserFlags,
    };
    this.users.set(user.id, user);
    if (options.dmsOpen === false) this.dmClosed.add(user.id);
    if (options.locale) this.userLocales.set(user.id, options.locale);
    return user;
  }

  user(id: string): APIUser {
    const user = this.users.get(id);
    if (!user) throw unknownUser();
    return user;
  }

  userByName(username: string): APIUser | undefined {
    return [...this.users.values()].find((u) => u.username === username);
  }

  createGuild(name: string, ownerId: string, botUserId: string): FakeGuild {
    const id = this.ids.next();
    const everyone: APIRole = {
      id, // @everyone shares the guild's id
      name: '@everyone',
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      position: 0,
      permissions: DEFAULT_MEMBER_PERMISSIONS.toString(),
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
    const guild: FakeGuild = {
      id,
      name,
      ownerId,
      locale: 'en-US',
      roles: [everyone],
      members: new Map(),
      botPermissions: DEFAULT_BOT_PERMISSIONS,
    };
    this.guilds.set(id, guild);
    this.addMember(id, ownerId);
    this.addMember(id, botUserId);
    return guild;
  }

  /** A role with no permissions of its own, listed after the others. */
  createRole(guildId: string, name: string): APIRole {
    const guild = this.guild(guildId);
    const role: APIRole = {
      id: this.ids.next(),
      name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      position: guild.roles.length,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0 as RoleFlags,
    };
    guild.roles.push(role);
    return role;
  }

  guild(id: string): FakeGuild {
    const guild = this.guilds.get(id);
    if (!guild) throw unknownGuild();
    return guild;
  }

  addMember(guildId: string, userId: string, options: { permissions?: bigint; nick?: string } = {}): FakeMember {
    const guild = this.guild(guildId);
    const existing = guild.members.get(userId);
    if (existing) return existing;
    const member: FakeMember = {
      userId,
      roles: [],
      nick: options.nick ?? null,
      joinedAt: this.clock.isoNow(),
      permissions: options.permissions ?? 0n,
    };
    guild.members.set(userId, member);
    return member;
  }

  /** The member's permissions: @everyone plus their own; owners and administrators get everything. */
  memberPermissions(guildId: string, userId: string): bigint {
    const guild = this.guild(guildId);
    const everyone = BigInt(guild.roles[0]?.permissions ?? '0');
    const own = guild.members.get(userId)?.permissions ?? 0n;
    const all = everyone | own;
    if (guild.ownerId === userId || (all & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
    return all;
  }

  memberPayload(guildId: string, userId: string): APIGuildMember {
    const member = this.guild(guildId).members.get(userId) ?? this.addMember(guildId, userId);
    return {
      user: this.user(userId),
      nick: member.nick,
      avatar: null,
      banner: null,
      roles: member.roles,
      joined_at: member.joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0 as GuildMemberFlags,
      pending: false,
      communication_disabled_until: null,
    };
  }

  createTextChannel(guildId: string, name: string, topic: string | null = null): APITextChannel {
    this.guild(guildId);
    const channel: APITextChannel = {
      id: this.ids.next(),
      type: ChannelType.GuildText,
      guild_id: guildId,
      name,
      position: this.channelsOf(guildId).length,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
      topic,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0 as ChannelFlags,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  channel(id: string): FakeChannel {
    const channel = this.channels.get(id);
    if (!channel) throw unknownChannel();
    return channel;
  }

  channelsOf(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => 'guild_id' in c && c.guild_id === guildId);
  }

  guildIdOf(channelId: string): string | undefined {
    const channel = this.channels.get(channelId);
    return channel && 'guild_id' in channel ? channel.guild_id : undefined;
  }

  /** The DM channel between the bot and a user, created on first use (as POST /users/@me/channels does). */
  dmChannel(userId: string): APIDMChannel {
    const existing = this.dmByUser.get(userId);
    if (existing) return this.channel(existing) as APIDMChannel;
    const channel: APIDMChannel = {
      id: this.ids.next(),
      type: ChannelType.DM,
      name: null,
      last_message_id: null,
      flags: 0 as ChannelFlags,
      recipients: [this.user(userId)],
    };
    this.channels.set(channel.id, channel);
    this.dmByUser.set(userId, channel.id);
    return channel;
  }

  dmChannelIdOf(userId: string): string | undefined {
    return this.dmByUser.get(userId);
  }

  /** Drops the user's DM channel: posting to its id gets 404 10003, and the next open creates a new one. */
  forgetDmChannel(userId: string): void {
    const id = this.dmByUser.get(userId);
    if (id === undefined) return;
    this.channels.delete(id);
    this.dmByUser.delete(userId);
  }
}

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);
