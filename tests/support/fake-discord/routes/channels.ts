import { ChannelType, PermissionFlagsBits } from 'discord-api-types/v10';
import { cannotSendToUser, DiscordHttpError, missingPermissions, unknownMessage } from '../errors.ts';
import { FormErrors, isRecord } from '../form-errors.ts';
import { checkMessageBody } from '../limits-message.ts';
import type { StoredMessage } from '../messages.ts';
import type { RouteContext, RouteDef } from '../rest-types.ts';
import type { FakeChannel } from '../state.ts';
import { isThread } from '../threads.ts';
import type { RouteDeps } from './route-deps.ts';

/** Channel and message routes the bot uses with its token. */
export function channelRoutes(deps: RouteDeps): RouteDef[] {
  const bot = (method: RouteDef['method'], template: string, handle: RouteDef['handle']): RouteDef => ({
    method,
    template,
    auth: 'bot',
    handle,
  });
  return [
    bot('GET', '/channels/{channel_id}', (ctx) => ({
      status: 200,
      body: deps.state.channel(ctx.params.channel_id ?? ''),
    })),
    bot('GET', '/channels/{channel_id}/messages', (ctx) => ({ status: 200, body: listMessages(deps, ctx) })),
    bot('POST', '/channels/{channel_id}/messages', (ctx) => ({ status: 200, body: createMessage(deps, ctx) })),
    bot('GET', '/channels/{channel_id}/messages/{message_id}', (ctx) => ({
      status: 200,
      body: messageIn(deps, ctx).message,
    })),
    bot('PATCH', '/channels/{channel_id}/messages/{message_id}', (ctx) => ({
      status: 200,
      body: editMessage(deps, ctx),
    })),
    bot('DELETE', '/channels/{channel_id}/messages/{message_id}', (ctx) => {
      deps.writer.delete(messageIn(deps, ctx));
      return { status: 204 };
    }),
    bot('POST', '/channels/{channel_id}/typing', (ctx) => {
      deps.state.channel(ctx.params.channel_id ?? '');
      return { status: 204 };
    }),
  ];
}

/** Discord's own rule set for who may post where: view + send (send-in-threads for threads), DMs open. */
export function requireCanSend(deps: RouteDeps, channel: FakeChannel): void {
  if (channel.type === ChannelType.DM) {
    const recipient = channel.recipients?.[0];
    if (recipient && deps.state.dmClosed.has(recipient.id)) throw cannotSendToUser();
    return;
  }
  const perms = deps.state.guild(channel.guild_id ?? '').botPermissions;
  const send = isThread(channel) ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  if ((perms & PermissionFlagsBits.ViewChannel) === 0n)
    throw new DiscordHttpError(403, { code: 50001, message: 'Missing Access' }, 'rule');
  if ((perms & send) === 0n) throw missingPermissions();
}

function createMessage(deps: RouteDeps, ctx: RouteContext) {
  const channel = deps.state.channel(ctx.params.channel_id ?? '');
  requireCanSend(deps, channel);
  const body = isRecord(ctx.body) ? ctx.body : {};
  const errors = new FormErrors();
  checkMessageBody(body, errors, [], { creating: true, fileCount: ctx.files.length });
  errors.throwIfAny();
  const duplicate = body.enforce_nonce === true ? sameNonce(deps, channel.id, body.nonce) : undefined;
  if (duplicate) return duplicate;
  return deps.writer.create({
    channelId: channel.id,
    author: deps.bot,
    body,
    files: ctx.files,
    route: ctx.routeKey,
    byBot: true,
  }).message;
}

/** With enforce_nonce, a nonce reused within a few minutes returns the earlier message instead of a new one. */
function sameNonce(deps: RouteDeps, channelId: string, nonce: unknown) {
  if (nonce === undefined || nonce === null) return undefined;
  const since = deps.clock.now() - NONCE_WINDOW_MS;
  return deps.messages
    .inChannel(channelId)
    .map((m) => m.message)
    .find((m) => m.author.id === deps.bot.id && m.nonce === nonce && Date.parse(m.timestamp) >= since);
}

const NONCE_WINDOW_MS = 5 * 60 * 1000;

function messageIn(deps: RouteDeps, ctx: RouteContext): StoredMessage {
  deps.state.channel(ctx.params.channel_id ?? '');
  const stored = deps.messages.get(ctx.params.message_id ?? '');
  if (!stored || stored.message.channel_id !== ctx.params.channel_id || stored.ephemeral) throw unknownMessage();
  return stored;
}

function editMessage(deps: RouteDeps, ctx: RouteContext) {
  const stored = messageIn(deps, ctx);
  if (stored.message.author.id !== deps.bot.id) {
    throw new DiscordHttpError(403, { code: 50005, message: 'Cannot edit a message authored by another user' }, 'rule');
  }
  const body = isRecord(ctx.body) ? ctx.body : {};
  const errors = new FormErrors();
  checkMessageBody(body, errors, [], { creating: false });
  errors.throwIfAny();
  return deps.writer.edit(stored, body, ctx.files, ctx.routeKey).message;
}

/** Newest first, like Discord; supports limit (1–100), before and after. */
function listMessages(deps: RouteDeps, ctx: RouteContext) {
  const channelId = ctx.params.channel_id ?? '';
  deps.state.channel(channelId);
  const limit = Math.min(100, Math.max(1, Number(ctx.query.get('limit') ?? 50)));
  const before = ctx.query.get('before');
  const after = ctx.query.get('after');
  return deps.messages
    .inChannel(channelId)
    .map((m) => m.message)
    .filter((m) => (!before || BigInt(m.id) < BigInt(before)) && (!after || BigInt(m.id) > BigInt(after)))
    .reverse()
    .slice(0, limit);
}
