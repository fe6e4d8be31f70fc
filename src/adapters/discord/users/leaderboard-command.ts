import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { notice, problem, reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { PERIODS, periodStart, renderLeaderboard } from './render-leaderboard.ts';
import { LEADERBOARD_ORDERS } from '../../../interviewer/review/index.ts';
import { learningOff } from '../learning/learning-off.ts';
import { renderLearningLeaderboard } from '../learning/render-learning-leaderboard.ts';

const leaderboardOptions = z.object({ period: z.enum(PERIODS).default('week') });
const orderOption = z.object({ by: z.enum(LEADERBOARD_ORDERS).default('score') });

/** `/leaderboard [period] [by]`: this server's top scores (or key points mastered, or streaks), for everyone in the channel to see. */
export const leaderboardCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'leaderboard',
    description: 'Top scores in this server',
    ...ANYWHERE,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'period',
        description: 'Which period (default: week)',
        choices: [
          { name: 'this week', value: 'week' },
          { name: 'this month', value: 'month' },
          { name: 'all time', value: 'all' },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'by',
        description: 'Rank by (default: score)',
        choices: [
          { name: 'score', value: 'score' },
          { name: 'key points mastered', value: 'mastered' },
          { name: 'current streak', value: 'streak' },
        ],
      },
    ],
  },
  isPublic: true,
  async handle(ctx, input) {
    const guildId = input.actor.guildId;
    if (guildId === null) return problem('leaderboard_needs_server');
    const parsed = leaderboardOptions.safeParse(input.options);
    const period = parsed.success ? parsed.data.period : 'week';
    const order = orderOption.safeParse(input.options);
    if (!order.success) return notice('Rank by score, mastered or streak.');
    const { by } = order.data;
    if (by !== 'score') {
      if (ctx.learning === undefined) return learningOff();
      const board = await ctx.learning.leaderboard({ by, guildId, since: null, limit: 10 });
      return reply(
        board.by === 'score' ? renderLeaderboard(board.rows, period) : renderLearningLeaderboard(board),
        false,
      );
    }
    const rows = await ctx.interviewer.leaderboard({ guildId, since: periodStart(period, ctx.clock()), limit: 10 });
    return reply(renderLeaderboard(rows, period), false);
  },
};
