import type { Feedback } from '../../core/interview/index.ts';
import { canEndRound, isRoundOpen, roundAnswer, startRound } from '../../core/rounds/index.ts';
import type { Round } from '../../core/rounds/types.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { checkTopic, pickDailyQuestion } from '../../core/schedule/index.ts';
import { inServerBank, oneQuestionDeps, type GroupContext } from '../context.ts';
import { answerBoxFor, takeGroupAnswer, type AnswerBox } from '../group-answer.ts';
import type { GroupNotice } from '../messages.ts';
import { ensureOneQuestionSession } from '../one-question.ts';
import type { Actor, SessionError } from '../types.ts';
import { closeRoundAndPost, openRound } from './round-lifecycle.ts';
import { roundSessionId } from './round-session-id.ts';

/** Questions of this many recent rounds in the channel are asked again only when nothing else fits. */
const RECENT_ROUNDS = 20;

/** Where a round command runs: a server channel (`guildId` null and no channel in DMs). */
export interface RoundPlace {
  guildId: string | null;
  channelId: string | undefined;
}

function roundChannel(place: RoundPlace): Result<string, 'needs_server'> {
  return place.guildId === null || place.channelId === undefined ? err('needs_server') : ok(place.channelId);
}

/**
 * `/round start [topic]`: anyone, in a practice channel; the question, from the server's bank, is posted there.
 * A channel whose topic the server removed from its bank says so (a topic given here still works).
 */
export async function startPracticeRound(
  base: GroupContext,
  actor: Actor,
  place: RoundPlace,
  topic: string | undefined,
): Promise<Result<Round, GroupNotice>> {
  const channelId = roundChannel(place);
  if (!channelId.ok) return channelId;
  const channel = await base.store.getPracticeChannel(channelId.value);
  if (channel === null) return err('not_practice_channel');
  const ctx = await inServerBank(base, place.guildId);
  const { bank } = ctx.interviewer;
  const checked = checkTopic(topic ?? channel.topic, bank.topics);
  if (!checked.ok) return err(topic === undefined ? 'channel_topic_removed' : 'unknown_topic');
  const open = await ctx.store.listOpenRounds(channelId.value);
  const recent = (await ctx.store.listRecentRounds(channelId.value, RECENT_ROUNDS)).map((r) => r.questionId);
  const picked = pickDailyQuestion(bank, checked.value, recent, ctx.groups.random);
  if (!picked.ok) return err('unknown_topic');
  const started = startRound(
    { id: ctx.groups.newId(), channel, questionId: picked.value, startedBy: actor.userId, now: ctx.clock() },
    open,
  );
  if (!started.ok) return started;
  const opened = await openRound(ctx, started.value);
  if (!opened.ok) return err(opened.error === 'round_already_open' ? 'round_already_open' : 'cannot_post');
  return ok(opened.round);
}

/** `/round end`: its starter or a moderator closes the channel's open round now (a practice round before a daily one). */
export async function endOpenRound(
  ctx: GroupContext,
  actor: Actor,
  place: RoundPlace,
  isModerator: boolean,
): Promise<Result<Round, GroupNotice>> {
  const channelId = roundChannel(place);
  if (!channelId.ok) return channelId;
  const open = await ctx.store.listOpenRounds(channelId.value);
  const round = open.find((r) => r.kind === 'practice') ?? open[0];
  if (round === undefined) return err('no_open_round');
  const allowed = canEndRound(round, actor.userId, isModerator);
  if (!allowed.ok) return err(allowed.error === 'not_allowed' ? 'not_allowed_to_end' : 'no_open_round');
  return (await closeRoundAndPost(ctx, round, ctx.clock())) ? ok(round) : err('no_open_round');
}

/**
 * Answer (on the round's message) or Retry (on the private feedback): the answer box, while the round is open
 * and its question still in the server's bank.
 */
export async function roundAnswerBox(
  ctx: GroupContext,
  actor: Actor,
  roundId: string,
): Promise<Result<AnswerBox, GroupNotice>> {
  const round = await ctx.store.getRound(roundId);
  if (round === null) return err('unknown_round');
  if (!isRoundOpen(round, ctx.clock())) return err('round_closed');
  if (!(await inServerBank(ctx, round.guildId)).interviewer.bank.byId.has(round.questionId))
    return err('question_topic_removed');
  const sessionId = roundSessionId(roundId, actor.userId);
  const answersBefore = (await ctx.store.getSession(sessionId))?.outcomes[0]?.answers ?? 0;
  return answerBoxFor(ctx, actor.userId, sessionId, answersBefore);
}

export interface RoundFeedback {
  roundId: string;
  sessionId: string;
  feedback: Feedback;
  /** True when this answer is the member's counted (first) one. */
  counted: boolean;
  closesAt: string;
}

/**
 * A member's answer: graded at once against the server's bank, stored with source 'round' ('voice' when
 * spoken), recorded in the round (the first one counts); the feedback is for them alone.
 */
export function answerRound(
  base: GroupContext,
  actor: Actor,
  roundId: string,
  answersBefore: number,
  text: string,
): Promise<Result<RoundFeedback, GroupNotice | SessionError>> {
  const sessionId = roundSessionId(roundId, actor.userId);
  return base.sessionLock.run(sessionId, async () => {
    const round = await base.store.getRound(roundId);
    if (round === null) return err('unknown_round');
    const now = base.clock();
    if (!isRoundOpen(round, now)) return err('round_closed');
    const ctx = await inServerBank(base, round.guildId);
    if (!ctx.interviewer.bank.byId.has(round.questionId)) return err('question_topic_removed');
    const session = await ensureOneQuestionSession(oneQuestionDeps(ctx), {
      id: sessionId,
      userId: actor.userId,
      guildId: round.guildId,
      source: 'round',
      questionId: round.questionId,
      now,
    });
    if (!session.ok) return session;
    const graded = await takeGroupAnswer(ctx, actor, session.value, answersBefore, text, now);
    if (!graded.ok) return graded;
    const entry = roundAnswer(round, graded.value.attempt, now);
    if (!entry.ok) return entry;
    const counted = await ctx.store.addRoundAnswer(entry.value);
    return ok({ roundId, sessionId, feedback: graded.value.feedback, counted, closesAt: round.closesAt });
  });
}
