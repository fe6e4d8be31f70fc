import { z } from 'zod';
import { appealDraft } from '../../../core/banks/appeal-words.ts';
import type { Attempt } from '../../../core/interview/types.ts';
import { err, ok, type Result } from '../../../core/result.ts';
import {
  acceptAppeal,
  appealsToReview,
  describeAppeal,
  fileAppeal,
  questionBankFor,
  rejectAppeal,
  type AppealView,
  type BankActor,
  type DecideError,
} from '../../../interviewer/banks/index.ts';
import type { AppealDecisionView } from '../../../interviewer/group-messenger.ts';
import { messageFor, messageWithDetail, type MessageCode } from '../../../interviewer/messages.ts';
import type { Actor } from '../../../interviewer/types.ts';
import { notice, reply, update, type BotResponse } from '../interactions/bot-response.ts';
import type { HandlerContext } from '../interactions/handler-context.ts';
import type { InteractionInput } from '../interactions/interaction-input.ts';
import { escapeMarkdown, LIMITS } from '../interactions/limits.ts';
import { parseAppealId } from './appeal-ids.ts';
import { bankDepsOf } from './bank-deps.ts';
import {
  acceptedHeading,
  rejectedHeading,
  renderAppealList,
  renderPointPicker,
  renderWordsModal,
  WORDS_FIELD,
  type AppealablePoint,
} from './render-appeals.ts';
import { mayReview } from './reviewer.ts';

type Button = Extract<InteractionInput, { kind: 'button' }>;
type Modal = Extract<InteractionInput, { kind: 'modal' }>;

/** The appeal box's field as it arrives: checked at the edge (the use case checks the words themselves). */
const wordsFieldSchema = z.object({ [WORDS_FIELD]: z.string().max(LIMITS.textInput) });

/** The appeal's buttons and box: the handler's answer for those, null for every other interaction. */
export function routeAppeals(ctx: HandlerContext, input: Button | Modal): Promise<BotResponse> | null {
  const id = parseAppealId(input.customId);
  if (id === null) return null;
  if (input.kind === 'modal')
    return id.kind === 'words' ? submitWords(ctx, input, id) : Promise.resolve(notice(messageFor('unknown_button')));
  switch (id.kind) {
    case 'open':
      return openPicker(ctx, input.actor, id.attemptId);
    case 'point':
      return openWordsBox(ctx, input.actor, id.attemptId, id.point);
    case 'accept':
    case 'reject':
      return decide(ctx, input, id.kind, id.appealId);
    case 'words':
      return Promise.resolve(notice(messageFor('unknown_button')));
  }
}

/**
 * What to show if the store is too slow to read the answer in time: a modal cannot follow a deferral, so the
 * point's button opens an empty box (the submission is checked in full).
 */
export function appealButtonFallback(customId: string): BotResponse | undefined {
  const id = parseAppealId(customId);
  if (id?.kind !== 'point') return undefined;
  return { kind: 'modal', modal: renderWordsModal(id.attemptId, id.point, 'the point you picked') };
}

/** The candidate's own attempt, made in a server: appeals go to that server's reviewers. */
async function appealableAttempt(
  ctx: HandlerContext,
  actor: Actor,
  attemptId: string,
): Promise<Result<Attempt, MessageCode>> {
  const attempt = await ctx.store.getAttempt(attemptId);
  if (attempt === null) return err('unknown_attempt');
  if (attempt.userId !== actor.userId) return err('not_your_attempt');
  if (attempt.guildId === null) return err('appeal_needs_server');
  return ok(attempt);
}

/** The key point texts of the attempt's question, as its server's bank words them (ids when it is gone). */
async function keyPointTexts(ctx: HandlerContext, attempt: Attempt): Promise<Map<string, string>> {
  const bank = await questionBankFor(bankDepsOf(ctx), attempt.guildId);
  const keyPoints = bank.byId.get(attempt.questionId)?.rubric.keyPoints ?? [];
  return new Map(keyPoints.map((k) => [k.id, k.text]));
}

async function openPicker(ctx: HandlerContext, actor: Actor, attemptId: string): Promise<BotResponse> {
  const attempt = await appealableAttempt(ctx, actor, attemptId);
  if (!attempt.ok) return notice(messageFor(attempt.error));
  const texts = await keyPointTexts(ctx, attempt.value);
  const points = attempt.value.keyPoints.flatMap((k, position): AppealablePoint[] =>
    k.status === 'hit' ? [] : [{ position, status: k.status, text: texts.get(k.id) ?? k.id }],
  );
  if (points.length === 0) return notice(messageFor('nothing_to_appeal'));
  return reply(renderPointPicker(attemptId, points));
}

