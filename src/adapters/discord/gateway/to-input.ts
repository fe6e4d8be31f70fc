import {
  ApplicationCommandOptionType,
  ComponentType,
  type CommandInteractionOption,
  type Interaction,
  type User,
} from 'discord.js';
import type { Actor } from '../../../interviewer/interviewer.ts';
import type {
  AttachedFile,
  InteractionInput,
  InteractionPlace,
  MentionedUser,
  SourceMessage,
} from '../interactions/interaction-input.ts';

/** Who acts: `interaction.user` in servers and DMs alike; the server nickname when there is one. */
export function actorOf(interaction: Interaction): Actor {
  return {
    userId: interaction.user.id,
    displayName: nameOf(interaction.user, interaction.member),
    guildId: interaction.guildId ?? null,
    source: 'discord',
  };
}

/** A cached GuildMember has a displayName; a raw API member only its nick. */
type AnyMember = { displayName: string } | { nick?: string | null } | null | undefined;

function nameOf(user: User, member: AnyMember): string {
  if (member && 'displayName' in member) return member.displayName;
  return member?.nick ?? user.globalName ?? user.username;
}

/** The interaction as plain data, or null for kinds this bot does not use (select menus, context menus). */
export function toInput(interaction: Interaction): InteractionInput | null {
  const input = bareInput(interaction);
  return input === null ? null : { ...input, ...placeOf(interaction) };
}

/** The channel, and the member's permissions there and roles (from the payload's `member`). */
function placeOf(interaction: Interaction): InteractionPlace {
  return {
    ...(interaction.channelId === null ? {} : { channelId: interaction.channelId }),
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    memberRoles: rolesOf(interaction.member),
  };
}

/** A cached GuildMember's roles (kept up to date by the gateway's role events), or a raw API member's ids. */
function rolesOf(member: Interaction['member']): string[] {
  if (member === null) return [];
  return Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
}

function bareInput(interaction: Interaction): InteractionInput | null {
  const actor = actorOf(interaction);
  if (interaction.isChatInputCommand()) {
    const { subcommand, options } = flattenOptions(interaction.options.data);
    return {
      kind: 'slash',
      actor,
      command: interaction.commandName,
      subcommand,
      options: valuesOf(options),
      users: usersOf(options),
      attachments: attachmentsOf(options),
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      actor,
      command: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
    };
  }
  if (interaction.isButton())
    return { kind: 'button', actor, customId: interaction.customId, message: sourceMessageOf(interaction.message) };
  if (interaction.isModalSubmit()) {
    const fields: Record<string, string> = {};
    for (const [id, field] of interaction.fields.fields) {
      if (field.type === ComponentType.TextInput && typeof field.value === 'string') fields[id] = field.value;
    }
    return { kind: 'modal', actor, customId: interaction.customId, fields };
  }
  return null;
}

function sourceMessageOf(message: {
  id: string;
  embeds: readonly { title: string | null; description: string | null }[];
}): SourceMessage {
  return {
    id: message.id,
    embeds: message.embeds.map((e) => ({
      ...(e.title === null ? {} : { title: e.title }),
      ...(e.description === null ? {} : { description: e.description }),
    })),
  };
}

function flattenOptions(data: readonly CommandInteractionOption[]): {
  subcommand: string | null;
  options: readonly CommandInteractionOption[];
} {
  const first = data[0];
  if (first?.type === ApplicationCommandOptionType.Subcommand)
    return { subcommand: first.name, options: first.options ?? [] };
  return { subcommand: null, options: data };
}

function valuesOf(options: readonly CommandInteractionOption[]): Record<string, unknown> {
  return Object.fromEntries(options.map((o) => [o.name, o.value]));
}

function usersOf(options: readonly CommandInteractionOption[]): Record<string, MentionedUser> {
  const users: Record<string, MentionedUser> = {};
  for (const o of options) {
    if (o.type === ApplicationCommandOptionType.User && o.user) {
      users[o.name] = { id: o.user.id, displayName: nameOf(o.user, o.member ?? null), isBot: o.user.bot };
    }
  }
  return users;
}

function attachmentsOf(options: readonly CommandInteractionOption[]): Record<string, AttachedFile> {
  const files: Record<string, AttachedFile> = {};
  for (const o of options) {
    if (o.type === ApplicationCommandOptionType.Attachment && o.attachment) {
      files[o.name] = {
        url: o.attachment.url,
        name: o.attachment.name,
        size: o.attachment.size,
        contentType: o.attachment.contentType,
      };
    }
  }
  return files;
}
