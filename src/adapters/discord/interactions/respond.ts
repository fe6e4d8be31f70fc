import type { APIApplicationCommandOptionChoice, APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { messageFor } from '../../../interviewer/messages.ts';
import type { InteractionInput } from './interaction-input.ts';
import type { BotResponse, MessageData } from './bot-response.ts';

/** Discord allows 3 s for the first response; past this the bot defers and finishes with an edit. */
export const DEFER_AFTER_MS = 1200;

/**
 * What Discord lets a bot do with one interaction, whatever carries it: discord.js over the gateway (REST
 * callbacks) or the HTTP-interactions endpoint (the HTTP response body, then REST). Exactly one of the
 * first six is the interaction's acknowledgement; `editOriginal` and `followUp` come after it.
 */
export interface Acknowledger {
  /** A button, or a modal submitted from a message's button: "update" can replace that message. */
  readonly hasMessage: boolean;
  /** Callback 4: a new message. */
  reply(message: MessageData, ephemeral: boolean): Promise<void>;
  /** Callback 7: replaces the message holding the component. */
  update(message: MessageData): Promise<void>;
  /** Callback 9. */
  showModal(modal: APIModalInteractionResponseCallbackData): Promise<void>;
  /** Callback 8. */
  choices(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
  /** Callback 5: "thinking…", then `editOriginal`. */
  deferReply(ephemeral: boolean): Promise<void>;
  /** Callback 6: nothing visible, then `editOriginal` edits the component's message. */
  deferUpdate(): Promise<void>;
  editOriginal(message: MessageData): Promise<void>;
  followUp(message: MessageData, ephemeral: boolean): Promise<void>;
}

/** How the first response went: in time, after a deferral, or with a stand-in (fallback). */
export type RespondOutcome = 'answered' | 'deferred' | 'fallback';

export interface RespondOptions {
  /** Whether a deferred reply to a command is ephemeral. */
  isPrivate: boolean;
  deferAfterMs?: number;
  /** Sent instead of a deferral when the work is late (then the work's own answer is dropped). */
  fallback?: BotResponse | undefined;
}

const LATE = Symbol('late');

/**
 * Answers an interaction exactly once: with the handler's response when it is ready in time, else a
 * deferral first (deferReply for commands, deferUpdate for buttons and modals) and the response after.
 */
export async function respondWith(
  ack: Acknowledger,
  kind: InteractionInput['kind'],
  work: Promise<BotResponse>,
  options: RespondOptions,
): Promise<RespondOutcome> {
  if (kind === 'autocomplete') {
    const response = await work;
    await ack.choices(response.kind === 'choices' ? response.choices : []);
    return 'answered';
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), options.deferAfterMs ?? DEFER_AFTER_MS);
  });
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== LATE) {
    await sendFirst(ack, kind, first);
    return 'answered';
  }
  if (options.fallback !== undefined) {
    await sendFirst(ack, kind, options.fallback);
    await work;
    return 'fallback';
  }
  if (kind === 'slash') await ack.deferReply(options.isPrivate);
  else await ack.deferUpdate();
  await sendAfterDefer(ack, kind, await work);
  return 'deferred';
}

async function sendFirst(ack: Acknowledger, kind: InteractionInput['kind'], response: BotResponse): Promise<void> {
  switch (response.kind) {
    case 'reply':
      return ack.reply(response.message, response.ephemeral);
    case 'update':
      return ack.hasMessage ? ack.update(response.message) : ack.reply(response.message, true);
    case 'modal':
      // A modal cannot answer a modal submit.
      if (kind === 'modal') return ack.reply(tooSlowForModal(), true);
      return ack.showModal(response.modal);
    case 'choices':
      return;
  }
}

async function sendAfterDefer(ack: Acknowledger, kind: InteractionInput['kind'], response: BotResponse): Promise<void> {
  const message = response.kind === 'reply' || response.kind === 'update' ? response.message : tooSlowForModal();
  if (kind === 'slash' || response.kind === 'update') await ack.editOriginal(message);
  else await ack.followUp(message, true);
}

function tooSlowForModal(): MessageData {
  return { content: messageFor('too_slow_for_modal'), embeds: [], components: [] };
}

/** Where an interaction stands: not acknowledged, deferred (and not edited yet), or answered. */
export type AckState = 'none' | 'deferred' | 'replied';

/** The last resort after an unexpected error: one polite ephemeral line, if the interaction still allows it. */
export async function apologiseWith(
  ack: Acknowledger,
  kind: InteractionInput['kind'],
  state: AckState,
  reason: 'something_went_wrong' | 'store_unavailable' = 'something_went_wrong',
): Promise<void> {
  if (kind === 'autocomplete') {
    if (state === 'none') await ack.choices([]);
    return;
  }
  const message = { content: messageFor(reason), embeds: [], components: [] };
  if (state === 'none') await ack.reply(message, true);
  else if (state === 'deferred' && kind === 'slash') await ack.editOriginal(message);
  else await ack.followUp(message, true);
}
