import { ChannelType, GatewayIntentBits, PermissionFlagsBits, type APIThreadChannel } from 'discord-api-types/v10';
import { DiscordHttpError, missingPermissions, unknownMessage } from '../errors.ts';
import { FormErrors, isRecord } from '../form-errors.ts';
import type { RouteContext, RouteDef } from '../rest-types.ts';
import { createThread, isThread } from '../threads.ts';
import type { RouteDeps } from './route-deps.ts';

/** Thread creation (with or without a starter message) and thread membership. */
export function threadRoutes(deps: RouteDeps): RouteDef[] {
  const bot = (method: RouteDef['method'], template: string, handle: RouteDef['handle']): RouteDef => ({
    method,
    template,
    auth: 'bot',
    handle,
  });
  const join = (ctx: RouteContext) => {
    const thread = deps.state.channel(ctx.params.channel_id ?? '');
    if (!isThread(thread)) throw wrongChannelType();
    const userId = ctx.params.user_id ?? deps.bot.id;
    deps.state.user(userId);
    deps.state.threadMembers.get(thread.id)?.add(userId);
    return { status: 204 };
  };
  return [
    bot('POST', '/channels/{channel_id}/threads', (ctx) => ({ status: 201, body: startThread(deps, ctx, undefined) })),
    bot('POST', '/channels/{channel_id}/messages/{message_id}/threads', (ctx) => ({
      status: 201,
      body: startThread(deps, ctx, ctx.params.message_id),
    })),
    bot('PUT', '/channels/{channel_id}/thread-members/{user_id}', join),
    bot('PUT', '/channels/{channel_id}/thread-members/@me', join),
    bot('GET', '/channels/{channel_id}/thread-members', (ctx) => {
      const members = deps.state.threadMembers.get(ctx.params.channel_id ?? '') ?? new Set<string>();
      return {
        status: 200,
        body: [...members].map((user_id) => ({
          id: ctx.params.channel_id,
          user_id,
          join_timestamp: deps.clock.isoNow(),
          flags: 0,
        })),
      };
    }),
  ];
}

function wrongChannelType(): DiscordHttpError {
  return new DiscordHttpError(400, { code: 50024, message: 'Cannot execute action on this channel type' }, 'rule');
}

function startThread(deps: RouteDeps, ctx: RouteContext, messageId: string | undefined): APIThreadChannel {
  const parent = deps.state.channel(ctx.params.channel_id ?? '');
  if (parent.type !== ChannelType.GuildText || !parent.guild_id) throw wrongChannelType();
  const body = isRecord(ctx.body) ? ctx.body : {};
  const type = messageId ? ChannelType.PublicThread : Number(body.type ?? ChannelType.PrivateThread);
  if (type !== ChannelType.PublicThread && type !== ChannelType.PrivateThread) throw wrongChannelType();
  const needed =
    type === ChannelType.PrivateThread
      ? PermissionFlagsBits.CreatePrivateThreads
      : PermissionFlagsBits.CreatePublicThreads;
  if ((deps.state.guild(parent.guild_id).botPermissions & needed) === 0n) throw missingPermissions();
  const errors = new FormErrors();
  errors.lengthBetween(['name'], body.name, 1, 100);
  errors.throwIfAny();
  const starter = messageId ? deps.messages.get(messageId) : undefined;
  if (messageId && (!starter || starter.message.channel_id !== parent.id)) throw unknownMessage();
  if (starter?.message.thread)
    throw new DiscordHttpError(
      400,
      { code: 160004, message: 'A thread has already been created for this message' },
      'rule',
    );
  const thread = createThread(deps.state, {
    id: messageId ?? deps.ids.next(),
    parentId: parent.id,
    guildId: parent.guild_id,
    ownerId: deps.bot.id,
    name: String(body.name),
    type,
    ...(typeof body.auto_archive_duration === 'number' ? { autoArchiveMinutes: body.auto_archive_duration } : {}),
    ...(typeof body.invitable === 'boolean' ? { invitable: body.invitable } : {}),
  });
  if (starter) starter.message.thread = thread;
  deps.dispatch(
    'THREAD_CREATE',
    { ...thread, newly_created: true },
    { guildId: parent.guild_id, intent: GatewayIntentBits.Guilds },
  );
  return thread;
}
