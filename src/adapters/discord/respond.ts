import {
  MessageFlags,
  type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction,
} from 'discord.js';
import { chatNoticeMessage } from '../../commands/messages.ts';
import { notice, toMessagePayload, type BotResponse, type MessageData } from './reply.ts';

export type HandledInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction | AutocompleteInteraction;
type Repliable = Exclude<HandledInteraction, AutocompleteInteraction>;

/** Discord allows 3 s for the first response; past this the bot defers and finishes with an edit. */
export const DEFER_AFTER_MS = 1200;

const LATE = Symbol('late');

export interface RespondOptions {
  /** Whether a deferred reply to a command is ephemeral. */
  isPrivate: boolean;
  deferAfterMs?: number;
  /** Sent instead of a deferral when the work is late (then the work's own answer is dropped). */
  fallback?: BotResponse | undefined;
}

/**
 * Answers an interaction exactly once: with the handler's response when it is ready in time, else a
 * deferral first (deferReply for commands, deferUpdate for buttons and modals) and the response after.
 */
export async function respond(interaction: HandledInteraction, work: Promise<BotResponse>, options: RespondOptions): Promise<void> {
  if (interaction.isAutocomplete()) {
    const response = await work;
    await interaction.respond(response.kind === 'choices' ? response.choices : []);
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => { timer = setTimeout(() => resolve(LATE), options.deferAfterMs ?? DEFER_AFTER_MS); });
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== LATE) return sendFirst(interaction, first);
  if (options.fallback !== undefined) {
    await sendFirst(interaction, options.fallback);
    await work;
    return;
  }
  if (interaction.isChatInputCommand()) await interaction.deferReply(options.isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  else await interaction.deferUpdate();
  await sendAfterDefer(interaction, await work);
}

function withFlags(message: MessageData, ephemeral: boolean) {
  return { ...toMessagePayload(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

async function sendFirst(interaction: Repliable, response: BotResponse): Promise<void> {
  switch (response.kind) {
    case 'reply':
      await interaction.reply(withFlags(response.message, response.ephemeral));
      return;
    case 'update':
      if (interaction.isButton() || (interaction.isModalSubmit() && interaction.isFromMessage())) {
        await interaction.update(toMessagePayload(response.message));
      } else {
        await interaction.reply(withFlags(response.message, true));
      }
      return;
    case 'modal':
      if (interaction.isModalSubmit()) return sendFirst(interaction, notice(chatNoticeMessage('too_slow_for_modal')));
      await interaction.showModal(response.modal);
      return;
    case 'choices':
      return;
  }
}

async function sendAfterDefer(interaction: Repliable, response: BotResponse): Promise<void> {
  const message = response.kind === 'reply' || response.kind === 'update'
    ? response.message
    : { content: chatNoticeMessage('too_slow_for_modal'), embeds: [], components: [] };
  if (interaction.isChatInputCommand()) {
    await interaction.editReply(toMessagePayload(message));
  } else if (response.kind === 'update') {
    await interaction.editReply(toMessagePayload(message));
  } else {
    await interaction.followUp(withFlags(message, true));
  }
}

/** The last resort after an unexpected error: one polite ephemeral line, if the interaction still allows it. */
export async function apologise(interaction: HandledInteraction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  const message = { content: chatNoticeMessage('something_went_wrong'), embeds: [], components: [] };
  if (!interaction.replied && !interaction.deferred) await interaction.reply(withFlags(message, true));
  else if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) await interaction.editReply(toMessagePayload(message));
  else await interaction.followUp(withFlags(message, true));
}
