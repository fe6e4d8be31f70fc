import {
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIMessageStringSelectInteractionData,
  type APIMessageComponentSelectMenuInteraction,
  type APIUser,
} from 'discord-api-types/v10';
import { buildOptions, type OptionRequest } from './command-options.ts';
import type { CommandStore } from './command-store.ts';
import { asArray, isRecord } from './form-errors.ts';
import { interactionEnvelope, type EnvelopeDeps, type InteractionWhere } from './interaction-envelope.ts';

export interface SlashRequest extends InteractionWhere, OptionRequest {
  name: string;
}

export interface BuilderDeps extends EnvelopeDeps {
  commands: CommandStore;
  /** When true, a command must be registered (PUT) before a user can run it, as on Discord. */
  requireRegistered: boolean;
}

function commandFor(deps: BuilderDeps, name: string, guildId: string | undefined) {
  const command = deps.commands.find(name, guildId);
  if (!command && deps.requireRegistered) {
    throw new Error(
      `/${name} is not registered (global or in guild ${guildId ?? '-'}): register it first, e.g. fake.registerCommands([...])`,
    );
  }
  return command;
}

/** A chat-input command (type 2) as Discord's client sends it. */
export function buildSlash(deps: BuilderDeps, request: SlashRequest): APIChatInputApplicationCommandInteraction {
  const envelope = interactionEnvelope(deps, request);
  const command = commandFor(deps, request.name, 'guild_id' in envelope ? envelope.guild_id : undefined);
  const { options, resolved } = buildOptions(command, request);
  return {
    ...envelope,
    type: InteractionType.ApplicationCommand,
    data: {
      id: command?.id ?? deps.nextId(),
      name: request.name,
      type: ApplicationCommandType.ChatInput,
      options,
      ...(Object.keys(resolved).length ? { resolved } : {}),
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    },
  } satisfies APIChatInputApplicationCommandInteraction;
}

/** An autocomplete request (type 4) while the user types into option `focused`. */
export function buildAutocomplete(
  deps: BuilderDeps,
  request: SlashRequest & { focused: string },
): APIApplicationCommandAutocompleteInteraction {
  const envelope = interactionEnvelope(deps, request);
  const command = commandFor(deps, request.name, 'guild_id' in envelope ? envelope.guild_id : undefined);
  const { options } = buildOptions(command, request);
  return {
    ...envelope,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: command?.id ?? deps.nextId(), name: request.name, type: ApplicationCommandType.ChatInput, options },
  } satisfies APIApplicationCommandAutocompleteInteraction;
}

export interface ComponentRequest {
  user: APIUser;
  message: APIMessage;
  customId: string;
}

/** A button click (type 3, component_type 2) on a message that really has that button. */
export function buildButton(deps: BuilderDeps, request: ComponentRequest): APIMessageComponentButtonInteraction {
  requireComponent(request.message, request.customId, ComponentType.Button);
  return {
    ...interactionEnvelope(deps, { user: request.user, channelId: request.message.channel_id }),
    type: InteractionType.MessageComponent,
    message: request.message,
    data: { custom_id: request.customId, component_type: ComponentType.Button },
  } satisfies APIMessageComponentButtonInteraction;
}

/** A string-select choice (type 3, component_type 3); values must be among the menu's options. */
export function buildSelect(
  deps: BuilderDeps,
  request: ComponentRequest & { values: string[] },
): APIMessageComponentSelectMenuInteraction {
  const menu = requireComponent(request.message, request.customId, ComponentType.StringSelect);
  const allowed = new Set(
    asArray(menu.options)
      .filter(isRecord)
      .map((o) => String(o.value)),
  );
  const unknown = request.values.filter((v) => !allowed.has(v));
  if (unknown.length) throw new Error(`select "${request.customId}" has no option(s) ${unknown.join(', ')}`);
  const data: APIMessageStringSelectInteractionData = {
    custom_id: request.customId,
    component_type: ComponentType.StringSelect,
    values: request.values,
  };
  return {
    ...interactionEnvelope(deps, { user: request.user, channelId: request.message.channel_id }),
    type: InteractionType.MessageComponent,
    message: request.message,
    data,
  } satisfies APIMessageComponentSelectMenuInteraction;
}

/** Finds an enabled component by custom_id anywhere in the message (rows, containers, sections). */
function requireComponent(message: APIMessage, customId: string, type: ComponentType): Record<string, unknown> {
  const found = findComponent(message.components, customId);
  if (!found) throw new Error(`message ${message.id} has no component with custom_id "${customId}"`);
  if (found.type !== type) throw new Error(`component "${customId}" is type ${String(found.type)}, not ${type}`);
  if (found.disabled === true) throw new Error(`component "${customId}" is disabled: a user cannot use it`);
  return found;
}

function findComponent(value: unknown, customId: string): Record<string, unknown> | undefined {
  for (const c of asArray(value)) {
    if (!isRecord(c)) continue;
    if (c.custom_id === customId) return c;
    const inner =
      findComponent(c.components, customId) ??
      (isRecord(c.accessory) ? findComponent([c.accessory], customId) : undefined);
    if (inner) return inner;
  }
  return undefined;
}
