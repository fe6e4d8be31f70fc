import { z } from 'zod';
import type { Actor } from '../../../interviewer/interviewer.ts';
import type { InteractionInput, InteractionPlace, MentionedUser } from '../interactions/interaction-input.ts';

/*
 * The interaction JSON Discord POSTs, checked at the edge: only what the handlers read, every string
 * bounded. Unknown keys are dropped (Discord adds fields over time), so only a wrong shape is refused.
 */
const snowflake = z.string().regex(/^\d{1,25}$/);
const name = z.string().min(1).max(100);

const userSchema = z.object({
  id: snowflake,
  username: z.string().max(100),
  global_name: z.string().max(100).nullish(),
  bot: z.boolean().optional(),
});
const memberSchema = z.object({
  user: userSchema.optional(),
  nick: z.string().max(100).nullish(),
  /** The member's permission bits in the channel, as a decimal string. */
  permissions: z
    .string()
    .regex(/^\d{1,40}$/)
    .optional(),
  /** The member's role ids (a member has at most 250 roles). */
  roles: z.array(snowflake).max(250).optional(),
});

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: RawOption[] | undefined;
}
const optionSchema: z.ZodType<RawOption> = z.lazy(() =>
  z.object({
    name,
    type: z.number().int(),
    value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(optionSchema).max(25).optional(),
  }),
);

const commandData = z.object({
  name,
  options: z.array(optionSchema).max(25).optional(),
  resolved: z
    .object({
      users: z.record(z.string(), userSchema).optional(),
      members: z.record(z.string(), memberSchema).optional(),
    })
    .optional(),
});

// No length limit of its own (the body's bounds it): a value that is too long must reach the handler, which
// says so, rather than vanish here and be taken for an empty answer.
const textInput = z.object({ type: z.literal(4), custom_id: z.string().max(100), value: z.string().optional() });
const modalRow = z.union([
  z.object({ type: z.literal(1), components: z.array(z.unknown()).max(5) }),
  z.object({ type: z.literal(18), component: z.unknown() }),
]);

const common = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(1000),
  guild_id: snowflake.optional(),
  member: memberSchema.optional(),
  user: userSchema.optional(),
  /** The message a button is on; its embeds' title and description are what handlers read (a voice transcript). */
  message: z
    .object({
      id: snowflake,
      embeds: z
        .array(z.object({ title: z.string().max(256).optional(), description: z.string().max(4096).optional() }))
        .max(10)
        .optional(),
    })
    .optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
};

export const rawInteractionSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal(1) }),
  z.object({ ...common, type: z.literal(2), data: commandData }),
  z.object({
    ...common,
    type: z.literal(3),
    data: z.object({ custom_id: z.string().max(100), component_type: z.number().int() }),
  }),
  z.object({ ...common, type: z.literal(4), data: commandData }),
  z.object({
    ...common,
    type: z.literal(5),
    data: z.object({ custom_id: z.string().max(100), components: z.array(modalRow).max(5) }),
  }),
]);

export type RawInteraction = z.infer<typeof rawInteractionSchema>;

const BUTTON = 2;
const SUB_COMMAND = 1;
const USER_OPTION = 6;

/**
 * The raw interaction as the same plain data the gateway builds from discord.js objects (see
 * ../discord/interaction-input.ts), or null for kinds this bot does not use (pings, select menus).
 */
export function toInteractionInput(raw: RawInteraction): InteractionInput | null {
  const input = bareInput(raw);
  return input === null ? null : { ...input, ...placeOf(raw) };
}

/** The channel, the member's permissions there and their roles; no permissions or roles in DMs. */
function placeOf(raw: RawInteraction): InteractionPlace {
  const channelId = raw.channel_id ?? raw.channel?.id;
  const permissions = raw.member?.permissions;
  return {
    ...(channelId === undefined ? {} : { channelId }),
    memberPermissions: permissions === undefined ? null : BigInt(permissions),
    memberRoles: raw.member?.roles ?? [],
  };
}

function bareInput(raw: RawInteraction): InteractionInput | null {
  const actor = actorOf(raw);
  if (actor === null) return null;
  switch (raw.type) {
    case 1:
      return null;
    case 2: {
      const { subcommand, options } = flattenOptions(raw.data.options ?? []);
      return {
        kind: 'slash',
        actor,
        command: raw.data.name,
        subcommand,
        options: Object.fromEntries(options.map((o) => [o.name, o.value])),
        users: usersOf(options, raw.data.resolved),
      };
    }
    case 3:
      if (raw.data.component_type !== BUTTON) return null;
      return {
        kind: 'button',
        actor,
        customId: raw.data.custom_id,
        ...(raw.message ? { message: { id: raw.message.id, embeds: raw.message.embeds ?? [] } } : {}),
      };
    case 4: {
      const focused = flattenOptions(raw.data.options ?? []).options.find((o) => o.focused === true);
      if (focused === undefined) return null;
      return {
        kind: 'autocomplete',
        actor,
        command: raw.data.name,
        focused: { name: focused.name, value: String(focused.value ?? '') },
      };
    }
    case 5:
      return { kind: 'modal', actor, customId: raw.data.custom_id, fields: modalFields(raw.data.components) };
  }
}

/** In a server the user comes in `member.user`, in DMs in `user`; the server nickname wins, as on the gateway. */
function actorOf(raw: RawInteraction): Actor | null {
  const user = raw.member?.user ?? raw.user;
  if (user === undefined) return null;
  return {
    userId: user.id,
    displayName: displayNameOf(user, raw.member),
    guildId: raw.guild_id ?? null,
    source: 'discord',
  };
}

function displayNameOf(user: z.infer<typeof userSchema>, member: z.infer<typeof memberSchema> | undefined): string {
  return member?.nick ?? user.global_name ?? user.username;
}

function flattenOptions(options: RawOption[]): { subcommand: string | null; options: RawOption[] } {
  const first = options[0];
  if (first?.type === SUB_COMMAND) return { subcommand: first.name, options: first.options ?? [] };
  return { subcommand: null, options };
}

function usersOf(
  options: RawOption[],
  resolved: z.infer<typeof commandData>['resolved'],
): Record<string, MentionedUser> {
  const users: Record<string, MentionedUser> = {};
  for (const o of options) {
    const user = o.type === USER_OPTION ? resolved?.users?.[String(o.value)] : undefined;
    if (user)
      users[o.name] = {
        id: user.id,
        displayName: displayNameOf(user, resolved?.members?.[user.id]),
        isBot: user.bot ?? false,
      };
  }
  return users;
}

/** Text inputs by custom id, from action rows (type 1) or labels (type 18). */
function modalFields(rows: z.infer<typeof modalRow>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const inputs = rows.flatMap((row) => (row.type === 1 ? row.components : [row.component]));
  for (const component of inputs) {
    const input = textInput.safeParse(component);
    if (input.success && input.data.value !== undefined) fields[input.data.custom_id] = input.data.value;
  }
  return fields;
}
