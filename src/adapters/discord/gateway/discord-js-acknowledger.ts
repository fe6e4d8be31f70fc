import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Acknowledger } from '../interactions/respond.ts';
import { toMessagePayload, type MessageData } from '../interactions/bot-response.ts';

export type HandledInteraction =
  ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction | AutocompleteInteraction;
type Repliable = Exclude<HandledInteraction, AutocompleteInteraction>;

/** The gateway's acknowledgements: discord.js interaction methods (REST callbacks and webhooks). */
export function discordJsAcknowledger(interaction: HandledInteraction): Acknowledger {
  const repliable = () => {
    if (interaction.isAutocomplete()) throw new Error('an autocomplete interaction can only answer with choices');
    return interaction as Repliable;
  };
  return {
    hasMessage: interaction.isButton() || (interaction.isModalSubmit() && interaction.isFromMessage()),
    async reply(message, ephemeral) {
      await repliable().reply(withFlags(message, ephemeral));
    },
    async update(message) {
      const i = repliable();
      if (!i.isButton() && !(i.isModalSubmit() && i.isFromMessage())) throw new Error('nothing to update');
      await i.update(payloadOf(message));
    },
    async showModal(modal) {
      const i = repliable();
      if (i.isModalSubmit()) throw new Error('a modal cannot answer a modal submit');
      await i.showModal(modal);
    },
    async choices(choices) {
      if (interaction.isAutocomplete()) await interaction.respond(choices);
    },
    async deferReply(ephemeral) {
      await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async deferUpdate() {
      const i = repliable();
      if (i.isChatInputCommand()) throw new Error('a command cannot defer an update');
      await i.deferUpdate();
    },
    async editOriginal(message) {
      await repliable().editReply(payloadOf(message));
    },
    async followUp(message, ephemeral) {
      await repliable().followUp(withFlags(message, ephemeral));
    },
  };
}

function withFlags(message: MessageData, ephemeral: boolean) {
  return { ...payloadOf(message), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
}

/** The payload with the message's files, when it has any (`[]` clears the attachments of an updated message). */
function payloadOf(message: MessageData) {
  const payload = toMessagePayload(message);
  return message.files === undefined
    ? payload
    : { ...payload, files: message.files.map((f) => ({ attachment: f.data, name: f.name })) };
}
