import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import { z } from 'zod';
import { problem, reply, type BotResponse } from '../interactions/bot-response.ts';
import { ANYWHERE, topicOption } from '../interactions/command-options.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { SlashCommand, SlashInput } from '../interactions/slash-command.ts';
import { renderQuestion } from './render-question.ts';

/** Topics are kebab-case ids; "Linux CLI" typed by hand still finds linux-cli. */
const topic = z
  .string()
  .trim()
  .max(100)
  .transform((t) => t.toLowerCase().replace(/[\s_]+/g, '-'))
  .optional();
const interviewOptions = z.object({
  topic,
  questions: z.number().int().min(1).max(10).default(5),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  voice: z.boolean().optional(),
});

/** Starts an interview of `count` questions (the command's `questions` option when null) and shows its first question. */
export async function startInterview(
  ctx: HandlerContext,
  input: SlashInput,
  count: number | null,
): Promise<BotResponse> {
  const parsed = interviewOptions.safeParse(input.options);
  if (!parsed.success) return problem('no_questions');
  const { topic: chosen, questions, difficulty, voice } = parsed.data;
  const options = {
    topic: chosen ?? null,
    difficulty: difficulty ?? null,
    count: count ?? questions,
    ...(voice === true ? { voice } : {}),
  };
  const started = await ctx.interviewer.start(input.actor, options);
  if (!started.ok) return problem(started.error, ctx.interviewer.bank.topics);
  const { session, question } = started.value;
  if (question === null) return problem('unknown_question');
  return reply(
    renderQuestion({ sessionId: session.id, question, index: 0, total: session.questionIds.length, hints: [] }),
  );
}

/** `/mock-interview [topic] [questions] [difficulty] [voice]`: a private mock interview. */
export const mockInterviewCommand: SlashCommand = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    name: 'mock-interview',
    description: 'Start a private mock interview',
    ...ANYWHERE,
    options: [
      topicOption('Topic to practise (default: a mix)'),
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'questions',
        description: 'How many questions (1-10, default 5)',
        min_value: 1,
        max_value: 10,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'difficulty',
        description: 'Only questions of this difficulty',
        choices: [
          { name: 'easy', value: 1 },
          { name: 'medium', value: 2 },
          { name: 'hard', value: 3 },
        ],
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: 'voice',
        description: 'Also hear each question read aloud (an audio file)',
      },
    ],
  },
  handle: (ctx, input) => startInterview(ctx, input, null),
};
