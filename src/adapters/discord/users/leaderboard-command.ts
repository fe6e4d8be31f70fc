import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { problem, reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { PERIODS, periodStart, renderLeaderboard } from './render-leaderboard.ts';

const leaderboardOptions = z.object({ period: z.enum(PERIODS).default('week') });

/** `/leaderboard [period]`: this server's top scores, for everyone in the channel to see. */
export const leaderboardCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput, name: 'leaderboard', description: 'Top scores in this server',
    ...ANYWHERE,
    options: [{
      type: ApplicationCommandOptionType.String, name: 'period', description: 'Which period (default: week)',
      choices: [{ name: 'this week', value: 'week' }, { name: 'this month', value: 'month' }, { name: 'all time', value: 'all' }],
    }],
  },
  isPublic: true,
  async handle(ctx, input) {
    const guildId = input.actor.guildId;
    if (guildId === null) return problem('leaderboard_needs_server');
    const parsed = leaderboardOptions.safeParse(input.options);
    const period = parsed.success ? parsed.data.period : 'week';
    const rows = await ctx.interviewer.leaderboard({ guildId, since: periodStart(period, ctx.clock()), limit: 10 });
    return reply(renderLeaderboard(rows, period), false);
  },
};
