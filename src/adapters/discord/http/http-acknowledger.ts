import { InteractionResponseType, MessageFlags, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Acknowledger } from '../interactions/respond.ts';
import { toMessagePayload, type MessageData } from '../interactions/bot-response.ts';
import type { ApiMessageBody, InteractionWebhooks } from './webhooks.ts';

export interface HttpAcknowledgement {
  ack: Acknowledger;
  /** The first response, to send as the HTTP response body. */
  firstResponse: Promise<APIInteractionResponse>;
  /** The server calls this once the HTTP response was written (true) or could not be (false). */
  delivered(ok: boolean): void;
}

interface InteractionRef {
  application_id: string;
  token: string;
  message?: unknown;
}

/**
 * HTTP interactions: the first response is the HTTP response body (and resolves once it has been
 * written); edits and follow-ups go to the interaction webhook over REST, after that.
 */
export function httpAcknowledger(interaction: InteractionRef, webhooks: InteractionWebhooks): HttpAcknowledgement {
  let setFirst!: (body: APIInteractionResponse) => void;
  const firstResponse = new Promise<APIInteractionResponse>((resolve) => {
    setFirst = resolve;
  });
  let markDelivered!: (ok: boolean) => void;
  const delivered = new Promise<boolean>((resolve) => {
    markDelivered = resolve;
  });
  let isAnswered = false;

  async function answer(body: APIInteractionResponse): Promise<void> {
    if (isAnswered) throw new Error('this interaction has already been acknowledged');
    isAnswered = true;
    setFirst(body);
    if (!(await delivered)) throw new Error('the HTTP response could not be sent');
  }
  async function afterFirst(): Promise<void> {
    if (!isAnswered || !(await delivered)) throw new Error('the interaction has not been acknowledged');
  }
  const { application_id: app, token } = interaction;

  const ack: Acknowledger = {
    hasMessage: interaction.message !== undefined,
    reply: (message, ephemeral) =>
      answer({ type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(message, ephemeral) }),
    update: (message) => answer({ type: InteractionResponseType.UpdateMessage, data: apiMessage(message, false) }),
    showModal: (modal) => answer({ type: InteractionResponseType.Modal, data: modal }),
    choices: (choices) =>
      answer({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
    deferReply: (ephemeral) =>
      answer({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
      }),
    deferUpdate: () => answer({ type: InteractionResponseType.DeferredMessageUpdate }),
    async editOriginal(message) {
      await afterFirst();
      await webhooks.editOriginal(app, token, apiMessage(message, false));
    },
    async followUp(message, ephemeral) {
      await afterFirst();
      await webhooks.followUp(app, token, apiMessage(message, ephemeral));
    },
  };
  return { ack, firstResponse, delivered: (ok) => markDelivered(ok) };
}

/** The message in REST form: the same fitting and disabled mentions as the gateway's payloads. */
function apiMessage(message: MessageData, ephemeral: boolean): ApiMessageBody {
  const { allowedMentions: _, ...fitted } = toMessagePayload(message);
  return { ...fitted, allowed_mentions: { parse: [] }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}
