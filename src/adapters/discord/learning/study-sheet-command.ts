import { ApplicationCommandType } from 'discord-api-types/v10';
import { reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { learningOff } from './learning-off.ts';

export const STUDY_SHEET_FILE = 'study-sheet.md';

/** `/study-sheet`: the key points you missed or nearly covered, as a Markdown file only you see. */
export const studySheetCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'study-sheet',
    description: 'The key points you missed, as a Markdown study sheet',
    ...ANYWHERE,
  },
  async handle(ctx, input) {
    if (ctx.learning === undefined) return learningOff();
    const sheet = await ctx.learning.studySheet(input.actor.userId, input.actor.displayName);
    const content =
      sheet.items === 0
        ? 'Your study sheet is empty: nothing missed or nearly covered yet.'
        : `Your study sheet: **${sheet.items}** key point(s) to study, **${sheet.due}** due now.`;
    return reply({
      content,
      embeds: [],
      components: [],
      files: [{ name: STUDY_SHEET_FILE, data: Buffer.from(sheet.markdown, 'utf8') }],
    });
  },
};
