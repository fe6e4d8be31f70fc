import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { dailyStreakOf } from '../../../interviewer/daily/daily-sessions.ts';
import { statsFor } from '../../../interviewer/users.ts';
import { problem, reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { renderStats } from './render-stats.ts';

/** `/stats [user]`: yours, or another member's unless they keep them private. */
export const statsCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput, name: 'stats', description: 'Scores, streak, mastery per topic and weakest key points',
    ...ANYWHERE,
    options: [{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose stats (default: yours)' }],
  },
  async handle(ctx, input) {
    // The user option is resolved by the transport (a mention), so there is nothing left to parse.
    const target = input.users.user ?? { id: input.actor.userId, displayName: input.actor.displayName, isBot: false };
    const stats = await statsFor(ctx, input.actor.userId, target);
    if (!stats.ok) return problem(stats.error);
    return reply(renderStats(target.displayName, stats.value, await dailyStreakOf(ctx, target.id)));
  },
};
