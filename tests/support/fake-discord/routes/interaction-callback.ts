import {
  InteractionResponseType as R,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIMessageInteractionMetadata,
} from 'discord-api-types/v10';
import { alreadyAcknowledged, DiscordHttpError, invalidFormBody, unknownInteraction } from '../errors.ts';
import { FormErrors, isRecord } from '../form-errors.ts';
import type { InteractionRecord } from '../interaction-record.ts';
import { checkAutocompleteData, checkModalData } from '../limits-interaction.ts';
import { checkMessageBody } from '../limits-message.ts';
import type { RouteContext, RouteDef, RouteResult } from '../rest-types.ts';
import type { RouteDeps } from './route-deps.ts';

/** Which callback types each interaction type accepts (6/7 on a modal submit need a source message). */
const ALLOWED: Record<number, R[]> = {
  [InteractionType.ApplicationCommand]: [R.ChannelMessageWithSource, R.DeferredChannelMessageWithSource, R.Modal],
  [InteractionType.MessageComponent]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
    R.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [R.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    R.ChannelMessageWithSource,
    R.DeferredChannelMessageWithSource,
    R.DeferredMessageUpdate,
    R.UpdateMessage,
  ],
};

/** POST /interactions/{id}/{token}/callback: deadline, single acknowledgement, type rules, limits. */
export function callbackRoute(deps: RouteDeps): RouteDef {
  return {
    method: 'POST',
    template: '/interactions/{interaction_id}/{interaction_token}/callback',
    auth: 'none',
    globalLimitExempt: true,
    handle: (ctx) => {
      const record = deps.interactions.get(ctx.params.interaction_id ?? '');
      if (!record || record.token !== ctx.params.interaction_token) throw unknownInteraction();
      return acknowledge(deps, record, ctx);
    },
  };
}

/** What an interaction response consists of, whether it came by REST or as an HTTP-interaction reply. */
export type CallbackInput = Pick<RouteContext, 'body' | 'files' | 'routeKey' | 'query' | 'receivedAt' | 'receivedPerf'>;

/** Applies one response to an interaction, recording the attempt; throws DiscordHttpError when refused. */
export function acknowledge(deps: RouteDeps, record: InteractionRecord, ctx: CallbackInput): RouteResult {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const attempt = {
    type: Number(body.type) as R,
    data: body.data,
    latencyMs: ctx.receivedPerf - record.dispatchedPerf,
    at: ctx.receivedAt,
    status: 204,
  };
  record.attempts.push(attempt);
  try {
    accept(deps, record, body, ctx);
  } catch (error) {
    if (error instanceof DiscordHttpError) Object.assign(attempt, { status: error.status, error: error.body });
    throw error;
  }
  record.accepted = attempt;
  const result = respond(deps, record, ctx);
  attempt.status = result.status;
  return result;
}

function accept(deps: RouteDeps, record: InteractionRecord, body: Record<string, unknown>, ctx: CallbackInput): void {
  if (record.accepted) throw alreadyAcknowledged();
  if (ctx.receivedAt - record.dispatchedAt > deps.ackDeadlineMs) throw unknownInteraction();
  const type = Number(body.type) as R;
  if (!(ALLOWED[record.payload.type] ?? []).includes(type) || (isUpdate(type) && !record.payload.message)) {
    const errors = new FormErrors();
    errors.add(
      ['type'],
      'INTERACTION_RESPONSE_TYPE_INVALID',
      `Interaction response type ${type} is not valid for interaction type ${record.payload.type}`,
    );
    throw invalidFormBody(errors.toTree(), 'rule');
  }
  checkLimits(type, body.data, ctx.files.length);
  apply(deps, record, type, isRecord(body.data) ? body.data : {}, ctx);
}

function isUpdate(type: R): boolean {
  return type === R.DeferredMessageUpdate || type === R.UpdateMessage;
}

function checkLimits(type: R, data: unknown, fileCount: number): void {
  const errors = new FormErrors();
  const d = isRecord(data) ? data : {};
  if (type === R.ChannelMessageWithSource) checkMessageBody(d, errors, ['data'], { creating: true, fileCount });
  if (type === R.UpdateMessage) checkMessageBody(d, errors, ['data'], { creating: false });
  if (type === R.ApplicationCommandAutocompleteResult) checkAutocompleteData(data, errors, ['data']);
  if (type === R.Modal) checkModalData(data, errors, ['data']);
  errors.throwIfAny();
}

function apply(
  deps: RouteDeps,
  record: InteractionRecord,
  type: R,
  data: Record<string, unknown>,
  ctx: CallbackInput,
): void {
  const payload = record.payload;
  if (type === R.ApplicationCommandAutocompleteResult) record.choices = (data.choices ?? []) as typeof record.choices;
  if (type === R.Modal) record.modal = data as unknown as typeof record.modal;
  if (type === R.ChannelMessageWithSource || type === R.DeferredChannelMessageWithSource) {
    const deferred = type === R.DeferredChannelMessageWithSource;
    const body = deferred
      ? { content: '', flags: ((Number(data.flags) || 0) & MessageFlags.Ephemeral) | MessageFlags.Loading }
      : data;
    const stored = deps.writer.create({
      channelId: payload.channel?.id ?? '',
      author: deps.bot,
      body,
      files: deferred ? [] : ctx.files,
      route: ctx.routeKey,
      byBot: true,
      type: payload.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
      webhookId: deps.applicationId,
      interactionMetadata: metadataOf(record),
      interactionId: record.id,
    });
    record.originalMessageId = stored.message.id;
  }
  if (isUpdate(type) && payload.message) {
    const source = payload.message;
    const stored =
      deps.messages.get(source.id) ??
      deps.messages.add({
        message: structuredClone(source),
        guildId: payload.guild_id,
        ephemeral: false,
        byBot: true,
        writes: [],
      });
    record.originalMessageId = source.id;
    if (type === R.UpdateMessage) deps.writer.edit(stored, data, ctx.files, ctx.routeKey);
  }
}

export function metadataOf(record: InteractionRecord): APIMessageInteractionMetadata {
  const p = record.payload;
  const user = p.member?.user ?? p.user;
  return {
    id: p.id,
    type: p.type,
    user,
    authorizing_integration_owners: p.authorizing_integration_owners,
    ...(p.type === InteractionType.MessageComponent ? { interacted_message_id: p.message.id } : {}),
  } as APIMessageInteractionMetadata;
}

function respond(deps: RouteDeps, record: InteractionRecord, ctx: CallbackInput): RouteResult {
  if (ctx.query.get('with_response') !== 'true') return { status: 204 };
  const stored = record.originalMessageId ? deps.messages.get(record.originalMessageId) : undefined;
  const type = record.accepted?.type;
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.payload.type,
        ...(stored
          ? {
              response_message_id: stored.message.id,
              response_message_loading: type === R.DeferredChannelMessageWithSource,
              response_message_ephemeral: stored.ephemeral,
            }
          : {}),
      },
      resource: { type, ...(stored && type !== R.DeferredMessageUpdate ? { message: stored.message } : {}) },
    },
  };
}
