import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { nothingDueMessage } from '../../../interviewer/review/review-messages.ts';
import { notice, problem, reply } from '../interactions/bot-response.ts';
import { ANYWHERE } from '../interactions/command-options.ts';
import type { SlashCommand } from '../interactions/slash-command.ts';
import { renderQuestion } from '../interview/render-question.ts';
import { learningOff } from './learning-off.ts';

const reviewOptions = z.object({ questions: z.number().int().min(1).max(10).default(5) });

/** `/review [questions]`: an interview of the questions whose key points are due, most overdue first. */
export const reviewCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'review',
    description: 'Review the questions due for you, most overdue first',
    ...ANYWHERE,
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'questions',
        description: 'At most how many (1-10, default 5)',
        min_value: 1,
        max_value: 10,
      },
    ],
  },
  async handle(ctx, input) {
    if (ctx.learning === undefined) return learningOff();
    const parsed = reviewOptions.safeParse(input.options);
    if (!parsed.success) return notice('Choose between 1 and 10 questions.');
    const started = await ctx.learning.startReview(input.actor, parsed.data.questions);
    if (!started.ok) {
      return started.error === 'nothing_due'
        ? notice(nothingDueMessage(started.detail, ctx.clock()))
        : problem(started.error);
    }
    const { session, question } = started.value;
    if (question === null) return problem('unknown_question');
    return reply(
      renderQuestion({ sessionId: session.id, question, index: 0, total: session.questionIds.length, hints: [] }),
    );
  },
};
