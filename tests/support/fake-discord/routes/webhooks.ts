import { InteractionResponseType as R, MessageFlags, type APIMessage } from 'discord-api-types/v10';
import { invalidWebhookToken, unknownMessage, unknownWebhook } from '../errors.ts';
import { FormErrors, isRecord } from '../form-errors.ts';
import type { InteractionRecord } from '../interaction-record.ts';
import { checkMessageBody } from '../limits-message.ts';
import type { StoredMessage } from '../messages.ts';
import type { RouteContext, RouteDef, RouteResult } from '../rest-types.ts';
import { metadataOf } from './interaction-callback.ts';
import type { RouteDeps } from './route-deps.ts';

const BASE = '/webhooks/{webhook_id}/{webhook_token}';

/** Interaction webhooks: @original and follow-ups, valid for the token's lifetime, no auth header. */
export function webhookRoutes(deps: RouteDeps): RouteDef[] {
  const route = (
    method: RouteDef['method'],
    template: string,
    handle: (ctx: RouteContext, record: InteractionRecord) => RouteResult,
  ): RouteDef => ({
    method,
    template: BASE + template,
    auth: 'none',
    handle: (ctx) => handle(ctx, interactionOf(deps, ctx)),
  });
  return [
    route('POST', '', (ctx, record) => followUp(deps, ctx, record)),
    ...(['@original', '{message_id}'] as const).flatMap((which) => [
      route('GET', `/messages/${which}`, (ctx, record) => ({ status: 200, body: target(deps, ctx, record).message })),
      route('PATCH', `/messages/${which}`, (ctx, record) => edit(deps, ctx, record)),
      route('DELETE', `/messages/${which}`, (ctx, record) => {
        deps.writer.delete(target(deps, ctx, record));
        return { status: 204 };
      }),
    ]),
  ];
}

function interactionOf(deps: RouteDeps, ctx: RouteContext): InteractionRecord {
  const record = deps.interactions.withToken(ctx.params.webhook_token ?? '');
  if (!record || ctx.params.webhook_id !== deps.applicationId) throw invalidWebhookToken();
  if (deps.clock.now() - record.dispatchedAt > deps.tokenLifetimeMs) throw invalidWebhookToken();
  return record;
}

/** The message a webhook path names: @original, or the original/a follow-up by id. */
function target(deps: RouteDeps, ctx: RouteContext, record: InteractionRecord): StoredMessage {
  if (!record.accepted) throw unknownWebhook();
  const id = ctx.params.message_id ?? record.originalMessageId;
  const mine = id !== undefined && (id === record.originalMessageId || record.followUpIds.includes(id));
  const stored = mine ? deps.messages.get(id) : undefined;
  if (!stored) throw unknownMessage();
  return stored;
}

function edit(deps: RouteDeps, ctx: RouteContext, record: InteractionRecord): RouteResult {
  const stored = target(deps, ctx, record);
  const body = isRecord(ctx.body) ? ctx.body : {};
  const errors = new FormErrors();
  // Editing the "thinking…" placeholder is what makes the message: it may not stay empty.
  const placeholder = ((stored.message.flags ?? 0) & MessageFlags.Loading) !== 0;
  checkMessageBody(body, errors, [], { creating: placeholder, fileCount: ctx.files.length });
  errors.throwIfAny();
  if (stored.message.id === record.originalMessageId) record.originalEdits += 1;
  return { status: 200, body: deps.writer.edit(stored, body, ctx.files, ctx.routeKey).message };
}

function followUp(deps: RouteDeps, ctx: RouteContext, record: InteractionRecord): RouteResult {
  const accepted = record.accepted?.type;
  if (accepted === undefined || accepted === R.ApplicationCommandAutocompleteResult || accepted === R.Modal)
    throw unknownWebhook();
  const body = isRecord(ctx.body) ? ctx.body : {};
  const errors = new FormErrors();
  checkMessageBody(body, errors, [], { creating: true, fileCount: ctx.files.length });
  errors.throwIfAny();
  const message = followUpMessage(deps, ctx, record, body);
  record.followUpIds.push(message.id);
  return ctx.query.get('wait') === 'true' ? { status: 200, body: message } : { status: 204 };
}

/** Discord quirk: the first follow-up after a deferred reply replaces the "thinking…" message. */
function followUpMessage(
  deps: RouteDeps,
  ctx: RouteContext,
  record: InteractionRecord,
  body: Record<string, unknown>,
): APIMessage {
  const original = record.originalMessageId ? deps.messages.get(record.originalMessageId) : undefined;
  if (original && ((original.message.flags ?? 0) & MessageFlags.Loading) !== 0) {
    record.originalEdits += 1;
    return deps.writer.edit(original, body, ctx.files, ctx.routeKey).message;
  }
  return deps.writer.create({
    channelId: record.payload.channel?.id ?? '',
    author: deps.bot,
    body,
    files: ctx.files,
    route: ctx.routeKey,
    byBot: true,
    webhookId: deps.applicationId,
    interactionMetadata: {
      ...metadataOf(record),
      ...(record.originalMessageId ? { original_response_message_id: record.originalMessageId } : {}),
    },
    interactionId: record.id,
  }).message;
}
