import {
  ApplicationCommandOptionType as T,
  type APIApplicationCommand,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIInteractionDataResolved,
  type APIRole,
  type APIUser,
} from 'discord-api-types/v10';

/** An option value as a test writes it: users and roles as objects, attachments as hosted-file attachments. */
export type OptionValue = string | number | boolean | APIUser | APIRole | APIAttachment;

/** Either raw API options, or `{ name: value }` typed from the registered command's definition. */
export type OptionsInput = APIApplicationCommandInteractionDataOption[] | Record<string, OptionValue>;

export interface OptionRequest {
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  /** For autocomplete: the option being typed (its value may be partial, required ones may be missing). */
  focused?: string;
}

export interface BuiltOptions {
  options: APIApplicationCommandInteractionDataOption[];
  resolved: APIInteractionDataResolved;
}

type Def = APIApplicationCommandOption & {
  choices?: { value: unknown }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  options?: Def[];
};

/**
 * Builds interaction options as Discord's client would from what the user typed, refusing what a
 * user could not send (unknown options, missing required ones, values outside the choices or bounds).
 */
export function buildOptions(command: APIApplicationCommand | undefined, request: OptionRequest): BuiltOptions {
  const resolved: APIInteractionDataResolved = {};
  const input = request.options ?? {};
  if (Array.isArray(input)) return { options: input, resolved };
  const defs = leafDefinitions(command, request);
  const leaves = Object.entries(input).map(([name, value]) => {
    const def = defs?.find((d) => d.name === name);
    if (defs && !def)
      throw new Error(
        `/${command?.name}: no option named "${name}" (has: ${defs.map((d) => d.name).join(', ') || 'none'})`,
      );
    const type = def?.type ?? inferType(value);
    if (def && name !== request.focused) checkValue(command?.name ?? '', def, value);
    return {
      name,
      type,
      value: toWireValue(type, value, resolved),
      ...(name === request.focused ? { focused: true } : {}),
    };
  });
  for (const def of defs ?? []) {
    if (def.required && !(def.name in input) && request.focused === undefined) {
      throw new Error(`/${command?.name}: required option "${def.name}" is missing`);
    }
  }
  return { options: wrapInSubcommands(leaves as APIApplicationCommandInteractionDataOption[], request), resolved };
}

function leafDefinitions(command: APIApplicationCommand | undefined, request: OptionRequest): Def[] | undefined {
  if (!command) return undefined;
  let defs = (command.options ?? []) as Def[];
  const hasSubcommands = defs.some((d) => d.type === T.Subcommand || d.type === T.SubcommandGroup);
  if (!hasSubcommands) return defs;
  for (const [name, type] of [
    [request.subcommandGroup, T.SubcommandGroup],
    [request.subcommand, T.Subcommand],
  ] as const) {
    if (name === undefined) continue;
    const found = defs.find((d) => d.name === name && d.type === type);
    if (!found) throw new Error(`/${command.name}: no ${type === T.Subcommand ? 'subcommand' : 'group'} "${name}"`);
    defs = found.options ?? [];
  }
  if (request.subcommand === undefined) throw new Error(`/${command.name} needs a subcommand`);
  return defs;
}

function wrapInSubcommands(
  leaves: APIApplicationCommandInteractionDataOption[],
  request: OptionRequest,
): APIApplicationCommandInteractionDataOption[] {
  if (request.subcommand === undefined) return leaves;
  const sub = {
    name: request.subcommand,
    type: T.Subcommand,
    options: leaves,
  } as APIApplicationCommandInteractionDataOption;
  if (request.subcommandGroup === undefined) return [sub];
  return [
    {
      name: request.subcommandGroup,
      type: T.SubcommandGroup,
      options: [sub],
    } as APIApplicationCommandInteractionDataOption,
  ];
}

function inferType(value: OptionValue): T {
  if (typeof value === 'boolean') return T.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? T.Integer : T.Number;
  if (typeof value === 'object' && 'username' in value) return T.User;
  if (typeof value === 'object' && 'permissions' in value) return T.Role;
  if (typeof value === 'object') return T.Attachment;
  return T.String;
}

function checkValue(commandName: string, def: Def, value: OptionValue): void {
  const fail = (why: string) => {
    throw new Error(`/${commandName} option "${def.name}": ${why}`);
  };
  const expected: Partial<Record<T, string>> = {
    [T.String]: 'string',
    [T.Integer]: 'number',
    [T.Number]: 'number',
    [T.Boolean]: 'boolean',
  };
  const want = expected[def.type];
  if (want && typeof value !== want) fail(`expected a ${want}, got ${JSON.stringify(value)}`);
  if (def.type === T.Integer && !Number.isInteger(value)) fail(`expected an integer, got ${String(value)}`);
  if (def.choices?.length && !def.choices.some((c) => c.value === value))
    fail(`${JSON.stringify(value)} is not one of the choices`);
  if (
    typeof value === 'number' &&
    ((def.min_value !== undefined && value < def.min_value) || (def.max_value !== undefined && value > def.max_value))
  ) {
    fail(`${value} is outside ${def.min_value ?? '-∞'}..${def.max_value ?? '∞'}`);
  }
  if (
    typeof value === 'string' &&
    ((def.min_length !== undefined && value.length < def.min_length) || (def.max_length ?? 6000) < value.length)
  ) {
    fail(`length ${value.length} is outside ${def.min_length ?? 0}..${def.max_length ?? 6000}`);
  }
}

function toWireValue(type: T, value: OptionValue, resolved: APIInteractionDataResolved): unknown {
  if (typeof value !== 'object') return value;
  if (type === T.User || type === T.Mentionable) {
    const user = value as APIUser;
    resolved.users = { ...resolved.users, [user.id]: user };
    return user.id;
  }
  if (type === T.Role) {
    const role = value as APIRole;
    resolved.roles = { ...resolved.roles, [role.id]: role };
    return role.id;
  }
  const attachment = value as APIAttachment;
  resolved.attachments = { ...resolved.attachments, [attachment.id]: attachment };
  return attachment.id;
}