async function openWordsBox(
  ctx: HandlerContext,
  actor: Actor,
  attemptId: string,
  position: number,
): Promise<BotResponse> {
  const attempt = await appealableAttempt(ctx, actor, attemptId);
  if (!attempt.ok) return notice(messageFor(attempt.error));
  const point = attempt.value.keyPoints[position];
  if (point === undefined) return notice(messageFor('unknown_key_point'));
  if (point.status === 'hit') return notice(messageFor('point_already_made'));
  const text = (await keyPointTexts(ctx, attempt.value)).get(point.id) ?? point.id;
  const draft = appealDraft(attempt.value.answer, LIMITS.textInput, point.evidence);
  return { kind: 'modal', modal: renderWordsModal(attemptId, position, text, draft) };
}

async function submitWords(
  ctx: HandlerContext,
  input: Modal,
  id: { attemptId: string; point: number },
): Promise<BotResponse> {
  const fields = wordsFieldSchema.safeParse(input.fields);
  if (!fields.success) return notice(messageWithDetail('words_too_long'));
  const attempt = await appealableAttempt(ctx, input.actor, id.attemptId);
  if (!attempt.ok) return notice(messageFor(attempt.error));
  const keyPointId = attempt.value.keyPoints[id.point]?.id;
  if (keyPointId === undefined) return notice(messageFor('unknown_key_point'));
  const filed = await fileAppeal(bankDepsOf(ctx), input.actor, {
    attemptId: id.attemptId,
    keyPointId,
    words: fields.data[WORDS_FIELD],
  });
  if (!filed.ok) return notice(messageWithDetail(filed.error, filed.detail));
  return notice(messageFor('appeal_sent'));
}

/** Accept or Reject under `/bank appeals`: decided once, the candidate told by DM, the list shown again. */
async function decide(
  ctx: HandlerContext,
  input: Button,
  kind: 'accept' | 'reject',
  appealId: string,
): Promise<BotResponse> {
  const guildId = input.actor.guildId;
  if (guildId === null) return notice(messageFor('bank_needs_server'));
  if (!(await mayReview(ctx, guildId, input))) return notice(messageFor('bank_needs_reviewer'));
  const reviewer = { userId: input.actor.userId, guildId };
  const decided = kind === 'accept' ? await accept(ctx, reviewer, appealId) : await reject(ctx, reviewer, appealId);
  if (!decided.ok)
    return notice(
      messageWithDetail(decided.error, decided.detail === undefined ? undefined : escapeMarkdown(decided.detail)),
    );
  const deps = bankDepsOf(ctx);
  const { pending, aliases } = await appealsToReview(deps, guildId);
  return update(renderAppealList(pending, aliases, decided.value));
}

/** Accepts the appeal and tells the candidate; the heading saying what changed. */
async function accept(
  ctx: HandlerContext,
  reviewer: BankActor,
  appealId: string,
): Promise<Result<string, DecideError>> {
  const deps = bankDepsOf(ctx);
  const accepted = await acceptAppeal(deps, reviewer, appealId);
  if (!accepted.ok) return accepted;
  const { appeal, previousScore, score, keyPoint } = accepted.value;
  const view = await describeAppeal(deps, appeal);
  const regrade = { previousScore, score, covered: keyPoint.status === 'hit' };
  const told = await tell(ctx, appeal.userId, appeal.id, { ...decisionOf(view), accepted: true, regrade });
  return ok(acceptedHeading(appeal.userId, view.keyPointText, { previousScore, score, status: keyPoint.status }, told));
}

/** Rejects the appeal and tells the candidate; the heading saying so. */
async function reject(
  ctx: HandlerContext,
  reviewer: BankActor,
  appealId: string,
): Promise<Result<string, DecideError>> {
  const deps = bankDepsOf(ctx);
  const rejected = await rejectAppeal(deps, reviewer, appealId);
  if (!rejected.ok) return rejected;
  const view = await describeAppeal(deps, rejected.value);
  const told = await tell(ctx, rejected.value.userId, rejected.value.id, { ...decisionOf(view), accepted: false });
  return ok(rejectedHeading(rejected.value.userId, view.keyPointText, told));
}

function decisionOf(view: AppealView): Omit<AppealDecisionView, 'accepted'> {
  return { prompt: view.prompt, keyPointText: view.keyPointText, words: view.appeal.words, regrade: null };
}

/** Tells the candidate by DM; false when that was not possible (DMs closed, or no messenger in this process). */
async function tell(ctx: HandlerContext, userId: string, appealId: string, view: AppealDecisionView): Promise<boolean> {
  if (ctx.groups === undefined) return false;
  const delivery = await ctx.groups.messenger.sendAppealDecision(userId, view, `appeal:${appealId}`);
  if (!delivery.ok) ctx.logger.warn('appeal decision not delivered', { failure: delivery.failure ?? 'transient' });
  return delivery.ok;
}
