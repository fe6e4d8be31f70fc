import { z } from 'zod';
import type { Actor } from '../../interviewer/interviewer.ts';
import type { HandlerContext, MentionedUser } from './handler-context.ts';
import { dailyStreakOf } from '../../interviewer/daily/daily-sessions.ts';
import { statsFor } from '../../interviewer/users.ts';
import { confirmDeletion, setLeaderboardVisibility } from './handle-privacy.ts';
import { reply, type BotResponse } from './reply.ts';
import { PERIODS, periodStart, renderLeaderboard } from './render-leaderboard.ts';
import { renderQuestion } from './render-question.ts';
import { renderStats } from './render-stats.ts';
import { problem } from './session-guard.ts';

export interface SlashInput {
  actor: Actor;
  command: string;
  subcommand: string | null;
  options: Record<string, unknown>;
  users: Record<string, MentionedUser>;
}

/** Topics are kebab-case ids; "Linux CLI" typed by hand still finds linux-cli. */
const topic = z.string().trim().max(100).transform((t) => t.toLowerCase().replace(/[\s_]+/g, '-')).optional();
const interviewOptions = z.object({
  topic,
  questions: z.number().int().min(1).max(10).default(5),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  voice: z.boolean().optional(),
});
const leaderboardOptions = z.object({ period: z.enum(PERIODS).default('week') });
const privacyOptions = z.object({ show: z.enum(['on', 'off']) });

type SlashHandler = (ctx: HandlerContext, input: SlashInput) => Promise<BotResponse>;

const COMMANDS: Record<string, SlashHandler> = {
  'mock-interview': (ctx, input) => startInterview(ctx, input, null),
  question: (ctx, input) => startInterview(ctx, input, 1),
  stats: showStats,
  leaderboard: showLeaderboard,
  privacy: privacy,
};

/** Slash commands that are not for this bot, or whose options fail the schema, get a polite answer. */
export async function handleSlash(ctx: HandlerContext, input: SlashInput): Promise<BotResponse> {
  const handler = COMMANDS[input.command];
  return handler === undefined ? problem('unknown_command') : handler(ctx, input);
}

async function startInterview(ctx: HandlerContext, input: SlashInput, count: number | null): Promise<BotResponse> {
  const parsed = interviewOptions.safeParse(input.options);
  if (!parsed.success) return problem('no_questions');
  const { topic: chosen, questions, difficulty, voice } = parsed.data;
  const options = { topic: chosen ?? null, difficulty: difficulty ?? null, count: count ?? questions, ...(voice === true ? { voice } : {}) };
  const started = await ctx.interviewer.start(input.actor, options);
  if (!started.ok) return problem(started.error, ctx.interviewer.bank.topics);
  const { session, question } = started.value;
  if (question === null) return problem('unknown_question');
  return reply(renderQuestion({ sessionId: session.id, question, index: 0, total: session.questionIds.length, hints: [] }));
}

async function showStats(ctx: HandlerContext, input: SlashInput): Promise<BotResponse> {
  const target = input.users.user ?? { id: input.actor.userId, displayName: input.actor.displayName, isBot: false };
  const stats = await statsFor(ctx, input.actor.userId, target);
  if (!stats.ok) return problem(stats.error);
  return reply(renderStats(target.displayName, stats.value, await dailyStreakOf(ctx, target.id)));
}

async function showLeaderboard(ctx: HandlerContext, input: SlashInput): Promise<BotResponse> {
  const guildId = input.actor.guildId;
  if (guildId === null) return problem('leaderboard_needs_server');
  const parsed = leaderboardOptions.safeParse(input.options);
  const period = parsed.success ? parsed.data.period : 'week';
  const rows = await ctx.interviewer.leaderboard({ guildId, since: periodStart(period, ctx.clock()), limit: 10 });
  return reply(renderLeaderboard(rows, period), false);
}

async function privacy(ctx: HandlerContext, input: SlashInput): Promise<BotResponse> {
  if (input.subcommand === 'delete') return confirmDeletion(input.actor);
  const parsed = privacyOptions.safeParse(input.options);
  if (input.subcommand !== 'leaderboard' || !parsed.success) return problem('unknown_command');
  return setLeaderboardVisibility(ctx, input.actor, parsed.data.show === 'on');
}
