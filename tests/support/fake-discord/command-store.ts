import { ApplicationCommandType, type APIApplicationCommand } from 'discord-api-types/v10';
import { isRecord } from './form-errors.ts';
import type { SnowflakeGenerator } from './snowflake.ts';

/** Registered application commands: global, and per guild (guild commands update instantly). */
export class CommandStore {
  readonly global: APIApplicationCommand[] = [];
  readonly byGuild = new Map<string, APIApplicationCommand[]>();
  /** How many times each scope was overwritten (bulk PUT), e.g. to assert a deploy ran once. */
  readonly writes: { scope: string; at: number; count: number }[] = [];

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly applicationId: string,
  ) {}

  /** Bulk overwrite, like PUT /applications/{app}/commands: same name+type keeps its id. */
  overwrite(guildId: string | undefined, bodies: unknown[], at: number): APIApplicationCommand[] {
    const previous = guildId ? (this.byGuild.get(guildId) ?? []) : this.global;
    const next = bodies.filter(isRecord).map((body) => this.toCommand(body, guildId, previous));
    if (guildId) this.byGuild.set(guildId, next);
    else this.global.splice(0, this.global.length, ...next);
    this.writes.push({ scope: guildId ?? 'global', at, count: next.length });
    return next;
  }

  list(guildId?: string): APIApplicationCommand[] {
    return guildId ? (this.byGuild.get(guildId) ?? []) : this.global;
  }

  /** The command a user would see under this name: a guild command shadows a global one. */
  find(name: string, guildId?: string, type = ApplicationCommandType.ChatInput): APIApplicationCommand | undefined {
    const matches = (c: APIApplicationCommand) => c.name === name && c.type === type;
    return (guildId ? this.byGuild.get(guildId)?.find(matches) : undefined) ?? this.global.find(matches);
  }

  private toCommand(
    body: Record<string, unknown>,
    guildId: string | undefined,
    previous: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = (body.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
    const old = previous.find((c) => c.name === body.name && c.type === type);
    return {
      ...(body as Partial<APIApplicationCommand>),
      id: old?.id ?? this.ids.next(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      type,
      name: String(body.name),
      description: typeof body.description === 'string' ? body.description : '',
      default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
      version: this.ids.next(),
    } as APIApplicationCommand;
  }
}
