import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { dailyStreakOf } from '../../../interviewer/daily/daily-sessions.ts';
import { statsFor } from '../../../interviewer/users.ts';
import { problem, reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { renderStats } from './render-stats.ts';
import { truncate } from '../interactions/limits.ts';
import { withProgress } from '../learning/render-progress.ts';

/** `/stats [user]`: yours with your review counts and progress picture, or another member's summary unless they keep it private. */
export const statsCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'stats',
    description: 'Scores, streak, mastery per topic and weakest key points',
    ...ANYWHERE,
    options: [{ type: ApplicationCommandOptionType.User, name: 'user', description: 'Whose stats (default: yours)' }],
  },
  async handle(ctx, input) {
    // The user option is resolved by the transport (a mention), so there is nothing left to parse.
    const target = input.users.user ?? { id: input.actor.userId, displayName: input.actor.displayName, isBot: false };
    const stats = await statsFor(ctx, input.actor.userId, target);
    if (!stats.ok) return problem(stats.error);
    const message = renderStats(target.displayName, stats.value, await dailyStreakOf(ctx, target.id));
    // The picture and review counts are the caller's own: another member's stats stay the summary they allow.
    const isOwn = target.id === input.actor.userId;
    if (ctx.learning === undefined || stats.value.attempts === 0 || !isOwn) return reply(message);
    const [{ review }, image] = await Promise.all([
      ctx.learning.progress(target.id),
      ctx.learning.progressImage(target.id, `Progress of ${truncate(target.displayName, 60)}`),
    ]);
    return reply(withProgress(message, review, image.png));
  },
};
