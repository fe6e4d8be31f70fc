import { ApplicationFlags } from 'discord-api-types/v10';
import { DiscordHttpError, unknownUser } from '../errors.ts';
import { FormErrors, isRecord } from '../form-errors.ts';
import { guildPayload } from '../guild-payloads.ts';
import { checkCommandList } from '../limits-interaction.ts';
import type { RouteContext, RouteDef } from '../rest-types.ts';
import type { RouteDeps } from './route-deps.ts';

/** Gateway discovery, users, DMs, the application, its commands, and guild reads. */
export function appRoutes(deps: RouteDeps): RouteDef[] {
  const bot = (method: RouteDef['method'], template: string, handle: RouteDef['handle']): RouteDef => ({
    method,
    template,
    auth: 'bot',
    handle,
  });
  const ok = (body: unknown) => ({ status: 200, body });
  return [
    bot('GET', '/gateway/bot', () =>
      ok({
        url: deps.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      }),
    ),
    { method: 'GET', template: '/gateway', auth: 'none', handle: () => ok({ url: deps.gatewayUrl() }) },
    bot('GET', '/users/@me', () => ok(deps.bot)),
    bot('GET', '/users/{user_id}', (ctx) => ok(deps.state.user(ctx.params.user_id ?? ''))),
    bot('POST', '/users/@me/channels', (ctx) => {
      const recipient = isRecord(ctx.body) ? String(ctx.body.recipient_id ?? '') : '';
      if (!deps.state.users.has(recipient)) throw unknownUser();
      return ok(deps.state.dmChannel(recipient));
    }),
    bot('GET', '/applications/@me', () => ok(applicationPayload(deps))),
    bot('GET', '/applications/{application_id}/commands', (ctx) => ok(commandScope(deps, ctx).list)),
    bot('PUT', '/applications/{application_id}/commands', (ctx) => ok(overwriteCommands(deps, ctx))),
    bot('GET', '/applications/{application_id}/guilds/{guild_id}/commands', (ctx) => ok(commandScope(deps, ctx).list)),
    bot('PUT', '/applications/{application_id}/guilds/{guild_id}/commands', (ctx) => ok(overwriteCommands(deps, ctx))),
    bot('GET', '/guilds/{guild_id}', (ctx) => ok(guildPayload(deps.state.guild(ctx.params.guild_id ?? '')))),
    bot('GET', '/guilds/{guild_id}/channels', (ctx) =>
      ok(deps.state.channelsOf(deps.state.guild(ctx.params.guild_id ?? '').id)),
    ),
    bot('GET', '/guilds/{guild_id}/members/{user_id}', (ctx) =>
      ok(deps.state.memberPayload(ctx.params.guild_id ?? '', ctx.params.user_id ?? '')),
    ),
  ];
}

function applicationPayload(deps: RouteDeps) {
  return {
    id: deps.applicationId,
    name: deps.bot.username,
    icon: null,
    description: '',
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: ApplicationFlags.GatewayMessageContentLimited,
    bot: deps.bot,
    owner: deps.bot,
    team: null,
    summary: '',
    approximate_guild_count: deps.state.guilds.size,
  };
}

function commandScope(deps: RouteDeps, ctx: RouteContext) {
  if (ctx.params.application_id !== deps.applicationId) {
    throw new DiscordHttpError(403, { code: 50001, message: 'Missing Access' }, 'rule');
  }
  const guildId = ctx.params.guild_id;
  if (guildId) deps.state.guild(guildId);
  return { guildId, list: deps.commands.list(guildId) };
}

function overwriteCommands(deps: RouteDeps, ctx: RouteContext) {
  const { guildId } = commandScope(deps, ctx);
  const list = Array.isArray(ctx.body) ? ctx.body : [];
  const errors = new FormErrors();
  checkCommandList(list, errors);
  errors.throwIfAny();
  return deps.commands.overwrite(guildId, list, deps.clock.now());
}
