import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { messageFor, type MessageCode } from '../../../interviewer/messages.ts';
import { encodeCustomId, type CustomId } from './custom-ids.ts';
import { fitEmbeds, LIMITS, truncate } from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A file sent with a message (a spoken question's .ogg). */
export interface MessageFile {
  name: string;
  data: Buffer;
}

/** A message as the handlers describe it; `toMessagePayload` adds what every message must carry. */
export interface MessageData {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /**
   * Files to attach, replacing the message's attachments on an update (`[]` removes them; absent leaves
   * them). Uploaded by the gateway's acknowledger; transports that cannot upload leave them out.
   */
  files?: readonly MessageFile[];
}

/** What a handler answers an interaction with; the gateway (or an HTTP transport) carries it out. */
export type BotResponse =
  | { kind: 'reply'; message: MessageData; ephemeral: boolean }
  /** Replace the message whose button (or modal) was used. */
  | { kind: 'update'; message: MessageData }
  | { kind: 'modal'; modal: APIModalInteractionResponseCallbackData }
  | { kind: 'choices'; choices: APIApplicationCommandOptionChoice<string>[] };

/** An ephemeral sentence: every expected problem (stale button, bad input) is answered this way. */
export function notice(text: string): BotResponse {
  return {
    kind: 'reply',
    ephemeral: true,
    message: { content: truncate(text, LIMITS.content), embeds: [], components: [] },
  };
}

/** A polite ephemeral sentence for any expected problem (`unknown_topic` lists the bank's topics). */
export function problem(code: MessageCode, topics?: readonly string[]): BotResponse {
  return notice(messageFor(code, topics));
}

export function reply(message: MessageData, ephemeral = true): BotResponse {
  return { kind: 'reply', ephemeral, message };
}

export function update(message: MessageData): BotResponse {
  return { kind: 'update', message };
}

export interface ButtonSpec {
  id: CustomId;
  label: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
  emoji?: string;
}

/** One row of the interview's buttons. */
export function buttonRow(buttons: readonly ButtonSpec[]): ButtonRow {
  return encodedButtonRow(buttons.map((b) => ({ ...b, id: encodeCustomId(b.id) })));
}

/** One row of at most 5 buttons whose custom ids are already encoded (rounds, daily and voice have ids of their own). */
export function encodedButtonRow(buttons: readonly (Omit<ButtonSpec, 'id'> & { id: string })[]): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: buttons.slice(0, 5).map((b) => ({
      type: ComponentType.Button,
      custom_id: b.id,
      label: truncate(b.label, LIMITS.buttonLabel),
      style: b.style ?? ButtonStyle.Secondary,
      ...(b.emoji === undefined ? {} : { emoji: { name: b.emoji } }),
    })),
  };
}

/**
 * The body every message is sent with: content within 2000, embeds within their limits, and mentions
 * disabled, so text a user wrote ("@everyone", a role mention) never pings anyone.
 */
export function toMessagePayload(message: MessageData) {
  return {
    content: message.content === undefined ? '' : truncate(message.content, LIMITS.content),
    embeds: fitEmbeds(message.embeds),
    components: message.components.slice(0, 5),
    allowedMentions: { parse: [] },
  };
}
