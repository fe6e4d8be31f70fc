import { ApplicationCommandType } from 'discord-api-types/v10';
import { ANYWHERE, topicOption } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { startInterview } from './mock-interview-command.ts';

/** `/question [topic]`: one quick question, an interview of one (options checked as /mock-interview's). */
export const questionCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'question',
    description: 'One quick question, for a spare minute',
    ...ANYWHERE,
    options: [topicOption('Topic of the question (default: any)')],
  },
  handle: (ctx, input) => startInterview(ctx, input, 1),
};
